# Included by tests/app/CMakeLists.txt. "Copy as curl" and "Copy as
# environment": exact text, real shells, and real curl against a loopback peer
# (FaultServer, tests/service) compared with the app's own request.
agencytokens_add_test(tst_copyformats
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_copyformats.cpp ${PROJECT_SOURCE_DIR}/tests/service/FaultServer.h
    LIBS agencytokens_app agencytokens_core Qt6::Network
    LABELS unit clipboard)
target_include_directories(tst_copyformats PRIVATE ${PROJECT_SOURCE_DIR}/tests/service)

# Screen protection: ScreenGuard and its platform hook (platforms/<os>/).
set(AGENCYTOKENS_SCREEN_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/ScreenGuard.h ${CMAKE_CURRENT_LIST_DIR}/ScreenGuard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PlatformScreen.h)
if(ANDROID)
    list(APPEND AGENCYTOKENS_SCREEN_SOURCES ${PROJECT_SOURCE_DIR}/platforms/android/ScreenGuardAndroid.cpp)
elseif(IOS)
    list(APPEND AGENCYTOKENS_SCREEN_SOURCES ${PROJECT_SOURCE_DIR}/platforms/ios/ScreenGuardIos.mm)
elseif(APPLE)
    list(APPEND AGENCYTOKENS_SCREEN_SOURCES ${PROJECT_SOURCE_DIR}/platforms/macos/ScreenGuardMac.mm)
elseif(WIN32)
    list(APPEND AGENCYTOKENS_SCREEN_SOURCES ${PROJECT_SOURCE_DIR}/platforms/windows/ScreenGuardWindows.cpp)
else()
    list(APPEND AGENCYTOKENS_SCREEN_SOURCES ${CMAKE_CURRENT_LIST_DIR}/PlatformScreenGeneric.cpp)
endif()
# qmltyperegistrar includes QML_ELEMENT headers by bare name.
include_directories(${CMAKE_CURRENT_LIST_DIR})

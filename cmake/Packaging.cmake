# Install layout and the Debian package; scripts/package builds it.
# The app, its desktop file, AppStream metadata and icons are the install
# component "app" (src/app, platforms/linux). The reference server is
# the component "server" and goes into the package only with the option below.
# A plain `cmake --install` installs every component; pass `--component app`
# for the app alone.
include(GNUInstallDirs)
set(AGENCYTOKENS_PACKAGE_MAINTAINER "Agency Tokens maintainers <maintainers@agencytokens.invalid>"
    CACHE STRING "Maintainer field of the .deb")

if(TARGET agency-tokens-cli)
    install(TARGETS agency-tokens-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT app)
endif()

set(_at_components app)
if(AGENCYTOKENS_INSTALL_SERVER AND TARGET agency-tokens-server)
    list(APPEND _at_components server)
endif()
set(CPACK_INSTALL_CMAKE_PROJECTS "")
foreach(_at_component IN LISTS _at_components)
    list(APPEND CPACK_INSTALL_CMAKE_PROJECTS "${CMAKE_BINARY_DIR}" "${PROJECT_NAME}" "${_at_component}" "/")
endforeach()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME agency-tokens)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Agency Tokens developers")
set(CPACK_PACKAGE_CONTACT ${AGENCYTOKENS_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_HOMEPAGE_URL https://github.com/agencytokens/agency-tokens)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Manage an agency's legacy API tokens")
set(CPACK_PACKAGE_DESCRIPTION "Agency Tokens turns an agency's legacy API tokens on, shows them,
copies them safely into an integration, resets them and moves them to a newer
API version. Every secret stays in the system keychain (Secret Service).")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # agency-tokens_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What no library scan finds: the QML modules the pages import (and theirs),
# and a Secret Service provider for QtKeychain.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qml6-module-qtqml, qml6-module-qtqml-workerscript, qml6-module-qtquick, qml6-module-qtquick-window, qml6-module-qtquick-controls, qml6-module-qtquick-templates, qml6-module-qtquick-layouts, gnome-keyring | libkf5wallet-bin | keepassxc")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
include(CPack)

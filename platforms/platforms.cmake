# Platform files of the app (platforms/README.md): bundle metadata and icons
# (Apple), icon and VERSIONINFO (Windows), SDK levels and version (Android),
# desktop file, AppStream metadata and hicolor icons (Linux). Included by
# src/app/CMakeLists.txt once the agency-tokens target exists.
include(GNUInstallDirs)
set(AGENCYTOKENS_APP_ID io.github.agencytokens.AgencyTokens)
set(_at_platforms ${PROJECT_SOURCE_DIR}/platforms)

if(APPLE)
    set_target_properties(agency-tokens PROPERTIES
        MACOSX_BUNDLE_GUI_IDENTIFIER ${AGENCYTOKENS_APP_ID}
        MACOSX_BUNDLE_BUNDLE_NAME "Agency Tokens"
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_COPYRIGHT "MIT License"
        XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER ${AGENCYTOKENS_APP_ID})
    if(IOS)
        set(_at_assets ${_at_platforms}/ios/Assets.xcassets)
        set_source_files_properties(${_at_assets} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
        target_sources(agency-tokens PRIVATE ${_at_assets})
        set_target_properties(agency-tokens PROPERTIES
            MACOSX_BUNDLE_INFO_PLIST ${_at_platforms}/ios/Info.plist.in
            XCODE_ATTRIBUTE_ASSETCATALOG_COMPILER_APPICON_NAME AppIcon
            XCODE_ATTRIBUTE_TARGETED_DEVICE_FAMILY "1,2")
    else()
        set(_at_icns ${_at_platforms}/macos/AgencyTokens.icns)
        set_source_files_properties(${_at_icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
        target_sources(agency-tokens PRIVATE ${_at_icns})
        set_target_properties(agency-tokens PROPERTIES
            MACOSX_BUNDLE_INFO_PLIST ${_at_platforms}/macos/Info.plist.in
            MACOSX_BUNDLE_ICON_FILE AgencyTokens.icns)
    endif()
elseif(WIN32)
    set(AGENCYTOKENS_WINDOWS_ICON ${_at_platforms}/windows/agency-tokens.ico)
    configure_file(${_at_platforms}/windows/agency-tokens.rc.in
        ${CMAKE_CURRENT_BINARY_DIR}/agency-tokens.rc @ONLY)
    target_sources(agency-tokens PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/agency-tokens.rc)
elseif(ANDROID)
    # Keep equal to <uses-sdk> in android/AndroidManifest.xml (test "android_manifest").
    math(EXPR _at_version_code
        "${PROJECT_VERSION_MAJOR} * 10000 + ${PROJECT_VERSION_MINOR} * 100 + ${PROJECT_VERSION_PATCH}")
    set_target_properties(agency-tokens PROPERTIES
        QT_ANDROID_MIN_SDK_VERSION 26
        QT_ANDROID_TARGET_SDK_VERSION 35
        QT_ANDROID_VERSION_NAME ${PROJECT_VERSION}
        QT_ANDROID_VERSION_CODE ${_at_version_code})
else()
    install(FILES ${_at_platforms}/linux/${AGENCYTOKENS_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT app)
    install(FILES ${_at_platforms}/linux/${AGENCYTOKENS_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT app)
    install(DIRECTORY ${PROJECT_SOURCE_DIR}/assets/icons/hicolor
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons COMPONENT app)
endif()

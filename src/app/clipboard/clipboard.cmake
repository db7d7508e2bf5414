# Sources of the secure clipboard, included by qml/CMakeLists.txt into the
# AgencyTokens module library. Paths are relative to this folder.
set(AGENCYTOKENS_CLIPBOARD_SOURCES
    ClipboardLogging.h ClipboardLogging.cpp
    ClipboardPolicy.h ClipboardPolicy.cpp
    ClipboardTimeout.h ClipboardTimeout.cpp
    PlatformClipboard.h
    SecretMimeData.h SecretMimeData.cpp
    SecureClipboard.h SecureClipboard.cpp
)

# qmltyperegistrar includes QML_ELEMENT headers by bare name
# (#include <SecureClipboard.h>), so this folder must be on the include path
# of the module library, which is created after this file is included.
include_directories(${CMAKE_CURRENT_LIST_DIR})

# The platform hooks behind PlatformClipboard.h. They live in platforms/<os>/
# and are absolute paths, so they go in a variable of their own that
# qml/CMakeLists.txt adds to the module as it is (no PREPEND).
set(AGENCYTOKENS_PLATFORM_SOURCES)
set(_agencytokens_platforms ${PROJECT_SOURCE_DIR}/platforms)

if(ANDROID)
    # Writes the clip through JNI to flag it sensitive (Android 13+).
    list(APPEND AGENCYTOKENS_PLATFORM_SOURCES
        ${_agencytokens_platforms}/android/PlatformClipboardAndroid.cpp)
endif()

if(IOS)
    # Local-only, expiring UIPasteboard item.
    list(APPEND AGENCYTOKENS_PLATFORM_SOURCES
        ${_agencytokens_platforms}/ios/PlatformClipboardIos.mm)
endif()

if(APPLE AND NOT IOS)
    # Publishes the concealed-type hint under its real pasteboard type.
    list(APPEND AGENCYTOKENS_PLATFORM_SOURCES
        ${_agencytokens_platforms}/macos/ConcealedTypeConverter.h
        ${_agencytokens_platforms}/macos/ConcealedTypeConverter.cpp
        ${_agencytokens_platforms}/macos/PlatformClipboardMac.cpp)
    if(Qt6_VERSION VERSION_LESS 6.5)
        message(WARNING "Qt ${Qt6_VERSION} has no QUtiMimeConverter: macOS clipboard managers "
                        "will not see copied tokens as concealed. Build the macOS app with Qt 6.5 or later.")
    endif()
endif()

if(WIN32 OR (UNIX AND NOT APPLE AND NOT ANDROID))
    # Windows and Linux need nothing beyond the mime data (SecretMimeData).
    list(APPEND AGENCYTOKENS_CLIPBOARD_SOURCES PlatformClipboardGeneric.cpp)
endif()

unset(_agencytokens_platforms)

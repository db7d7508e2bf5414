#!/usr/bin/env python3
"""Checks the packaging metadata that no tool here can build.

  check-metadata.py flatpak ROOT    the Flatpak manifest: runtime, modules, and
                                    exactly the sandbox permissions the app needs
  check-metadata.py platforms ROOT  one application id everywhere; AppStream
                                    screenshots and release; Android manifest;
                                    Apple plists and icons; Windows resources
"""
import json
import plistlib
import re
import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

APP_ID = "io.github.agencytokens.AgencyTokens"
ANDROID_PACKAGE = "io.github.agencytokens.agencytokens"
SCREENSHOT_URL = "https://raw.githubusercontent.com/agencytokens/agency-tokens/main/"
ANDROID = "{http://schemas.android.com/apk/res/android}"
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def flatpak(root):
    path = root / f"platforms/linux/{APP_ID}.json"
    manifest = json.loads(path.read_text())
    check(manifest.get("id") == APP_ID, f"id is {manifest.get('id')!r}, not {APP_ID}")
    check(manifest.get("runtime") == "org.kde.Platform", "runtime is not org.kde.Platform")
    check(manifest.get("sdk") == "org.kde.Sdk", "sdk is not org.kde.Sdk")
    check(str(manifest.get("runtime-version", "")).startswith("6."), "runtime-version is not 6.x")
    check(manifest.get("command") == "agency-tokens", "command is not agency-tokens")
    wanted = {"--share=network", "--talk-name=org.freedesktop.secrets", "--socket=wayland",
              "--socket=fallback-x11", "--share=ipc", "--device=dri"}
    args = manifest.get("finish-args", [])
    check(len(args) == len(set(args)), "finish-args has duplicates")
    for arg in set(args) - wanted:
        check(False, f"finish-args grants more than needed: {arg}")
    for arg in wanted - set(args):
        check(False, f"finish-args lacks {arg}")
    broad = re.compile(r"--(filesystem|socket=(session-bus|system-bus|x11)|device=all|"
                       r"talk-name=org\.freedesktop\.Flatpak|system-talk-name|own-name)")
    for arg in args:
        check(not broad.match(arg), f"finish-args has a broad permission: {arg}")
    modules = [m.get("name") for m in manifest.get("modules", [])]
    check(modules[-1:] == ["agency-tokens"], f"the app is not the last module: {modules}")
    for dep in ("libsecret", "qtkeychain"):
        check(dep in modules, f"module {dep} is missing")
    for module in manifest.get("modules", []):
        for source in module.get("sources", []):
            if source.get("type") in ("git", "archive"):
                check(source.get("url", "").startswith("https://"), f"{module['name']}: source is not https")
                check("tag" in source or "commit" in source or "sha256" in source,
                      f"{module['name']}: source is not pinned to a tag, commit or checksum")
    app = manifest["modules"][-1]
    check("-DAGENCYTOKENS_BUILD_TESTS=OFF" in app.get("config-opts", []), "the app module builds the tests")


def png_header(path):
    data = path.read_bytes()
    check(data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG")
    width, height, _depth, colour = struct.unpack(">IIBB", data[16:26])
    return width, height, colour, b"tRNS" in data


def platforms(root):
    project = (root / "CMakeLists.txt").read_text()
    version = re.search(r"project\(AgencyTokens\s+VERSION\s+(\S+)", project).group(1)
    linux = root / "platforms/linux"

    # One application id everywhere.
    check((linux / f"{APP_ID}.desktop").exists(), f"{APP_ID}.desktop is missing")
    desktop = (linux / f"{APP_ID}.desktop").read_text()
    check(f"Icon={APP_ID}\n" in desktop, "the desktop file's Icon is not the app id")
    check("Exec=agency-tokens" in desktop, "the desktop file does not start agency-tokens")
    check(f'setDesktopFileName(u"{APP_ID}"_s)' in (root / "src/app/main.cpp").read_text(),
          "main.cpp does not set the desktop file name to the app id")
    check(f"set(AGENCYTOKENS_APP_ID {APP_ID})" in (root / "platforms/CMakeLists.txt").read_text(),
          "platforms/CMakeLists.txt's AGENCYTOKENS_APP_ID is not the app id")
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        icon = root / f"assets/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
        if check(icon.exists(), f"{icon} is missing"):
            check(png_header(icon)[:2] == (size, size), f"{icon} is not {size}x{size}")
    check((root / f"assets/icons/hicolor/scalable/apps/{APP_ID}.svg").exists(), "scalable icon is missing")

    # AppStream: id, launchable, screenshots that exist, a release for this version.
    meta = ET.parse(linux / f"{APP_ID}.metainfo.xml").getroot()
    check(meta.findtext("id") == APP_ID, "metainfo id is not the app id")
    check(meta.findtext("launchable[@type='desktop-id']") == f"{APP_ID}.desktop", "launchable is not the desktop file")
    check(meta.findtext("url[@type='homepage']", "").startswith("https://"), "no https homepage url")
    check(meta.find("content_rating[@type='oars-1.1']") is not None, "no OARS 1.1 content rating")
    check(meta.findtext("project_license") == "MIT", "project_license is not MIT")
    images = [i.text for i in meta.iter("image")]
    check(len(images) >= 1, "no screenshots")
    for url in images:
        if check(url.startswith(SCREENSHOT_URL), f"screenshot {url} is not under {SCREENSHOT_URL}"):
            check((root / url[len(SCREENSHOT_URL):]).exists(), f"screenshot {url} is not in the repository")
    releases = [r.get("version") for r in meta.iter("release")]
    check(releases[:1] == [version], f"the newest release {releases[:1]} is not the project version {version}")

    # Android: package name, icon, label, INTERNET, SDK levels equal to android/CMakeLists.txt.
    android = root / "platforms/android"
    manifest = ET.parse(android / "AndroidManifest.xml").getroot()
    check(manifest.get("package") == ANDROID_PACKAGE, f"Android package is not {ANDROID_PACKAGE}")
    application = manifest.find("application")
    check(application.get(ANDROID + "icon") == "@mipmap/ic_launcher", "Android application icon is not @mipmap/ic_launcher")
    check(application.get(ANDROID + "label") == "@string/app_name", "Android label is not @string/app_name")
    strings = ET.parse(android / "res/values/strings.xml").getroot()
    check(strings.findtext("string[@name='app_name']") == "Agency Tokens", "app_name is not Agency Tokens")
    permissions = [p.get(ANDROID + "name") for p in manifest.iter("uses-permission")]
    check("android.permission.INTERNET" in permissions, "no INTERNET permission")
    sdk = manifest.find("uses-sdk")
    cmake = (android / "CMakeLists.txt").read_text()
    for attr, prop in (("minSdkVersion", "QT_ANDROID_MIN_SDK_VERSION"), ("targetSdkVersion", "QT_ANDROID_TARGET_SDK_VERSION")):
        m = re.search(prop + r"\s+(\d+)", cmake)
        check(sdk is not None and m and sdk.get(ANDROID + attr) == m.group(1),
              f"{attr} in the manifest differs from {prop} in android/CMakeLists.txt")
    for dpi, size in (("mdpi", 48), ("hdpi", 72), ("xhdpi", 96), ("xxhdpi", 144), ("xxxhdpi", 192)):
        icon = android / f"res/mipmap-{dpi}/ic_launcher.png"
        if check(icon.exists(), f"{icon} is missing"):
            check(png_header(icon)[:2] == (size, size), f"{icon} is not {size}x{size}")
    adaptive = ET.parse(android / "res/mipmap-anydpi-v26/ic_launcher.xml").getroot()
    for layer in ("background", "foreground"):
        ref = adaptive.find(layer).get(ANDROID + "drawable", "")
        check((android / f"res/drawable/{ref.removeprefix('@drawable/')}.xml").exists(), f"adaptive {layer} {ref} is missing")

    # iOS: plist template and an opaque, complete AppIcon set.
    ios = plistlib.loads((root / "platforms/ios/Info.plist.in").read_bytes())
    check(ios.get("CFBundleIdentifier") == "${MACOSX_BUNDLE_GUI_IDENTIFIER}", "iOS bundle id is not from CMake")
    check(ios.get("CFBundleIconName") == "AppIcon", "iOS CFBundleIconName is not AppIcon")
    check(ios.get("CFBundleShortVersionString") == "${MACOSX_BUNDLE_SHORT_VERSION_STRING}", "iOS version is not from CMake")
    appicon = root / "platforms/ios/Assets.xcassets/AppIcon.appiconset"
    contents = json.loads((appicon / "Contents.json").read_text())
    check(any(i["idiom"] == "ios-marketing" and i["size"] == "1024x1024" for i in contents["images"]), "no 1024 px marketing icon")
    for image in contents["images"]:
        png = appicon / image["filename"]
        if check(png.exists(), f"{png} is missing"):
            side = round(float(image["size"].split("x")[0]) * float(image["scale"].rstrip("x")))
            width, height, colour, trns = png_header(png)
            check((width, height) == (side, side), f"{png.name} is {width}x{height}, not {side}x{side}")
            check(colour in (2, 3) and not trns, f"{png.name} has an alpha channel (the App Store refuses it)")

    # macOS and Windows.
    mac = plistlib.loads((root / "platforms/macos/Info.plist.in").read_bytes())
    check(mac.get("CFBundleIdentifier") == "${MACOSX_BUNDLE_GUI_IDENTIFIER}", "macOS bundle id is not from CMake")
    check(mac.get("CFBundleIconFile") == "${MACOSX_BUNDLE_ICON_FILE}", "macOS icon is not from CMake")
    check((root / "platforms/macos/AgencyTokens.icns").read_bytes()[:4] == b"icns", "AgencyTokens.icns is not an icns file")
    rc = (root / "platforms/windows/agency-tokens.rc.in").read_text()
    check("ICON \"@AGENCYTOKENS_WINDOWS_ICON@\"" in rc and "VERSIONINFO" in rc, "the .rc lacks the icon or VERSIONINFO")
    check((root / "platforms/windows/agency-tokens.ico").read_bytes()[:4] == b"\0\0\1\0", "agency-tokens.ico is not an icon")


if __name__ == "__main__":
    {"flatpak": flatpak, "platforms": platforms}[sys.argv[1]](Path(sys.argv[2]))
    for failure in failures:
        print("FAIL:", failure)
    print("PASS" if not failures else f"{len(failures)} problem(s)", sys.argv[1])
    sys.exit(1 if failures else 0)

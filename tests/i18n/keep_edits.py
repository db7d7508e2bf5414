#!/usr/bin/env python3
# translations_keep_edits: a translator's edit to a .ts file survives
# scripts/translations, a new string in the code shows up as unfinished and
# fails the script and its --check until it is translated.
#
# Works on a copy of the source tree (the script, i18n/ and the sources lupdate
# reads) in a temporary directory; the real i18n/ files are never written.
#
#   keep_edits.py <source dir>
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SOURCE = os.path.abspath(sys.argv[1])
COPIED = ["scripts/translations", "i18n", "qml", "src/app", "src/core"]
PROBE_CONTEXT = "KeepEditsProbe"
PROBE_SOURCE = "Only the keep-edits test has this string."
PROBE_CPP = f"""#include <QCoreApplication>
// Written by tests/i18n/keep_edits.py into a copy of the tree.
QString keepEditsProbe() {{ return QCoreApplication::translate("{PROBE_CONTEXT}", "{PROBE_SOURCE}"); }}
"""
# (language, context, source) -> what a translator types in Qt Linguist, and what the file then holds.
EDITS = {
    ("de", "Sidebar", "Settings"): ("Optionen", "Optionen"),
    # French wants a no-break space before ":"; the script puts it in.
    ("fr", "Sidebar", "Settings"): ("Réglages : modifiés", "Réglages\u00a0: modifiés"),
}
PROBE_TRANSLATIONS = {"de": "Nur dieser Test hat diesen Text.", "fr": "Seul ce test a ce texte."}

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print(f"FAIL: {message}")


def ts(root, language):
    return os.path.join(root, "i18n", f"agency-tokens_{language}.ts")


def translations(path):
    """{(context, source): (text, finished)}."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            found[(name, message.findtext("source"))] = (translation.text or "", translation.get("type") is None)
    return found


def edit(path, context, source, text):
    """Replaces one <translation> element in the file's text, as Linguist would when marked finished."""
    with open(path, encoding="utf-8") as file:
        content = file.read()
    at = content.index(f"<name>{context}</name>")
    at = content.index(f"<source>{source}</source>", at)
    start = content.index("<translation", at)
    end = content.index("</translation>", start) + len("</translation>")
    with open(path, "w", encoding="utf-8") as file:
        file.write(content[:start] + f"<translation>{text}</translation>" + content[end:])


def run(root, *arguments):
    result = subprocess.run([sys.executable, os.path.join(root, "scripts", "translations"), *arguments],
                            capture_output=True, text=True)
    print(f"$ scripts/translations {' '.join(arguments)}  -> {result.returncode}\n{result.stdout}{result.stderr}")
    return result


def digest(path):
    with open(path, "rb") as file:
        return hashlib.sha256(file.read()).hexdigest()


def main():
    real = {language: digest(ts(SOURCE, language)) for language in ("de", "fr")}
    with tempfile.TemporaryDirectory(prefix="keep-edits-") as root:
        for part in COPIED:
            source, target = os.path.join(SOURCE, part), os.path.join(root, part)
            if os.path.isdir(source):
                shutil.copytree(source, target)
            else:
                os.makedirs(os.path.dirname(target), exist_ok=True)
                shutil.copy2(source, target)
        before = {language: translations(ts(root, language)) for language in ("de", "fr")}

        # A developer adds a string; a translator edits an existing one.
        with open(os.path.join(root, "src", "core", "KeepEditsProbe.cpp"), "w", encoding="utf-8") as file:
            file.write(PROBE_CPP)
        for (language, context, source), (typed, _) in EDITS.items():
            edit(ts(root, language), context, source, typed)

        result = run(root)
        check(result.returncode == 1, "scripts/translations exits 1 while a string is unfinished")
        for language in ("de", "fr"):
            check(f"{language}: unfinished  {PROBE_CONTEXT}: {PROBE_SOURCE!r}" in result.stdout,
                  f"{language}: the new string is listed as unfinished")
            after = translations(ts(root, language))
            check(after.get((PROBE_CONTEXT, PROBE_SOURCE)) == ("", False),
                  f"{language}: the new string is in the .ts file, unfinished")
            for key, old in before[language].items():
                expected = EDITS.get((language, *key), (None, None))[1]
                want = (expected, True) if expected is not None else old
                check(after.get(key) == want, f"{language}: {key} is {after.get(key)!r}, expected {want!r}")
        check(run(root, "--check").returncode == 1, "--check fails while a string is unfinished")

        # The translator translates the new string and marks it finished.
        for language, text in PROBE_TRANSLATIONS.items():
            edit(ts(root, language), PROBE_CONTEXT, PROBE_SOURCE, text)
        check(run(root).returncode == 0, "scripts/translations exits 0 once everything is translated")
        check(run(root, "--check").returncode == 0, "--check passes once everything is translated")
        for language in ("de", "fr"):
            after = translations(ts(root, language))
            check(after.get((PROBE_CONTEXT, PROBE_SOURCE)) == (PROBE_TRANSLATIONS[language], True),
                  f"{language}: the new string's translation survives")
            for (edited_language, context, source), (_, expected) in EDITS.items():
                if edited_language == language:
                    check(after.get((context, source)) == (expected, True),
                          f"{language}: the edit of {context}/{source} survives a second run")

    for language, sha in real.items():
        check(digest(ts(SOURCE, language)) == sha, f"the real {language} .ts file is untouched")
    print("PASS" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Keep the console's translations: extract the strings into .ts files, compile them into .qm files.

    python packaging/i18n.py update   # pyside6-lupdate over xencenter/ into resources/i18n/xencenter_*.ts
    python packaging/i18n.py build    # pyside6-lrelease the .ts files into xencenter/resources/i18n/*.qm
    python packaging/i18n.py missing gl > todo.json      # the messages gl lacks, as JSON to fill in
    python packaging/i18n.py apply gl done.json          # fill the .ts from that JSON (translation per message)

Both tools ship with PySide6-Essentials. `update` drops strings the sources no longer use (-no-obsolete); run it
after changing user-visible text (tests/xencenter/test_i18n.py fails until the .ts files are current). Translators
edit resources/i18n/*.ts with Qt Linguist; `build` makes the .qm files the console loads for the system locale
(or `xencenter --lang CODE`). Add a language by adding its code to LANGUAGES and running `update`.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET  # our own .ts files, written by lupdate
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "xencenter"
TS_DIR = ROOT / "resources" / "i18n"
QM_DIR = ROOT / "xencenter" / "resources" / "i18n"
NAME = "xencenter"
LANGUAGES = ("gl", "es")
# LazyText("Context", "text") is a QT_TRANSLATE_NOOP that also carries the pair; `translate` (core/i18n.py) keeps
# QCoreApplication.translate's name and arguments, which lupdate already reads.
ALIASES = "QT_TRANSLATE_NOOP+=LazyText,QT_TRANSLATE_NOOP+=N"  # N: the error table's short name


class ToolMissing(RuntimeError):
    pass


def tool(name: str) -> str:
    """The PySide6 tool's executable: on PATH, or next to this Python (a venv that is not activated)."""
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise ToolMissing(f"{name} not found (it ships with PySide6-Essentials)")
    return found


def ts_file(language: str) -> Path:
    return TS_DIR / f"{NAME}_{language}.ts"


def sources() -> list[Path]:
    """Every Python file of the console (lupdate does not scan folders for Python by itself)."""
    return sorted(path for path in SOURCES.rglob("*.py") if "__pycache__" not in path.parts)


def lupdate_command(ts: Path, language: str, *, locations: str = "relative") -> list[str]:
    """The lupdate run that brings `ts` up to date with the sources (run from the repository root)."""
    return [tool("pyside6-lupdate"), *(str(path.relative_to(ROOT)) for path in sources()),
            "-no-obsolete", "-locations", locations, "-source-language", "en", "-target-language", language,
            "-tr-function-alias", ALIASES, "-silent", "-ts", str(ts)]


def update(languages: Sequence[str] = LANGUAGES) -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for language in languages:
        subprocess.run(lupdate_command(ts_file(language), language), cwd=ROOT, check=True)
        print(f"updated {ts_file(language).relative_to(ROOT)}")


def lrelease(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def build(languages: Sequence[str] = LANGUAGES) -> None:
    for language in languages:
        qm = QM_DIR / f"{NAME}_{language}.qm"
        lrelease(ts_file(language), qm)
        print(f"built {qm.relative_to(ROOT)}")


def _messages(root: ET.Element) -> Iterator[tuple[str, ET.Element]]:
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _forms(translation: ET.Element) -> list[str]:
    """A numerus message's translated forms, one per plural form of the language."""
    return [(form.text or "") for form in translation.findall("numerusform")]


def missing(language: str) -> list[dict[str, Any]]:
    """The messages of `language` with no finished translation: [{"context", "source", "translation": ""}]; a
    numerus message (a count) has "translation": [one text per plural form of the language]."""
    root = ET.parse(ts_file(language)).getroot()
    found: list[dict[str, Any]] = []
    for context, message in _messages(root):
        translation = message.find("translation")
        numerus = message.get("numerus") == "yes"
        done = translation is not None and translation.get("type") != "unfinished" and (
            all(f.strip() for f in _forms(translation)) if numerus else bool((translation.text or "").strip()))
        if not done:
            forms = len(_forms(translation)) if translation is not None else 0
            found.append({"context": context, "source": message.findtext("source") or "",
                          "translation": [""] * forms if numerus else ""})
    return found


def _given(entry: dict[str, Any]) -> bool:
    text = entry.get("translation", "")
    return all(str(t).strip() for t in text) and bool(text) if isinstance(text, list) else bool(str(text).strip())


def apply(language: str, entries: Sequence[dict[str, Any]]) -> int:
    """Fill `language`'s .ts with the entries' translations (by context and source); how many were filled.
    A numerus message takes a list (its forms, in the language's order). Entries without a translation, or for
    messages the .ts does not have, are left out (and counted out)."""
    ts = ts_file(language)
    tree = ET.parse(ts)
    wanted = {(e["context"], e["source"]): e["translation"] for e in entries if _given(e)}
    filled = 0
    for context, message in _messages(tree.getroot()):
        text = wanted.get((context, message.findtext("source") or ""))
        translation = message.find("translation")
        if text is None or translation is None:
            continue
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            if not isinstance(text, list) or len(text) != len(forms):
                continue
            for form, value in zip(forms, text, strict=True):
                form.text = value
        elif isinstance(text, str):
            translation.text = text
        else:
            continue
        translation.attrib.pop("type", None)
        filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return filled


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("action", choices=("update", "build", "missing", "apply"))
    parser.add_argument("languages", nargs="*", default=list(LANGUAGES),
                        help=f"default: {' '.join(LANGUAGES)}; for apply: the language, then the JSON file")
    args = parser.parse_args(argv)
    if args.action == "missing":
        for language in args.languages:
            print(json.dumps(missing(language), ensure_ascii=False, indent=1))
        return 0
    if args.action == "apply":
        if len(args.languages) != 2:
            parser.error("apply takes a language and a JSON file")
        language, path = args.languages
        entries = json.loads(Path(path).read_text(encoding="utf-8"))
        print(f"filled {apply(language, entries)} of {len(entries)} messages in {ts_file(language).name}")
        return 0
    try:
        (update if args.action == "update" else build)(args.languages)
    except ToolMissing as exc:
        print(f"i18n: {exc}", file=sys.stderr)
        return 2
    except subprocess.CalledProcessError as exc:
        print(f"i18n: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The desktop integration files: the entry, the AppStream metainfo and the icons agree with each other and with
pyproject.toml, and the PNG icons are current renders of the console's icon."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
DESKTOP_DIR = ROOT / "packaging" / "desktop"
sys.path.insert(0, str(DESKTOP_DIR))
import icons  # noqa: E402

APP_ID = icons.APP_ID
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment, method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_DIR / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_starts_the_console_with_its_icon() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] in PROJECT["gui-scripts"]
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    for key in ("Categories", "Keywords", "Keywords[gl]", "Keywords[es]"):
        assert entry[key].endswith(";")
    assert {"Comment[gl]", "Comment[es]", "GenericName[gl]", "GenericName[es]"} <= set(entry)


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_file_validate_accepts_the_entry() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP_DIR / f"{APP_ID}.desktop")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_metainfo_names_the_entry_the_commands_and_this_version() -> None:
    root = ET.parse(DESKTOP_DIR / f"{APP_ID}.metainfo.xml").getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("project_license") == PROJECT["license"]["text"]
    binaries = {element.text for element in root.iterfind("provides/binary")}
    assert binaries == set(PROJECT["scripts"]) | set(PROJECT["gui-scripts"])
    assert next(release.get("version") for release in root.iterfind("releases/release")) == PROJECT["version"]
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert {summary.get(lang) for summary in root.iterfind("summary")} == {None, "gl", "es"}


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_appstreamcli_accepts_the_metainfo() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--no-net", "--pedantic",
                             str(DESKTOP_DIR / f"{APP_ID}.metainfo.xml")], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.gui
def test_the_png_icons_are_current_renders_of_the_svg(qapp: Any) -> None:
    from PySide6.QtGui import QImage

    for size in icons.SIZES:
        path = icons.png_path(size)
        assert path.is_file(), f"{path} missing: run python packaging/desktop/icons.py"
        committed = QImage(str(path)).convertToFormat(QImage.Format.Format_ARGB32)
        assert (committed.width(), committed.height()) == (size, size)
        fresh = icons.render(size)
        # The same SVG through the same (pinned) Qt renders the same; allow rounding in the PNG round trip.
        worst = max(abs(a - b) for y in range(size) for x in range(size)
                    for a, b in zip(_rgba(committed.pixel(x, y)), _rgba(fresh.pixel(x, y)), strict=True))
        assert worst <= 8, f"{path} differs from app.svg: run python packaging/desktop/icons.py"


def _rgba(pixel: int) -> tuple[int, int, int, int]:
    return (pixel >> 16) & 255, (pixel >> 8) & 255, pixel & 255, (pixel >> 24) & 255

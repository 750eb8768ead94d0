"""The user guide's screenshots, taken from the offscreen console on the demo pool.

Every image the guides (docs/*.md, docs/gl/*.md) show is one of SHOTS, in English under docs/images/ and in
Galician under docs/images/gl/; this test takes them all and checks the guides name no other. It writes them into
docs/images only when asked:

    XENCENTER_UPDATE_SCREENSHOTS=1 python3 packaging/bootstrap.py test tests/docs
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "xencenter" / "ui"))

from ui_support import Parts, make_parts, qloop_fixture, teardown_parts  # noqa: E402, F401

from xencenter.core.connection import Connection  # noqa: E402

pytestmark = [pytest.mark.gui, pytest.mark.slow]

DOCS = ROOT / "docs"
SIZE = (1200, 760)
# name -> (class, object, tab)
SHOTS: dict[str, tuple[str, str, str]] = {
    "overview": ("pool", "Course lab", "general"),
    "memory": ("host", "xcp-host1", "memory"),
    "console": ("VM", "web01", "console"),
    "performance": ("host", "xcp-host1", "performance"),
    "snapshots": ("VM", "win7-legacy", "snapshots"),
    "ha": ("pool", "Course lab", "ha"),
    "xen-internals": ("host", "xcp-host1", "xen_internals"),
}
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+\.png)\)")


def guides() -> dict[str, list[Path]]:
    return {"en": sorted(DOCS.glob("*.md")), "gl": sorted((DOCS / "gl").glob("*.md"))}


def images_folder(language: str) -> Path:
    return DOCS / "images" if language == "en" else DOCS / "images" / language


def test_the_guides_show_only_the_screenshots_this_test_takes() -> None:
    for language, files in guides().items():
        assert files, f"no {language} guide in {DOCS}"
        named = {(path.parent / link).resolve() for path in files for link in IMAGE.findall(path.read_text())}
        expected = {(images_folder(language) / f"{name}.png").resolve() for name in SHOTS}
        assert named == expected, (language, sorted(map(str, named ^ expected)))
        for image in named:
            assert image.is_file(), f"{image} missing: XENCENTER_UPDATE_SCREENSHOTS=1 pytest tests/docs"


def i18n_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("xencenter_packaging_i18n_docs", ROOT / "packaging" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def translated(qapp: Any, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """The console's translations for the test's language installed (compiled from the .ts into tmp_path), and
    removed again with the default locale afterwards: widgets take their texts when they are built."""
    from PySide6.QtCore import QLocale

    from xencenter.app import install_translations

    language: str = request.param
    installed = []
    default = QLocale()
    if language != "en":
        tool = i18n_tool()
        try:
            tool.lrelease(tool.ts_file(language), tmp_path / f"{tool.NAME}_{language}.qm")
        except tool.ToolMissing as exc:
            pytest.skip(str(exc))
        installed = install_translations(qapp, language, tmp_path)
    try:
        yield language
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(default)


def ready(tab: Any, key: str) -> Callable[[], bool]:
    """When the tab has something worth showing (a screen, graphs), not just its frame."""
    if key == "console":
        return lambda: not tab.panel.view.image().isNull()
    if key == "performance":
        return lambda: tab.status.isHidden() and any(not graph.isHidden() for graph in tab.graphs)
    if key == "snapshots":
        return lambda: choose_first_snapshot(tab)
    return lambda: True


def choose_first_snapshot(tab: Any) -> bool:
    """The demo's oldest snapshot chosen, so its details show."""
    top = tab.tree.topLevelItem(0)
    if top is None or top.data(0, 0x0100) == "":
        return False
    top.setSelected(True)
    return True


def select(parts: Parts, connection: Connection, cls: str, name: str, key: str) -> Any:
    ref = next(ref for ref, rec in connection.cache.items(cls) if rec.get("name_label") == name)
    parts.window.controller.refresh.flush()
    assert parts.window.navigation.select_key(f"{parts.window.controller.key_of(connection)}/{ref}")
    parts.window.tabs.host.show_tab(key)
    return parts.window.tabs.host.tab(key)


@pytest.mark.parametrize("translated", ["en", "gl"], indirect=True)
def test_take_the_guides_screenshots(translated: str, qtbot: Any, qloop: Any, sim: Any, tmp_path: Path) -> None:
    parts = make_parts(qtbot)
    try:
        connection = parts.connect(qtbot, sim.url)
        parts.window.resize(*SIZE)
        qtbot.waitUntil(lambda: (parts.window.width(), parts.window.height()) == SIZE)
        update = os.environ.get("XENCENTER_UPDATE_SCREENSHOTS") == "1"
        folder = images_folder(translated) if update else tmp_path
        folder.mkdir(parents=True, exist_ok=True)
        for name, (cls, label, key) in SHOTS.items():
            tab = select(parts, connection, cls, label, key)
            qtbot.waitUntil(ready(tab, key), timeout=30000)
            qtbot.wait(200)  # layouts and a first paint settle, as they would on screen
            image = parts.window.grab().toImage()
            assert (image.width(), image.height()) == SIZE
            assert image.save(str(folder / f"{name}.png"), "PNG")
    finally:
        teardown_parts(qtbot, parts)

"""Layering rules that import-linter cannot express (it cannot name PySide6 subpackages)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WIDGET_IMPORT = re.compile(r"^\s*(from|import)\s+(PySide6\.(QtWidgets|QtGui)|pyqtgraph)\b", re.MULTILINE)


def test_console_core_imports_no_widgets() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "xencenter" / "core").rglob("*.py")
        if WIDGET_IMPORT.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_nothing_reads_shared_at_run_time() -> None:
    pattern = re.compile(r"""\.\./shared|['"]shared/""")
    offenders = [
        str(path.relative_to(ROOT))
        for package in ("xencenter", "backend_sim")
        for path in (ROOT / package).rglob("*.py")
        if pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []

"""The core holds no widgets: ruff's banned-api (xencenter/core/ruff.toml) refuses Qt's widget, GUI and graph
packages there and only there. Each probe is checked as if it were a file at that path (`--stdin-filename`)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
PROBES = ("from PySide6.QtWidgets import QWidget\n", "from PySide6.QtGui import QColor\n", "import pyqtgraph\n")


def ruff(path: str, source: str) -> str:
    found = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if found is None:
        pytest.skip("ruff is not installed")
    done = subprocess.run([found, "check", "--no-cache", "--output-format", "concise",
                           "--stdin-filename", path, "-"], input=source, capture_output=True, text=True, cwd=ROOT,
                          check=False)
    return done.stdout + done.stderr


@pytest.mark.parametrize("source", PROBES)
def test_ruff_bans_widgets_in_the_core_only(source: str) -> None:
    assert "TID251" in ruff("xencenter/core/probe.py", source)
    assert "TID251" not in ruff("xencenter/ui/probe.py", source)

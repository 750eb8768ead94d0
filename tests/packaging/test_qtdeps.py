"""The bootstrap's check for the system libraries Qt's xcb plugin needs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import qtdeps  # noqa: E402

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibweird.so.9 => not found
"""


def test_missing_libraries_and_advice() -> None:
    missing = qtdeps.missing_libraries(LDD)
    assert missing == ["libxcb-icccm.so.4", "libxcb-cursor.so.0", "libweird.so.9"]
    text = qtdeps.advice(missing)
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4" in text
    assert "sudo dnf install xcb-util-cursor xcb-util-wm" in text
    assert "libweird.so.9" in text.splitlines()[-3]


@pytest.mark.parametrize(("env", "expected"), [
    ({"DISPLAY": ":0"}, True),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, False),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, False),
    ({"QT_QPA_PLATFORM": "xcb"}, True),
])
def test_wants_xcb(env: dict[str, str], expected: bool) -> None:
    assert qtdeps.wants_xcb(env) is (expected and sys.platform.startswith("linux"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb is Linux's")
def test_bootstrap_run_explains_a_missing_display(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", "import qtdeps, sys; print(qtdeps.check(sys.argv[0]))"],
                            cwd=ROOT / "packaging", env=env, capture_output=True, text=True, timeout=60)
    assert "no display was found" in result.stdout


def test_a_library_qt_only_dlopens_is_checked_by_loading_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(qtdeps, "DLOPENED", ("libc.so.6", "libsurely-not-here-xencenter.so.0"))
    assert qtdeps.dlopened_missing() == ["libsurely-not-here-xencenter.so.0"]

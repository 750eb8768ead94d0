"""The installable: the sdist and the wheel build, and the wheel installed in a fresh virtual environment (what
`pipx install` does) gives `xapi-sim` and `xencenter` commands that work from any folder."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
APP_ID = "org.xencenter.Console"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """sdist first, then the wheel built from the sdist (python -m build's way): a file missing from the sdist
    breaks the wheel."""
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
                            capture_output=True, text=True, check=False, timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return out


def only(folder: Path, pattern: str) -> Path:
    found = sorted(folder.glob(pattern))
    assert len(found) == 1, found
    return found[0]


def test_the_wheel_holds_both_packages_their_data_and_the_desktop_files(dist: Path) -> None:
    wheel = only(dist, "*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    data = f"xencenter-{PROJECT['version']}.data/data/share"
    expected = {
        "xencenter/__main__.py", "backend_sim/__main__.py", "xencenter/resources/icons/app.svg",
        f"{data}/applications/{APP_ID}.desktop", f"{data}/metainfo/{APP_ID}.metainfo.xml",
        f"{data}/icons/hicolor/48x48/apps/{APP_ID}.png", f"{data}/icons/hicolor/scalable/apps/{APP_ID}.svg",
        "xencenter/resources/i18n/xencenter_gl.qm", "xencenter/resources/i18n/xencenter_es.qm",
    }
    assert expected <= names, expected - names
    assert any(name.startswith("backend_sim/console/fonts/") for name in names)
    assert not any("__pycache__" in name or name.startswith("tests/") for name in names)


def test_the_sdist_carries_the_tests_and_the_packaging(dist: Path) -> None:
    sdist = only(dist, "*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert {"pyproject.toml", "README.md", "packaging/bootstrap.py", f"packaging/desktop/{APP_ID}.desktop",
            "tests/conftest.py"} <= names


def test_the_wheel_installs_in_a_fresh_venv_and_both_commands_start_from_any_folder(dist: Path,
                                                                                      tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    install = subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "--disable-pip-version-check",
                              "--quiet", str(only(dist, "*.whl"))], capture_output=True, text=True, check=False,
                             timeout=900)
    assert install.returncode == 0, install.stdout[-3000:] + install.stderr[-3000:]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["QT_QPA_PLATFORM"] = "offscreen"

    with subprocess.Popen([str(bin_dir / "xapi-sim"), "--scenario", "empty", "--port", "0"], cwd=elsewhere, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) as sim:
        assert sim.stdout is not None
        first = sim.stdout.readline()
        sim.terminate()
        rest, _ = sim.communicate(timeout=30)
    assert first.startswith("xapi-sim ready url=http://127.0.0.1:"), first + rest

    console = subprocess.run([str(bin_dir / "xencenter"), "--check", "--sim", "empty"], cwd=elsewhere, env=env,
                             capture_output=True, text=True, check=False, timeout=300)
    assert console.returncode == 0, console.stdout + console.stderr
    assert "xencenter check: 1 of 1 server(s) connected" in console.stdout
    assert (venv / "share" / "applications" / f"{APP_ID}.desktop").is_file()

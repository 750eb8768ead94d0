#!/usr/bin/env python3
"""Set up a private virtual environment and run the console or the whole check suite.

    python3 packaging/bootstrap.py run [console args]   # install, then open the console on the demo pool
    python3 packaging/bootstrap.py test [pytest args]   # install, then lint, type-check and run every test

Needs only Python 3.11+ and pip. The environment lives in .venv/ and is reinstalled only when
pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import qtdeps  # beside this file; stdlib only

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed-from"


def _say(text: str) -> None:
    print(f"bootstrap: {text}", flush=True)


def _create_venv() -> None:
    try:
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    except (OSError, subprocess.CalledProcessError):
        # Some distributions ship Python without ensurepip; virtualenv needs only pip.
        _say("the venv module cannot bootstrap pip here; using virtualenv instead")
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--user", "--quiet", "virtualenv"])
        subprocess.check_call([sys.executable, "-m", "virtualenv", "--clear", str(VENV)])


def ensure_environment() -> None:
    if sys.version_info < (3, 11):
        sys.exit(f"bootstrap: Python 3.11 or newer is needed (this is {sys.version_info[0]}.{sys.version_info[1]})")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if PYTHON.exists() and STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    if not PYTHON.exists():
        _say(f"creating {VENV}")
        _create_venv()
    _say("installing the project and its test tools (first run takes a minute)")
    pip = [str(PYTHON), "-m", "pip", "--disable-pip-version-check", "--quiet"]
    subprocess.check_call([*pip, "install", "--upgrade", "pip"])
    subprocess.check_call([*pip, "install", "-e", f"{ROOT}[test]"])
    STAMP.write_text(wanted)


def run_checks(pytest_args: list[str]) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), "QT_API": "pyside6"}
    steps = [
        ("ruff", [str(PYTHON), "-m", "ruff", "check", "."]),
        ("import-linter", [str(BIN / "lint-imports")]),
        ("mypy", [str(PYTHON), "-m", "mypy", "backend_sim", "xencenter"]),
        ("pytest", [str(PYTHON), "-m", "pytest", *pytest_args]),
    ]
    failed = []
    for name, command in steps:
        _say(f"running {name}")
        code = subprocess.call(command, cwd=ROOT, env=env)
        if code != 0:
            failed.append(f"{name} (exit {code})")
    if failed:
        _say("FAILED: " + ", ".join(failed))
        return 1
    _say("all checks passed")
    return 0


def compile_translations() -> None:
    """The .qm files the console loads (Galician, Spanish), made again when a .ts file is newer (lrelease, in the
    venv). A failure only costs the translations: the console then shows English."""
    sources = sorted((ROOT / "resources" / "i18n").glob("xencenter_*.ts"))
    built = ROOT / "xencenter" / "resources" / "i18n"
    stale = [ts for ts in sources if not (built / ts.with_suffix(".qm").name).exists()
             or (built / ts.with_suffix(".qm").name).stat().st_mtime < ts.stat().st_mtime]
    if stale and subprocess.call([str(PYTHON), str(ROOT / "packaging" / "i18n.py"), "build"], cwd=ROOT,
                                 stdout=subprocess.DEVNULL) != 0:
        _say("the translations could not be compiled; the console will show English")


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test"):
        print(__doc__)
        return 2
    ensure_environment()
    compile_translations()
    if argv[0] == "run":
        problem = qtdeps.check(PYTHON)
        if problem is not None:
            print(problem, file=sys.stderr)
            return 1
        command = [str(PYTHON), "-m", "xencenter", *argv[1:]]
        if os.name == "posix":  # become the console: Ctrl+C and signals reach it, not a wrapper
            os.chdir(ROOT)
            os.execv(command[0], command)
        try:
            return subprocess.call(command, cwd=ROOT)
        except KeyboardInterrupt:
            return 130
    return run_checks(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

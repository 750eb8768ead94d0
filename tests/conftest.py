"""Shared fixtures: a real simulator process on loopback, and the reference data folder."""

from __future__ import annotations

import gc
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

# As in the console (xencenter.core.gccollect): the cyclic collector must never run in a worker thread, where it
# would free Qt objects left by earlier tests; it runs between tests, on the main thread, when it is due.
gc.disable()

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

READY = re.compile(r"xapi-sim ready url=(\S+) user=(\S+) password=(\S+) pool=(.*)")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--long-runs", action="store_true", default=False,
                     help="the reliability suite's long runs: 100k fuzzed bodies, 100 kills during saves, "
                     "a longer load (bounded runs otherwise)")


def long_runs(config: pytest.Config) -> bool:
    """Whether the reliability tests run long (pytest --long-runs), or bounded for CI."""
    return bool(config.getoption("--long-runs"))


@dataclass
class SimServer:
    """A running `python -m backend_sim` child: its URL, credentials and process."""

    url: str
    user: str
    password: str
    pool: str
    process: subprocess.Popen[str]
    extra_lines: list[str]
    output_tail: list[str]  # the simulator's last lines of output, kept for failure messages

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        if self.process.stdout is not None:
            self.process.stdout.close()


def _drain(stream: IO[str], sink: list[str]) -> None:
    # Keep reading so a chatty simulator never blocks on a full pipe; keep the tail for failures.
    try:
        for line in stream:
            sink.append(line)
            del sink[:-200]
    except (OSError, ValueError):
        pass


def start_sim(*args: str, timeout: float = 30.0, pools: int = 1) -> SimServer:
    """Start the simulator on a free loopback port and wait for its ready line(s)."""
    command = [sys.executable, "-m", "backend_sim", "--port", "0", "--auth-failure-delay", "0.05", *args]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert process.stdout is not None
    deadline = time.monotonic() + timeout
    found: list[re.Match[str]] = []
    lines: list[str] = []
    while len(found) < pools:
        line = process.stdout.readline()
        if not line:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError("simulator did not start:\n" + "".join(lines))
            continue
        lines.append(line)
        match = READY.search(line)
        if match:
            found.append(match)
    threading.Thread(target=_drain, args=(process.stdout, lines), daemon=True).start()
    first = found[0]
    return SimServer(first[1], first[2], first[3], first[4].strip(), process,
                     [m[0] for m in found[1:]], lines)


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread() -> Iterator[None]:
    yield
    from xencenter.core.gccollect import collect_due

    collect_due()


@pytest.fixture(scope="session")
def sim() -> Iterator[SimServer]:
    """One demo-pool simulator shared by the tests of a session (tests must not break it)."""
    server = start_sim("--scenario", "demo")
    yield server
    server.stop()


@pytest.fixture
def fresh_sim() -> Iterator[SimServer]:
    """A demo-pool simulator of the test's own, on a manual clock."""
    server = start_sim("--scenario", "demo", "--manual-clock")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared (reference data) is absent")
    return SHARED

"""SimProcess: the pool simulator as a child process (`python -m backend_sim`), never imported.

The child prints one `xapi-sim ready url=... user=... password=... pool=...` line per pool it serves; each is
reported as it arrives (the main pool first). Its output is drained by a thread so a full pipe never stalls it,
and the tail is kept for error messages. `stop()` terminates it; it is also registered with atexit so the child
does not outlive a crashed console.
"""

from __future__ import annotations

import asyncio
import atexit
import collections
import logging
import os
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("xencenter.sim")

READY = re.compile(r"xapi-sim ready url=(\S+) user=(\S+) password=(\S+) pool=(.*)")
START_TIMEOUT = 60.0


@dataclass(frozen=True)
class SimEndpoint:
    url: str
    user: str
    password: str
    pool: str


class SimError(Exception):
    """The simulator could not start; the message carries its own explanation (the tail of its output)."""


def sim_command(*, scenario: str | None = "demo", db: str | None = None, speed: float | None = None,
                port: int = 0, extra: Sequence[str] = ()) -> list[str]:
    """The simulator child's command line; no scenario leaves the choice to it (a lesson's own)."""
    command = [sys.executable, "-m", "backend_sim", "--host", "127.0.0.1", "--port", str(port)]
    command += ["--db", db] if db else ["--scenario", scenario] if scenario else []
    if speed is not None:
        command += ["--speed", str(speed)]
    return command + list(extra)


class SimProcess:
    def __init__(self, command: Sequence[str]) -> None:
        self.command = list(command)
        self.process: subprocess.Popen[str] | None = None
        self.endpoints: list[SimEndpoint] = []
        self.tail: collections.deque[str] = collections.deque(maxlen=60)

    async def start(self, on_ready: Callable[[SimEndpoint], None], timeout: float = START_TIMEOUT) -> SimEndpoint:
        """Start the child; call `on_ready` for every pool it serves; return the first one.

        Raises SimError when the child exits (or stays silent) before its first ready line.
        """
        loop = asyncio.get_running_loop()
        first: asyncio.Future[SimEndpoint] = loop.create_future()

        def ready(endpoint: SimEndpoint) -> None:
            self.endpoints.append(endpoint)
            if not first.done():
                first.set_result(endpoint)
            on_ready(endpoint)

        def ended(code: int) -> None:
            if not first.done():
                output = "".join(self.tail).strip() or f"exit status {code}"
                first.set_exception(SimError(output))

        env = dict(os.environ)
        source_root = str(Path(__file__).resolve().parents[1])  # where backend_sim sits in a source checkout
        env["PYTHONPATH"] = os.pathsep.join(p for p in (source_root, env.get("PYTHONPATH", "")) if p)
        env["PYTHONUNBUFFERED"] = "1"
        try:
            self.process = subprocess.Popen(self.command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                            stdin=subprocess.DEVNULL, text=True, env=env)
        except OSError as exc:
            raise SimError(str(exc)) from exc
        atexit.register(self.stop)
        threading.Thread(target=self._pump, args=(loop, ready, ended), name="sim-output", daemon=True).start()
        try:
            return await asyncio.wait_for(first, timeout)
        except TimeoutError:
            self.stop()
            raise SimError(f"the simulator did not start within {timeout:.0f} s") from None

    def _pump(self, loop: asyncio.AbstractEventLoop, ready: Callable[[SimEndpoint], None],
              ended: Callable[[int], None]) -> None:
        process = self.process
        assert process is not None and process.stdout is not None
        try:
            for line in process.stdout:
                self.tail.append(line)
                match = READY.search(line)
                if match:
                    endpoint = SimEndpoint(match[1], match[2], match[3], match[4].strip())
                    _post(loop, ready, endpoint)
        except (OSError, ValueError):
            pass
        _post(loop, ended, process.wait())

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self) -> None:
        process = self.process
        if process is None or process.poll() is not None:
            return
        log.info("stopping the simulator (pid %s)", process.pid)
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


def _post(loop: asyncio.AbstractEventLoop, callback: Callable[..., None], *args: object) -> None:
    """Hand a callback to the event loop's thread; a loop that has closed meanwhile no longer cares."""
    try:
        loop.call_soon_threadsafe(callback, *args)
    except RuntimeError:
        pass

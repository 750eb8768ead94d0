"""What the benchmarks share: server subprocesses (started, waited for, always stopped), keep-alive JSON-RPC
clients, the `name: value unit` output lines and the run wrapper that stops the servers whatever happens.

Not a benchmark itself: imported by name by the scripts next to it (their folder is on sys.path when they run).
"""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import IO, Any, TypeVar

import httpx

REPO = Path(__file__).resolve().parent.parent
READY = re.compile(r"^xapi-sim ready url=(?P<url>\S+) user=(?P<user>\S+) password=(?P<password>\S+) "
                   r"pool=(?P<pool>.*)$")
Args = TypeVar("Args")


class BenchError(Exception):
    """A failure that ends the run with a message (server did not start, unexpected reply)."""


# ---------------------------------------------------------------------------------------------
# Subprocesses


@dataclass
class Server:
    name: str
    proc: subprocess.Popen[str]
    stderr: IO[str]
    url: str = ""
    user: str = ""
    password: str = ""
    pool: str = ""
    ready_after: float = 0.0  # seconds from launch to the ready line

    def stderr_tail(self, lines: int = 20) -> str:
        self.stderr.flush()
        self.stderr.seek(0)
        return "".join(self.stderr.readlines()[-lines:]).rstrip()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        self.stderr.close()


def start_server(name: str, argv: Sequence[str], servers: list[Server], *, timeout: float) -> Server:
    """Start `argv`, wait up to `timeout` s for its ready line; the server is added to `servers` before waiting."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env["PYTHONUNBUFFERED"] = "1"
    # Closed by Server.stop(); a file, not a pipe, so a chatty server never blocks on it.
    stderr = tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace")  # noqa: SIM115
    launched = time.perf_counter()
    proc = subprocess.Popen(list(argv), cwd=REPO, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=stderr, text=True, encoding="utf-8", errors="replace")
    server = Server(name, proc, stderr)
    servers.append(server)
    lines: queue.Queue[tuple[float, str] | None] = queue.Queue()

    def pump() -> None:  # keeps draining stdout so the server never blocks on a full pipe
        assert proc.stdout is not None
        for text in proc.stdout:
            lines.put((time.perf_counter(), text.rstrip("\n")))
        lines.put(None)

    threading.Thread(target=pump, name=f"{name}-stdout", daemon=True).start()
    deadline = launched + timeout
    while True:
        remaining = deadline - time.perf_counter()
        if remaining <= 0:
            raise BenchError(f"{name} did not print its ready line within {timeout:.0f} s\n{server.stderr_tail()}")
        try:
            item = lines.get(timeout=remaining)
        except queue.Empty:
            continue
        if item is None:
            code = proc.wait(timeout=5)
            raise BenchError(f"{name} exited with status {code} before it was ready\n{server.stderr_tail()}")
        seen, text = item
        match = READY.match(text)
        if match:
            server.url, server.user, server.password, server.pool = match.group("url", "user", "password", "pool")
            server.ready_after = seen - launched
            return server


def on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)  # so that run() stops the servers


def run(prog: str, bench: Callable[[Args, list[Server]], int], args: Args) -> int:
    """A script's whole run, `bench(args, servers)`: the servers it starts go to `servers` and are stopped
    whatever happens (also on SIGTERM or Ctrl-C). A BenchError ends the run with its message and status 1."""
    signal.signal(signal.SIGTERM, on_sigterm)
    servers: list[Server] = []
    try:
        return bench(args, servers)
    except BenchError as exc:
        print(f"{prog}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{prog}: interrupted", file=sys.stderr)
        return 130
    finally:
        for server in reversed(servers):
            server.stop()


# ---------------------------------------------------------------------------------------------
# Clients


def new_client(url: str, timeout: float) -> httpx.Client:
    """One keep-alive connection; no proxies from the environment."""
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1, keepalive_expiry=60)
    return httpx.Client(base_url=url, limits=limits, timeout=timeout, trust_env=False)


def jsonrpc(client: httpx.Client, method: str, params: list[Any]) -> Any:
    body = {"jsonrpc": "2.0", "method": method, "params": params, "id": 1}
    response = client.post("/jsonrpc", json=body)
    if response.status_code != 200:
        raise BenchError(f"{method}: HTTP {response.status_code}: {response.text[:200]}")
    reply = response.json()
    if "error" in reply:
        raise BenchError(f"{method} failed: {reply['error']}")
    return reply["result"]


def login(client: httpx.Client, server: Server) -> str:
    return str(jsonrpc(client, "session.login_with_password", [server.user, server.password, "1.0", "bench"]))


# ---------------------------------------------------------------------------------------------
# Report


def line(name: str, value: float | int | str, unit: str = "") -> None:
    """One `name: value unit` line (floats with one decimal)."""
    shown = f"{value:.1f}" if isinstance(value, float) else str(value)
    print(f"{name}: {shown} {unit}".rstrip(), flush=True)

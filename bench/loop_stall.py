"""How long a big reply stalls the simulator's other clients, and what RBAC checks cost.

1. Loop stall: a small client calls `pool.get_all` back to back over JSON-RPC (one keep-alive connection) while
   another client fetches the first `event.from(["*"], "", 30)` of `large:64x3000` over XML-RPC (about 65 MB,
   every object of the pool), then `VM.get_all_records` over XML-RPC and the same `event.from` over JSON-RPC.
   A small call's round trip is about a millisecond; whatever the server's loop spends on the big reply
   without turning shows up as a slower small call. Printed: the longest small-call round trip while a big
   reply was being made (`stall.max`, goal at most 50 ms), its p99, and the same figures with no big reply
   (`idle.*`) to show the floor.
2. RBAC throughput: `VM.get_record` and `VM.set_name_description` alternated over JSON-RPC on the `demo` pool,
   as `root` (the local superuser: xapi checks no permission) and as the directory user `pool-admin` (every
   call's permission checked against its role), in alternating rounds. Printed: calls/s of each and
   `rbac.ratio` = checked ÷ unchecked (goal at least 0.95).

    python bench/loop_stall.py [--spec 64x3000] [--fetches 3] [--duration 2] [--rounds 3]
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import sys
import threading
import time
from collections.abc import Sequence
from typing import Any

import httpx
from simproc import BenchError, Server, jsonrpc, line, login, new_client, run, start_server

START_TIMEOUT = 60.0
HTTP_TIMEOUT = 120.0
EVENT_FROM = ("<?xml version='1.0'?><methodCall><methodName>event.from</methodName><params>"
              "<param><value>{session}</value></param><param><value><array><data><value>*</value></data></array>"
              "</value></param><param><value></value></param><param><value><double>30</double></value></param>"
              "</params></methodCall>")
GET_ALL_RECORDS = ("<?xml version='1.0'?><methodCall><methodName>VM.get_all_records</methodName><params>"
                   "<param><value>{session}</value></param></params></methodCall>")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="loop_stall", description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", default="64x3000", help="large:HOSTSxVMS pool for the stall (default 64x3000)")
    parser.add_argument("--fetches", type=int, default=3, help="big replies of each kind fetched (default 3)")
    parser.add_argument("--duration", type=float, default=2.0, help="seconds per throughput round (default 2)")
    parser.add_argument("--rounds", type=int, default=3, help="throughput rounds per user (default 3)")
    return parser.parse_args(argv)


def start(name: str, scenario: str, servers: list[Server]) -> Server:
    argv = [sys.executable, "-m", "backend_sim", "--port", "0", "--scenario", scenario, "--auth-failure-delay", "0"]
    return start_server(name, argv, servers, timeout=START_TIMEOUT)


class SmallClient(threading.Thread):
    """Back-to-back small calls; each round trip is kept with whether a big reply was under way."""

    def __init__(self, server: Server) -> None:
        super().__init__(name="small-client", daemon=True)
        self.client = new_client(server.url, HTTP_TIMEOUT)
        self.session = login(self.client, server)
        self.busy = threading.Event()  # set while a big reply is being fetched
        self.stop = threading.Event()
        self.idle: list[float] = []
        self.loaded: list[float] = []

    def run(self) -> None:
        while not self.stop.is_set():
            busy = self.busy.is_set()
            started = time.perf_counter()
            jsonrpc(self.client, "pool.get_all", [self.session])
            took = time.perf_counter() - started
            if busy and self.busy.is_set():
                self.loaded.append(took)
            elif not busy and not self.busy.is_set():
                self.idle.append(took)


def _fetch(url: str, path: str, body: bytes, content_type: str, results: multiprocessing.Queue[Any]) -> None:
    with httpx.Client(base_url=url, timeout=HTTP_TIMEOUT, trust_env=False) as client:
        started = time.perf_counter()
        reply = client.post(path, content=body, headers={"content-type": content_type})
        took = time.perf_counter() - started
    failed = reply.status_code != 200 or b"Failure" in reply.content[:300]
    results.put((took, len(reply.content), f"HTTP {reply.status_code} {reply.content[:200]!r}" if failed else ""))


def big_fetch(server: Server, session: str, path: str, body: str, content_type: str) -> tuple[float, int]:
    """One big reply read whole (not decoded: only the server's side is measured), by another process so that
    its reading never competes with the small client for this one's GIL; (seconds, bytes)."""
    results: multiprocessing.Queue[Any] = multiprocessing.Queue()
    fetcher = multiprocessing.Process(target=_fetch, args=(server.url, path, body.format(session=session).encode(),
                                                           content_type, results))
    fetcher.start()
    took, size, failure = results.get(timeout=HTTP_TIMEOUT)
    fetcher.join(HTTP_TIMEOUT)
    if failure:
        raise BenchError(f"big fetch on {path}: {failure}")
    return took, size


def settle(client: httpx.Client, session: str, quiet: float = 2.0, limit: float = 60.0) -> None:
    """Wait for the pool's start-up work (3,000 guest agents reporting at once) to end: small calls until
    `quiet` seconds pass without one over 50 ms."""
    started = last_slow = time.perf_counter()
    while time.perf_counter() - last_slow < quiet:
        if time.perf_counter() - started > limit:
            raise BenchError(f"the pool did not settle within {limit:.0f} s")
        before = time.perf_counter()
        jsonrpc(client, "pool.get_all", [session])
        if time.perf_counter() - before > 0.05:
            last_slow = time.perf_counter()
    line("settled_after", time.perf_counter() - started, "s")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def measure_stall(args: argparse.Namespace, servers: list[Server]) -> None:
    server = start("large", f"large:{args.spec}", servers)
    fetcher = new_client(server.url, HTTP_TIMEOUT)
    session = login(fetcher, server)
    settle(fetcher, session)
    small = SmallClient(server)
    small.start()
    time.sleep(1.0)  # the idle floor
    kinds = [("event_from.xmlrpc", "/", EVENT_FROM, "text/xml"),
             ("get_all_records.xmlrpc", "/", GET_ALL_RECORDS, "text/xml")]
    for name, path, body, content_type in kinds:
        times = []
        for _ in range(args.fetches):
            small.busy.set()
            took, size = big_fetch(server, session, path, body, content_type)
            small.busy.clear()
            times.append(took)
            time.sleep(0.3)
        line(f"{name}.seconds", statistics.median(times), "s")
        line(f"{name}.size", size / 1e6, "MB")
    json_body = ('{"jsonrpc": "2.0", "method": "event.from", "params": ["{session}", ["*"], "", 30.0], "id": 1}'
                 .replace("{", "{{").replace("}", "}}").replace("{{session}}", "{session}"))
    times = []
    for _ in range(args.fetches):
        small.busy.set()
        took, size = big_fetch(server, session, "/jsonrpc", json_body, "application/json")
        small.busy.clear()
        times.append(took)
        time.sleep(0.3)
    line("event_from.jsonrpc.seconds", statistics.median(times), "s")
    line("event_from.jsonrpc.size", size / 1e6, "MB")
    small.stop.set()
    small.join(HTTP_TIMEOUT)
    if not small.loaded or not small.idle:
        raise BenchError("the small client made no call while a big reply was fetched")
    line("idle.calls", len(small.idle))
    line("idle.p99", percentile(small.idle, 0.99) * 1000, "ms")
    line("idle.max", max(small.idle) * 1000, "ms")
    line("stall.calls", len(small.loaded))
    line("stall.p99", percentile(small.loaded, 0.99) * 1000, "ms")
    line("stall.max", max(small.loaded) * 1000, "ms")


def throughput(client: httpx.Client, session: str, vm: str, seconds: float) -> float:
    calls = 0
    deadline = time.perf_counter() + seconds
    started = time.perf_counter()
    while time.perf_counter() < deadline:
        jsonrpc(client, "VM.get_record", [session, vm])
        jsonrpc(client, "VM.set_name_description", [session, vm, f"bench {calls}"])
        calls += 2
    return calls / (time.perf_counter() - started)


def measure_rbac(args: argparse.Namespace, servers: list[Server]) -> None:
    server = start("demo", "demo", servers)
    root = new_client(server.url, HTTP_TIMEOUT)
    admin = new_client(server.url, HTTP_TIMEOUT)
    root_session = login(root, server)
    admin_session = str(jsonrpc(admin, "session.login_with_password",
                                ["pool-admin", server.password, "1.0", "bench"]))
    records = jsonrpc(root, "VM.get_all_records", [root_session])
    vm = next(ref for ref, r in sorted(records.items()) if not r["is_a_template"] and not r["is_control_domain"])
    throughput(root, root_session, vm, 0.5)  # warm-up
    unchecked, checked = [], []
    for _ in range(args.rounds):
        unchecked.append(throughput(root, root_session, vm, args.duration))
        checked.append(throughput(admin, admin_session, vm, args.duration))
    line("rbac.off.rate", statistics.median(unchecked), "calls/s")
    line("rbac.on.rate", statistics.median(checked), "calls/s")
    line("rbac.ratio", statistics.median(checked) / statistics.median(unchecked))


def bench(args: argparse.Namespace, servers: list[Server]) -> int:
    measure_stall(args, servers)
    for server in servers:
        server.stop()
    servers.clear()
    measure_rbac(args, servers)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    return run("loop_stall", bench, parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())

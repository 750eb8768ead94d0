"""RPC throughput and event latency of the XenAPI simulator, against a trivial endpoint on the same stack.

Starts `python -m backend_sim` and `bench/trivial_server.py` (a fixed-body ASGI app served by the
simulator's own `serve()`), then measures over keep-alive HTTP with httpx:

* calls/s and mean/p50/p99 latency of sequential `VM.get_record` calls over JSON-RPC v2 and
  XML-RPC on one connection, and of sequential POSTs to the trivial endpoint; the ratio
  XenAPI calls/s ÷ trivial calls/s is the share of the bare server stack's speed the XenAPI
  layer keeps;
* the same with `--connections` concurrent connections (one client thread each);
* the latency from a change (`VM.set_name_description`) to a blocked `event.from` returning it.

Output: one `name: value unit` line per figure, then a summary block. Run from anywhere:
`python bench/rpc_throughput.py [--duration 3] [--scenario demo]`. Exits 1 if a server does not start.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from measure import percentile
from simproc import REPO, BenchError, Server, jsonrpc, line, login, new_client, run, start_server

TRIVIAL_SERVER = Path(__file__).resolve().parent / "trivial_server.py"
START_TIMEOUT = 20.0
WARMUP = 0.5
HTTP_TIMEOUT = 10.0
# backend_sim.xapi.XapiConfig.event_batch_delay; read from the source tree when it imports.
DEFAULT_COALESCE_WINDOW = 0.05
# How long the watcher's event.from is given to reach the server and block before the change.
EVENT_SETTLE = 0.1
EVENT_TIMEOUT = 30.0
XML_SUCCESS = b"<name>Status</name><value>Success</value>"
# A keep-alive round trip to the bare stack on loopback takes well under 1 ms; tens of ms means a stall.
STALL_MS = 20.0


# ---------------------------------------------------------------------------------------------
# Clients


def pick_vm(client: httpx.Client, session: str) -> tuple[str, str]:
    """A guest VM (not a template or dom0) if there is one, else any VM: (ref, name_label)."""
    records: dict[str, dict[str, Any]] = jsonrpc(client, "VM.get_all_records", [session])
    if not records:
        raise BenchError("the scenario has no VM to read")
    guests = [ref for ref, rec in records.items() if not rec.get("is_a_template") and not rec.get("is_control_domain")]
    # By name, not by ref: refs are random, names make runs comparable.
    ref = min(guests or records, key=lambda r: (str(records[r].get("name_label", "")), r))
    return ref, str(records[ref].get("name_label", ""))


def xmlrpc_body(method: str, *strings: str) -> bytes:
    params = "".join(f"<param><value><string>{s}</string></value></param>" for s in strings)
    return (f"<?xml version='1.0'?><methodCall><methodName>{method}</methodName>"
            f"<params>{params}</params></methodCall>").encode()


Call = Callable[[httpx.Client], None]


def jsonrpc_get_record(session: str, vm: str) -> Call:
    body = json.dumps({"jsonrpc": "2.0", "method": "VM.get_record", "params": [session, vm], "id": 1}).encode()
    headers = {"content-type": "application/json"}

    def call(client: httpx.Client) -> None:
        response = client.post("/jsonrpc", content=body, headers=headers)
        # The reply is not decoded in the loop: the status and the head of the body are enough.
        if response.status_code != 200 or b'"result"' not in response.content[:40]:
            raise BenchError(f"JSON-RPC VM.get_record: HTTP {response.status_code}: {response.text[:200]}")

    return call


def xmlrpc_get_record(session: str, vm: str) -> Call:
    body = xmlrpc_body("VM.get_record", session, vm)
    headers = {"content-type": "text/xml"}

    def call(client: httpx.Client) -> None:
        response = client.post("/", content=body, headers=headers)
        if response.status_code != 200 or XML_SUCCESS not in response.content[:200]:
            raise BenchError(f"XML-RPC VM.get_record: HTTP {response.status_code}: {response.text[:200]}")

    return call


def trivial_post(expected: bytes) -> Call:
    body = json.dumps({"jsonrpc": "2.0", "method": "noop", "params": [], "id": 1}).encode()
    headers = {"content-type": "application/json"}

    def call(client: httpx.Client) -> None:
        response = client.post("/jsonrpc", content=body, headers=headers)
        if response.status_code != 200 or response.content != expected:
            raise BenchError(f"trivial endpoint: HTTP {response.status_code}: {response.text[:200]}")

    return call


# ---------------------------------------------------------------------------------------------
# Measurements


@dataclass
class Result:
    name: str
    connections: int
    calls: int
    elapsed: float
    latencies: list[float] = field(repr=False)

    @property
    def rate(self) -> float:
        return self.calls / self.elapsed if self.elapsed > 0 else 0.0


def run_loop(client: httpx.Client, call: Call, start: float, stop: float, latencies: list[float]) -> float:
    """Call until `start` (warm-up, not counted), then time each call begun before `stop`.

    Returns when the last counted call ended.
    """
    while time.perf_counter() < start:
        call(client)
    ended = start
    while ended < stop:
        began = time.perf_counter()
        call(client)
        ended = time.perf_counter()
        latencies.append(ended - began)
    return ended


def measure(name: str, url: str, call: Call, duration: float, connections: int) -> Result:
    """`connections` client threads, each with its own keep-alive connection, calling back to back."""
    clients = [new_client(url, HTTP_TIMEOUT) for _ in range(connections)]
    try:
        for client in clients:
            call(client)  # open the connection and check the reply before the clock starts
        begin = time.perf_counter() + 0.05
        start, stop = begin + WARMUP, begin + WARMUP + duration
        latencies: list[list[float]] = [[] for _ in clients]
        ends = [stop] * connections
        errors: list[BaseException] = []

        def worker(i: int) -> None:
            try:
                ends[i] = run_loop(clients[i], call, start, stop, latencies[i])
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(connections)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=WARMUP + duration + 2 * HTTP_TIMEOUT)
        if errors:
            raise BenchError(f"{name}: {errors[0]}")
        if any(thread.is_alive() for thread in threads):
            raise BenchError(f"{name}: a client thread did not finish")
        # The last call begun before `stop` ends after it: the span runs to the last end.
        all_latencies = [x for lat in latencies for x in lat]
        return Result(name, connections, len(all_latencies), max(ends) - start, all_latencies)
    finally:
        for client in clients:
            client.close()


@dataclass
class EventResult:
    latencies: list[float]
    change_rtts: list[float]
    window: float
    missed: int


def coalesce_window() -> float:
    """The simulator's event batching delay, from its source tree (50 ms, as in xapi)."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    try:
        from backend_sim.xapi import XapiConfig

        return float(XapiConfig().event_batch_delay)
    except Exception:
        return DEFAULT_COALESCE_WINDOW


def measure_events(server: Server, vm: str, samples: int) -> EventResult:
    """One session blocks in event.from(["vm"], token, 30) while another changes the VM."""
    watcher, changer = new_client(server.url, HTTP_TIMEOUT), new_client(server.url, HTTP_TIMEOUT)
    try:
        watch_session, change_session = login(watcher, server), login(changer, server)
        token = str(jsonrpc(watcher, "event.from", [watch_session, ["vm"], "", 0.0])["token"])
        latencies: list[float] = []
        rtts: list[float] = []
        missed = 0
        for i in range(samples):
            marker = f"bench {os.getpid()} {i} {time.time_ns()}"
            arrived: list[float] = []
            failure: list[BaseException] = []

            def watch(marker: str = marker, arrived: list[float] = arrived,
                      failure: list[BaseException] = failure) -> None:
                nonlocal token
                try:
                    while True:
                        batch = jsonrpc(watcher, "event.from", [watch_session, ["vm"], token, EVENT_TIMEOUT])
                        now = time.perf_counter()
                        token = str(batch["token"])
                        if any(ev.get("ref") == vm and (ev.get("snapshot") or {}).get("name_description") == marker
                               for ev in batch["events"]):
                            arrived.append(now)
                            return
                        if not batch["events"]:
                            return  # timed out without our change
                except BaseException as exc:
                    failure.append(exc)

            thread = threading.Thread(target=watch, name="event-watcher", daemon=True)
            thread.start()
            time.sleep(EVENT_SETTLE)
            sent = time.perf_counter()
            jsonrpc(changer, "VM.set_name_description", [change_session, vm, marker])
            rtts.append(time.perf_counter() - sent)
            thread.join(timeout=EVENT_TIMEOUT + HTTP_TIMEOUT)
            if failure:
                raise BenchError(f"event.from: {failure[0]}")
            if thread.is_alive():
                raise BenchError("event.from did not return")
            if arrived:
                latencies.append(arrived[0] - sent)
            else:
                missed += 1
        return EventResult(latencies, rtts, coalesce_window(), missed)
    finally:
        watcher.close()
        changer.close()


# ---------------------------------------------------------------------------------------------
# Report


def report(key: str, result: Result) -> None:
    ms = [x * 1000 for x in result.latencies]
    line(f"{key}.calls", result.calls, "calls")
    line(f"{key}.rate", result.rate, "calls/s")
    line(f"{key}.latency_mean", f"{statistics.fmean(ms):.3f}" if ms else "nan", "ms")
    line(f"{key}.latency_p50", f"{percentile(ms, 50):.3f}", "ms")
    line(f"{key}.latency_p99", f"{percentile(ms, 99):.3f}", "ms")


def report_events(events: EventResult) -> None:
    ms = [x * 1000 for x in events.latencies]
    window = events.window * 1000
    line("event.samples", len(ms), "samples")
    line("event.missed", events.missed, "samples")
    line("event.coalesce_window", f"{window:.1f}", "ms")
    if ms:
        for label, value in (("min", min(ms)), ("median", statistics.median(ms)), ("p95", percentile(ms, 95)),
                             ("max", max(ms))):
            line(f"event.latency_{label}", f"{value:.2f}", "ms")
        line("event.latency_median_beyond_window", f"{statistics.median(ms) - window:.2f}", "ms")
    line("event.change_rpc_median", f"{statistics.median(events.change_rtts) * 1000:.3f}", "ms")


def summary(results: dict[str, Result], events: EventResult | None, vm_name: str, scenario: str) -> None:
    print("\n=== summary ===")
    print(f"scenario {scenario!r}, VM.get_record on {vm_name!r}; keep-alive httpx clients, back-to-back calls")
    for conns in sorted({r.connections for r in results.values()}):
        trivial = next((r for r in results.values() if r.connections == conns and r.name == "trivial"), None)
        print(f"{conns} connection{'s' if conns > 1 else ''}:")
        for r in (r for r in results.values() if r.connections == conns):
            shown = trivial is not None and r is not trivial and trivial.rate > 0
            ratio = f"  = {r.rate / trivial.rate:.2f} x trivial" if trivial is not None and shown else ""
            print(f"  {r.name:<26} {r.rate:9.0f} calls/s  p50 {percentile(r.latencies, 50) * 1000:6.3f} ms"
                  f"  p99 {percentile(r.latencies, 99) * 1000:6.3f} ms{ratio}")
    bare = results.get("trivial.c1")
    if bare is not None and percentile(bare.latencies, 50) * 1000 >= STALL_MS:
        print(f"  note: a bare-stack round trip takes {percentile(bare.latencies, 50) * 1000:.0f} ms; ~40 ms is the "
              "TCP delayed-ACK vs Nagle stall (the server's connections lack TCP_NODELAY), which hides the "
              "XenAPI layer's own cost: see bench/README.md")
    if events and events.latencies:
        ms = [x * 1000 for x in events.latencies]
        window = events.window * 1000
        print(f"change -> blocked event.from returns ({len(ms)} samples): min {min(ms):.1f} ms, "
              f"median {statistics.median(ms):.1f} ms, p95 {percentile(ms, 95):.1f} ms")
        print(f"  of which {window:.0f} ms is the deliberate event coalescing window (xapi batches for 50 ms too); "
              f"median beyond it {statistics.median(ms) - window:.1f} ms")


# ---------------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--duration", type=float, default=3.0,
                        help="seconds measured per throughput figure, after a 0.5 s warm-up (default 3)")
    parser.add_argument("--scenario", default="demo", help="simulator scenario (default demo)")
    parser.add_argument("--connections", type=int, default=4,
                        help="concurrent connections for the second set of figures; 0 or 1 skips it (default 4)")
    parser.add_argument("--event-samples", type=int, default=30, help="event latency samples (default 30)")
    args = parser.parse_args(argv)
    if args.duration <= 0:
        parser.error("--duration must be positive")
    if args.connections < 0 or args.event_samples < 0:
        parser.error("--connections and --event-samples must not be negative")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    return run("rpc_throughput", bench, parse_args(argv))


def bench(args: argparse.Namespace, servers: list[Server]) -> int:
    sim = start_server("xapi-sim", [sys.executable, "-m", "backend_sim", "--port", "0", "--scenario",
                                    args.scenario, "--auth-failure-delay", "0"], servers, timeout=START_TIMEOUT)
    trivial = start_server("trivial server", [sys.executable, str(TRIVIAL_SERVER), "--port", "0"], servers,
                           timeout=START_TIMEOUT)
    line("server.xapi_sim", f"{sim.url} pool={sim.pool!r} scenario={args.scenario}")
    line("server.trivial", trivial.url)

    with new_client(sim.url, HTTP_TIMEOUT) as setup:
        session = login(setup, sim)
        vm, vm_name = pick_vm(setup, session)
        full = jsonrpc(setup, "VM.get_record", [session, vm])
    line("vm", f"{vm} name_label={vm_name!r}")
    line("vm.record_size_json", len(json.dumps(full, separators=(",", ":"))), "bytes")

    if str(TRIVIAL_SERVER.parent) not in sys.path:
        sys.path.insert(0, str(TRIVIAL_SERVER.parent))
    from trivial_server import BODY

    cases: list[tuple[str, str, str, Call]] = [
        ("jsonrpc", "JSON-RPC VM.get_record", sim.url, jsonrpc_get_record(session, vm)),
        ("xmlrpc", "XML-RPC VM.get_record", sim.url, xmlrpc_get_record(session, vm)),
        ("trivial", "trivial", trivial.url, trivial_post(BODY)),
    ]
    results: dict[str, Result] = {}
    for conns in [1] + ([args.connections] if args.connections > 1 else []):
        for key, name, url, call in cases:
            result = measure(name, url, call, args.duration, conns)
            results[f"{key}.c{conns}"] = result
            report(f"{key}.c{conns}", result)
        base = results[f"trivial.c{conns}"].rate
        for key in ("jsonrpc", "xmlrpc"):
            line(f"ratio.{key}.c{conns}", f"{results[f'{key}.c{conns}'].rate / base:.3f}" if base else "nan",
                 "x trivial")

    events = None
    if args.event_samples:
        events = measure_events(sim, vm, args.event_samples)
        report_events(events)
    summary(results, events, vm_name, args.scenario)
    for server in servers:
        if server.proc.poll() is not None:
            raise BenchError(f"{server.name} exited during the run\n{server.stderr_tail()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

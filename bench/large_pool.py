"""Build time, first `event.from` and memory of the simulator's generated `large:HOSTSxVMS` pool.

Measures, for `large:64x3000` by default:

* in this process: `scenarios.build()`, `Xapi(...)` and `await xapi.start()` (which brings the
  running VMs up), each timed, with the RSS they add (and, with `--tracemalloc`, the tracemalloc peak);
* `python -m backend_sim --scenario large:...` as a subprocess: the time from launch to its ready
  line and its resident memory (VmRSS, and the VmHWM peak, from /proc) at that point, against an
  `empty` scenario server as the baseline;
* the first `event.from(["*"], "", 30)` on a fresh server, over JSON-RPC and over XML-RPC (one
  server each, so that both are a first call): wall time, time to the response headers, response
  size, event count, the server's peak and resident memory for the call; then the same call again
  (warm).

Output: one `name: value unit` line per figure (the median over `--repeat` runs), then a summary
block. Run from anywhere: `python bench/large_pool.py [--spec 64x3000] [--repeat 1]`. Exits 1 if a
server does not start.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import importlib
import json
import os
import re
import statistics
import sys
import time
import tracemalloc
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx
from simproc import REPO, BenchError, Server, line, login, new_client, run, start_server

START_TIMEOUT = 30.0
# A single read may wait this long: the XML-RPC reply to the first event.from is tens of MB.
HTTP_TIMEOUT = 60.0
# After start(), the simulator's background work (guest agents coming up) is let finish this long.
SETTLE_TIMEOUT = 5.0
SEED = 1  # the CLI's default --seed: the in-process pool is the one the server builds
MIB = 1024 * 1024
XML_SUCCESS = b"<name>Status</name><value>Success</value>"
# Every event struct has exactly one `operation` member; no XenAPI record has a field of that name.
XML_EVENT_MARK = b"<member><name>operation</name>"
TRANSPORTS = ("jsonrpc", "xmlrpc")
# The build is single-threaded and CPU-bound: wall time this far above CPU time means contention.
BUSY_RATIO = 1.25


# ---------------------------------------------------------------------------------------------
# Memory (Linux /proc; the figures are left out elsewhere)


def proc_memory(pid: int | str = "self") -> tuple[int, int] | None:
    """(VmRSS, VmHWM) of a process in bytes, or None if /proc does not have them."""
    values: dict[str, int] = {}
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for row in status:
                key, _, rest = row.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    values[key] = int(rest.split()[0]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    if len(values) != 2:
        return None
    return values["VmRSS"], values["VmHWM"]


def proc_cpu(pid: int) -> float | None:
    """CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat; None if unavailable."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rpartition(")")[2].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def reset_peak(pid: int | str = "self") -> bool:
    """Set VmHWM back to the current RSS (Linux >= 4.0), so the next peak is the next step's own."""
    try:
        with open(f"/proc/{pid}/clear_refs", "w", encoding="ascii") as clear_refs:
            clear_refs.write("5")
        return True
    except OSError:
        return False


# ---------------------------------------------------------------------------------------------
# In-process build


@dataclass
class BuildRun:
    scenario: float
    init: float
    start: float
    settle: float
    cpu: float  # process CPU seconds of scenario + init + start
    rss_growth: int | None = None  # bytes, after build + start, over the RSS before
    peak_growth: int | None = None  # bytes, VmHWM during build + start over the RSS before
    objects: dict[str, int] = field(default_factory=dict)  # rows per class, after settling
    expected_events: int = 0  # rows event.from(["*"], "") reports
    running_vms: int = 0

    @property
    def total(self) -> float:
        return self.scenario + self.init + self.start


def import_simulator() -> float:
    """Import what the build runs (so the timings below leave imports out); returns the seconds taken."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    began = time.perf_counter()
    # Xapi.start() imports model.domains lazily; bring it in now too.
    for module in ("backend_sim.scenarios", "backend_sim.clock", "backend_sim.xapi", "backend_sim.model.domains",
                   "backend_sim.store.store"):
        importlib.import_module(module)
    return time.perf_counter() - began


async def start_and_settle(xapi: Any) -> tuple[float, float, float]:
    """Seconds of `xapi.start()`, seconds until the other tasks are done, process CPU time at the end of start()."""
    began = time.perf_counter()
    await xapi.start()
    started = time.perf_counter()
    cpu_started = time.process_time()
    me = asyncio.current_task()
    deadline = started + SETTLE_TIMEOUT
    while any(task is not me and not task.done() for task in asyncio.all_tasks()) and time.perf_counter() < deadline:
        await asyncio.sleep(0.005)
    return started - began, time.perf_counter() - started, cpu_started


def build_once(spec: str, *, measure_memory: bool) -> BuildRun:
    from backend_sim import scenarios
    from backend_sim.clock import SimClock
    from backend_sim.store.store import SILENT_CLASSES
    from backend_sim.xapi import Xapi, XapiConfig

    gc.collect()
    before = proc_memory() if measure_memory else None
    peak_reset = measure_memory and reset_peak()
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    stores = scenarios.build(f"large:{spec}", seed=SEED, now=time.time())
    t1 = time.perf_counter()
    xapi = Xapi(stores[0], SimClock(), XapiConfig())
    t2 = time.perf_counter()
    start, settle, cpu_started = asyncio.run(start_and_settle(xapi))
    run = BuildRun(scenario=t1 - t0, init=t2 - t1, start=start, settle=settle, cpu=cpu_started - cpu0)
    after = proc_memory() if measure_memory else None
    if before is not None and after is not None:
        run.rss_growth = after[0] - before[0]
        if peak_reset:
            run.peak_growth = after[1] - before[0]
    store = xapi.store
    run.objects = {cls: len(rows) for cls, rows in store.tables.items() if rows}
    run.expected_events = sum(n for cls, n in run.objects.items() if cls not in SILENT_CLASSES)
    run.running_vms = sum(1 for record in store.table("VM").values()
                          if record.get("power_state") == "Running" and not record.get("is_control_domain"))
    del stores, xapi, store
    gc.collect()
    return run


def traced_build(spec: str) -> tuple[int, int, float]:
    """(tracemalloc peak, traced at the end, seconds) of one build + start under tracemalloc."""
    from backend_sim import scenarios
    from backend_sim.clock import SimClock
    from backend_sim.xapi import Xapi, XapiConfig

    gc.collect()
    tracemalloc.start()
    try:
        began = time.perf_counter()
        stores = scenarios.build(f"large:{spec}", seed=SEED, now=time.time())
        xapi = Xapi(stores[0], SimClock(), XapiConfig())
        asyncio.run(start_and_settle(xapi))
        elapsed = time.perf_counter() - began
        current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del stores, xapi
    gc.collect()
    return peak, current, elapsed


# ---------------------------------------------------------------------------------------------
# Subprocesses


def start_simulator(name: str, scenario: str, servers: list[Server]) -> Server:
    """Launch the simulator on `scenario` and wait for its ready line; added to `servers` before waiting."""
    argv = [sys.executable, "-m", "backend_sim", "--port", "0", "--scenario", scenario, "--seed", str(SEED),
            "--auth-failure-delay", "0"]
    return start_server(name, argv, servers, timeout=START_TIMEOUT)


# ---------------------------------------------------------------------------------------------
# Clients


def event_from_request(transport: str, session: str) -> tuple[str, bytes, dict[str, str]]:
    """(path, body, headers) of `event.from(["*"], "", 30)`."""
    if transport == "jsonrpc":
        body = json.dumps({"jsonrpc": "2.0", "method": "event.from", "params": [session, ["*"], "", 30.0],
                           "id": 1}).encode()
        return "/jsonrpc", body, {"content-type": "application/json"}
    body = ("<?xml version='1.0'?><methodCall><methodName>event.from</methodName><params>"
            f"<param><value><string>{session}</string></value></param>"
            "<param><value><array><data><value><string>*</string></value></data></array></value></param>"
            "<param><value><string></string></value></param>"
            "<param><value><double>30.0</double></value></param>"
            "</params></methodCall>").encode()
    return "/", body, {"content-type": "text/xml"}


@dataclass
class EventCall:
    seconds: float  # request sent -> body read
    headers: float  # request sent -> response headers: the server builds the whole body first
    size: int  # response body, bytes
    events: int | None = None
    decode: float | None = None  # client-side json.loads (JSON-RPC only)
    server_cpu: float | None = None  # CPU seconds the server used for the call
    peak: int | None = None  # server VmHWM during the call (bytes), if the peak could be reset
    rss_after: int | None = None


def event_from(client: httpx.Client, server: Server, session: str, transport: str, *, count: bool) -> EventCall:
    path, body, headers = event_from_request(transport, session)
    peak_reset = reset_peak(server.proc.pid)
    request = client.build_request("POST", path, content=body, headers=headers)
    cpu_before = proc_cpu(server.proc.pid)
    sent = time.perf_counter()
    response = client.send(request, stream=True)
    got_headers = time.perf_counter()
    try:
        content = response.read()
    finally:
        response.close()
    done = time.perf_counter()
    cpu_after = proc_cpu(server.proc.pid)
    memory = proc_memory(server.proc.pid)
    if response.status_code != 200:
        raise BenchError(f"{transport} event.from: HTTP {response.status_code}: {content[:200]!r}")
    call = EventCall(done - sent, got_headers - sent, len(content))
    if cpu_before is not None and cpu_after is not None:
        call.server_cpu = cpu_after - cpu_before
    if memory is not None:
        call.rss_after = memory[0]
        call.peak = memory[1] if peak_reset else None
    if transport == "jsonrpc":
        if count:
            began = time.perf_counter()
            reply = json.loads(content)
            call.decode = time.perf_counter() - began
            if "error" in reply:
                raise BenchError(f"JSON-RPC event.from failed: {reply['error']}")
            call.events = len(reply["result"]["events"])
        elif b'"result"' not in content[:40]:
            raise BenchError(f"JSON-RPC event.from failed: {content[:200]!r}")
    else:
        if XML_SUCCESS not in content[:200]:
            raise BenchError(f"XML-RPC event.from failed: {content[:300]!r}")
        if count:
            call.events = content.count(XML_EVENT_MARK)
    return call


@dataclass
class ServerRun:
    transport: str  # the transport of this server's first event.from
    ready: float
    ready_cpu: float | None
    rss_ready: int | None
    hwm_ready: int | None
    first: EventCall
    warm: EventCall


def serve_and_call(spec: str, transport: str, servers: list[Server]) -> ServerRun:
    server = start_simulator(f"xapi-sim large:{spec} ({transport})", f"large:{spec}", servers)
    ready_cpu = proc_cpu(server.proc.pid)  # CPU seconds the server used until its ready line
    memory = proc_memory(server.proc.pid)
    try:
        with new_client(server.url, HTTP_TIMEOUT) as client:
            session = login(client, server)
            first = event_from(client, server, session, transport, count=True)
            warm = event_from(client, server, session, transport, count=False)
        if server.proc.poll() is not None:
            raise BenchError(f"{server.name} exited during the run\n{server.stderr_tail()}")
    except httpx.HTTPError as exc:
        raise BenchError(f"{server.name}: {type(exc).__name__}: {exc}\n{server.stderr_tail()}") from None
    finally:
        server.stop()
        servers.remove(server)
    rss, hwm = memory if memory is not None else (None, None)
    return ServerRun(transport, server.ready_after, ready_cpu, rss, hwm, first, warm)


# ---------------------------------------------------------------------------------------------
# Report


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def spread(values: Sequence[float], scale: float = 1.0, digits: int = 2) -> str:
    """'median' or 'median (min-max over n runs)', values scaled."""
    shown = f"{median(values) * scale:.{digits}f}"
    if len(values) > 1:
        shown += f" ({min(values) * scale:.{digits}f}-{max(values) * scale:.{digits}f} over {len(values)} runs)"
    return shown


def ms(seconds: Sequence[float]) -> str:
    return f"{median(seconds) * 1000:.1f}"


def mib(values: Sequence[int | None]) -> str | None:
    known = [v for v in values if v is not None]
    return f"{median(known) / MIB:.1f}" if known else None


def line_mib(name: str, values: Sequence[int | None]) -> None:
    shown = mib(values)
    if shown is not None:
        line(name, shown, "MiB")


def report_builds(runs: list[BuildRun]) -> None:
    line("inproc.scenario_build", ms([r.scenario for r in runs]), "ms")
    line("inproc.xapi_init", ms([r.init for r in runs]), "ms")
    line("inproc.xapi_start", ms([r.start for r in runs]), "ms")
    line("inproc.total", ms([r.total for r in runs]), "ms")
    line("inproc.total_cpu", ms([r.cpu for r in runs]), "ms")
    line("inproc.settle", ms([r.settle for r in runs]), "ms")
    # Memory from the first run only: later runs reuse the memory the first one freed.
    if runs[0].rss_growth is not None:
        line("inproc.rss_growth", f"{runs[0].rss_growth / MIB:.1f}", "MiB")
    if runs[0].peak_growth is not None:
        line("inproc.rss_peak_growth", f"{runs[0].peak_growth / MIB:.1f}", "MiB")


def report_server_runs(runs: list[ServerRun]) -> None:
    line("server.ready", ms([r.ready for r in runs]), "ms")
    cpus = [r.ready_cpu for r in runs if r.ready_cpu is not None]
    if cpus:
        line("server.ready_cpu", ms(cpus), "ms")
    line_mib("server.rss_ready", [r.rss_ready for r in runs])
    line_mib("server.hwm_ready", [r.hwm_ready for r in runs])
    for transport in TRANSPORTS:
        mine = [r for r in runs if r.transport == transport]
        if not mine:
            continue
        key = f"event_from.{transport}"
        firsts = [r.first for r in mine]
        line(f"{key}.first", ms([c.seconds for c in firsts]), "ms")
        line(f"{key}.first_headers", ms([c.headers for c in firsts]), "ms")
        cpus = [c.server_cpu for c in firsts if c.server_cpu is not None]
        if cpus:
            line(f"{key}.first_server_cpu", ms(cpus), "ms")
        line(f"{key}.bytes", int(median([c.size for c in firsts])), "bytes")
        counts = [c.events for c in firsts if c.events is not None]
        if counts:
            line(f"{key}.events", int(median(counts)), "events")
        decodes = [c.decode for c in firsts if c.decode is not None]
        if decodes:
            line(f"{key}.client_decode", ms(decodes), "ms")
        line_mib(f"{key}.first_server_peak", [c.peak for c in firsts])
        line_mib(f"{key}.first_server_rss_after", [c.rss_after for c in firsts])
        warms = [r.warm for r in mine]
        line(f"{key}.warm", ms([c.seconds for c in warms]), "ms")
        line_mib(f"{key}.warm_server_peak", [c.peak for c in warms])
        line_mib(f"{key}.warm_server_rss_after", [c.rss_after for c in warms])


def summary(spec: str, imported: float, builds: list[BuildRun], traced: tuple[int, int, float] | None,
            empty_rss: int | None, runs: list[ServerRun], elapsed: float) -> None:
    first = builds[0]
    hosts = first.objects.get("host", 0)
    vms = first.objects.get("VM", 0)
    print("\n=== summary ===")
    print(f"large:{spec}: {hosts} hosts, {vms} VM rows (templates and dom0s included), {first.running_vms} guests "
          f"running; {sum(first.objects.values())} rows, {first.expected_events} of them in an event.from")
    print(f"in-process (import {imported:.2f} s, not counted): total {spread([b.total for b in builds])} s, "
          f"CPU {spread([b.cpu for b in builds])} s")
    print(f"  scenarios.build {spread([b.scenario for b in builds])} s, Xapi() {spread([b.init for b in builds])} s, "
          f"await start() {spread([b.start for b in builds])} s; background work after start "
          f"{spread([b.settle for b in builds])} s")
    if first.rss_growth is not None:
        peak = f", peak +{first.peak_growth / MIB:.0f} MiB" if first.peak_growth is not None else ""
        print(f"  memory: +{first.rss_growth / MIB:.0f} MiB RSS{peak}")
    if median([b.total for b in builds]) > BUSY_RATIO * median([b.cpu for b in builds]):
        print("  note: wall time well above CPU time in the build: the machine was busy; compare the CPU figures")
    if traced is not None:
        print(f"  tracemalloc: peak {traced[0] / MIB:.0f} MiB, {traced[1] / MIB:.0f} MiB still allocated "
              f"(that build took {traced[2]:.1f} s under tracemalloc)")
    if runs:
        rss = mib([r.rss_ready for r in runs])
        memory = ""
        if rss is not None:
            memory = f"; RSS {rss} MiB"
            if empty_rss is not None:
                memory += (f" (empty scenario {empty_rss / MIB:.1f} MiB: the pool takes about "
                           f"{float(rss) - empty_rss / MIB:.0f} MiB)")
        cpus = [r.ready_cpu for r in runs if r.ready_cpu is not None]
        cpu = f" (server CPU {spread(cpus)} s)" if cpus else ""
        print(f"server: ready {spread([r.ready for r in runs])} s after launch{cpu}{memory}")
        for transport, label in (("jsonrpc", "JSON-RPC"), ("xmlrpc", "XML-RPC")):
            mine = [r for r in runs if r.transport == transport]
            if not mine:
                continue
            firsts = [r.first for r in mine]
            counts = [c.events for c in firsts if c.events is not None]
            cpus = [c.server_cpu for c in firsts if c.server_cpu is not None]
            cpu = f", server CPU {spread(cpus)} s" if cpus else ""
            print(f"first event.from over {label}: {spread([c.seconds for c in firsts])} s "
                  f"(headers after {spread([c.headers for c in firsts])} s{cpu}), "
                  f"{median([c.size for c in firsts]) / 1e6:.1f} MB, {int(median(counts)) if counts else '?'} events")
            peak_mib, after_mib = mib([c.peak for c in firsts]), mib([c.rss_after for c in firsts])
            if peak_mib is not None or after_mib is not None:
                print(f"  server memory: peak {peak_mib or '?'} MiB during the call, RSS {after_mib or '?'} MiB after")
            print(f"  the same call again: {spread([r.warm.seconds for r in mine])} s")
            if counts and counts[0] != first.expected_events:
                print(f"  note: {counts[0]} events, but the in-process pool has {first.expected_events} rows to report")
    print(f"bench ran for {elapsed:.1f} s")


# ---------------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--spec", default="64x3000", help="HOSTSxVMS of the large:HOSTSxVMS scenario (default 64x3000)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs of each measurement; figures are medians (default 1)")
    parser.add_argument("--tracemalloc", action="store_true",
                        help="one more in-process build under tracemalloc for its peak (about 3x slower)")
    parser.add_argument("--no-server", action="store_true",
                        help="in-process figures only (for profiling the build)")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if not re.fullmatch(r"\d+x\d+", args.spec):
        parser.error("--spec wants HOSTSxVMS, e.g. 64x3000")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    return run("large_pool", bench, parse_args(argv))


def bench(args: argparse.Namespace, servers: list[Server]) -> int:
    began = time.perf_counter()
    imported = import_simulator()
    line("inproc.import", f"{imported * 1000:.1f}", "ms")
    try:
        builds = [build_once(args.spec, measure_memory=index == 0) for index in range(args.repeat)]
    except ValueError as exc:  # scenarios.UnknownScenario: out-of-range spec
        raise BenchError(str(exc)) from None
    objects = builds[0].objects
    line("pool.hosts", objects.get("host", 0), "hosts")
    line("pool.vm_rows", objects.get("VM", 0), "rows")
    line("pool.running_guests", builds[0].running_vms, "VMs")
    line("pool.rows", sum(objects.values()), "rows")
    line("pool.event_rows", builds[0].expected_events, "rows")
    report_builds(builds)
    traced = None
    if args.tracemalloc:
        traced = traced_build(args.spec)
        line("inproc.tracemalloc_peak", f"{traced[0] / MIB:.1f}", "MiB")
        line("inproc.tracemalloc_end", f"{traced[1] / MIB:.1f}", "MiB")

    empty_rss = None
    runs: list[ServerRun] = []
    if not args.no_server:
        empty = start_simulator("xapi-sim empty", "empty", servers)
        memory = proc_memory(empty.proc.pid)
        empty_rss = memory[0] if memory else None
        line("server.empty.ready", f"{empty.ready_after * 1000:.1f}", "ms")
        line_mib("server.empty.rss_ready", [empty_rss])
        empty.stop()
        servers.remove(empty)
        for _ in range(args.repeat):
            for transport in TRANSPORTS:
                runs.append(serve_and_call(args.spec, transport, servers))
        report_server_runs(runs)
    elapsed = time.perf_counter() - began
    line("bench.elapsed", f"{elapsed:.1f}", "s")
    summary(args.spec, imported, builds, traced, empty_rss, runs, elapsed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

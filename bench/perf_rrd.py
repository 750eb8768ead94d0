"""The simulator's performance data: history generation, `/rrd_updates` replies and event-loop stalls.

Measures:

* in this process, for `demo` and `large:HOSTSxVMS` (64x3000 by default): the time to make every host's
  and running VM's RRD with its year of history (`Monitor.prepare`, wall and CPU), and the longest the
  event loop was held meanwhile (a 1 ms ticker task records the largest gap between its turns, in wall time
  and in this thread's CPU time: the CPU figure is the work's own, the wall one adds a busy machine's
  descheduling); then one five-second sample of every RRD (`Monitor.sample`), timed the same way;
* `python -m backend_sim --scenario large:...` as a subprocess: `/rrd_updates?start=-590&host=true&cf=AVERAGE
  &interval=5` for the whole pool (first: RRDs made; again: warm; then the last 5 s only), XML and JSON, each
  with its time and size, while another client (a process of its own) calls `pool.get_all` back to back over
  JSON-RPC on its own connection: its slowest call during each fetch, and during ten seconds of sampling
  afterwards, is the stall other clients see (goal: under 50 ms; compare with its slowest call while idle).

Output: one `name: value unit` line per figure. Run from anywhere: `python bench/perf_rrd.py [--spec 64x3000]`.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import resource
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

from simproc import REPO, BenchError, Server, jsonrpc, line, login, new_client, run, start_server

if str(REPO) not in sys.path:  # the simulator in process, from this checkout
    sys.path.insert(0, str(REPO))

from backend_sim import scenarios
from backend_sim.clock import SimClock
from backend_sim.perf.monitor import HOST, VM
from backend_sim.xapi import Xapi, XapiConfig

START_TIMEOUT = 60.0
HTTP_TIMEOUT = 120.0
SEED = 1


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def timed_with_stalls(work: Callable[[], Awaitable[Any]]) -> tuple[float, float, float, float]:
    """(wall s, CPU s, longest event-loop stall in ms, the CPU time of the longest-working stall in ms) of
    awaiting `work()` beside a 1 ms ticker. The CPU figure is what the work itself held the loop for; the
    wall figure adds whatever else the machine was running meanwhile."""
    longest = longest_cpu = 0.0
    running = True

    async def ticker() -> None:
        nonlocal longest, longest_cpu
        last, last_cpu = time.perf_counter(), time.thread_time()
        while running:
            await asyncio.sleep(0.001)
            now, now_cpu = time.perf_counter(), time.thread_time()
            longest = max(longest, now - last - 0.001)
            longest_cpu = max(longest_cpu, now_cpu - last_cpu)
            last, last_cpu = now, now_cpu

    tick = asyncio.get_running_loop().create_task(ticker())
    await asyncio.sleep(0.005)
    started, cpu = time.perf_counter(), cpu_seconds()
    await work()
    wall, used = time.perf_counter() - started, cpu_seconds() - cpu
    running = False
    await tick
    return wall, used, longest * 1000, longest_cpu * 1000


async def in_process(name: str, scenario: str) -> None:
    stores = scenarios.build(scenario, seed=SEED, now=time.time())
    xapi = Xapi(stores[0], SimClock(), XapiConfig())
    await xapi.start()
    await asyncio.sleep(0.2)
    state = xapi.perf.state()
    keys = [(HOST, h.uuid) for h in state.hosts] + [(VM, g.uuid) for g in state.guests]
    wall, used, stall, stall_cpu = await timed_with_stalls(lambda: xapi.perf.prepare(keys))
    line(f"{name}.history_rrds", len(keys))
    line(f"{name}.history_wall", wall * 1000, "ms")
    line(f"{name}.history_cpu", used * 1000, "ms")
    line(f"{name}.history_longest_stall", stall, "ms")
    line(f"{name}.history_longest_stall_cpu", stall_cpu, "ms")
    due = (int(xapi.clock.now() // 5) + 1) * 5
    wall, used, stall, stall_cpu = await timed_with_stalls(lambda: xapi.perf.sample(due))
    line(f"{name}.sample_wall", wall * 1000, "ms")
    line(f"{name}.sample_cpu", used * 1000, "ms")
    line(f"{name}.sample_longest_stall", stall, "ms")
    line(f"{name}.sample_longest_stall_cpu", stall_cpu, "ms")


def ping_forever(url: str, session: str, stop: Any, out: Any) -> None:
    """In a process of its own (so the fetching client's GIL never delays it): back-to-back pool.get_all."""
    calls = []
    with new_client(url, HTTP_TIMEOUT) as client:
        while not stop.is_set():
            started = time.perf_counter()
            jsonrpc(client, "pool.get_all", [session])
            ended = time.perf_counter()
            calls.append((ended, ended - started))
    out.send(calls)


class Pinger:
    """Another client: `pool.get_all` back to back on its own connection, in its own process; each call's
    end time (perf_counter is the system's monotonic clock on Linux, the same in both processes) and duration."""

    def __init__(self, server: Server, session: str) -> None:
        self.stop = multiprocessing.Event()
        self.receive, send = multiprocessing.Pipe(duplex=False)
        self.process = multiprocessing.Process(target=ping_forever, args=(server.url, session, self.stop, send),
                                               daemon=True)
        self.calls: list[tuple[float, float]] = []

    def start(self) -> None:
        self.process.start()

    def finish(self) -> None:
        self.stop.set()
        if self.receive.poll(HTTP_TIMEOUT):
            self.calls = self.receive.recv()
        self.process.join(timeout=10)

    def slowest(self, since: float, until: float) -> float:
        """The slowest call in ms that was under way at some point in [since, until]."""
        during = [took for ended, took in self.calls if ended >= since and ended - took <= until]
        return max(during, default=0.0) * 1000

    def median(self, since: float, until: float) -> float:
        during = [took for ended, took in self.calls if since <= ended <= until]
        return statistics.median(during) * 1000 if during else 0.0


def fetch(client: Any, session: str, name: str, windows: dict[str, tuple[float, float]],
          **params: str) -> dict[str, str]:
    query = {"session_id": session, "cf": "AVERAGE", "interval": "5", "host": "true", **params}
    started = time.perf_counter()
    reply = client.get("/rrd_updates", params=query, headers={"accept": "text/xml"})
    ended = time.perf_counter()
    if reply.status_code != 200:
        raise BenchError(f"/rrd_updates: HTTP {reply.status_code}: {reply.text[:200]}")
    line(f"{name}.time", (ended - started) * 1000, "ms")
    line(f"{name}.size", len(reply.content) / 1024 / 1024, "MiB")
    windows[name] = (started, ended)
    head = reply.content[:400].decode("latin-1")
    return {tag: head.split(f"<{tag}>")[1].split("<")[0] for tag in ("end", "rows", "columns")
            if f"<{tag}>" in head}


def served(args: argparse.Namespace, servers: list[Server]) -> None:
    server = start_server("simulator", [sys.executable, "-m", "backend_sim", "--port", "0", "--scenario",
                                        f"large:{args.spec}", "--auth-failure-delay", "0"], servers,
                          timeout=START_TIMEOUT)
    with new_client(server.url, HTTP_TIMEOUT) as client:
        session = login(client, server)
        pinger = Pinger(server, login(client, server))
        pinger.start()
        windows: dict[str, tuple[float, float]] = {}
        try:
            time.sleep(2.0)
            windows["served.idle"] = (time.perf_counter() - 1.0, time.perf_counter())
            meta = fetch(client, session, "served.first_10min", windows, start="-590")
            line("served.columns", int(meta.get("columns", "0")))
            line("served.rows", int(meta.get("rows", "0")))
            meta = fetch(client, session, "served.warm_10min", windows, start="-590")
            fetch(client, session, "served.json_10min", windows, start="-590", json="true")
            time.sleep(5.5)
            fetch(client, session, "served.last_5s", windows, start=str(int(meta.get("end", "0")) + 1))
            mark = time.perf_counter()
            time.sleep(10.0)
            windows["served.sampling"] = (mark, time.perf_counter())
        finally:
            pinger.finish()
        line("served.other_client_median_call", pinger.median(*windows["served.idle"]), "ms")
        for name, (since, until) in windows.items():
            line(f"{name}.other_client_slowest_call", pinger.slowest(since, until), "ms")


def bench(args: argparse.Namespace, servers: list[Server]) -> int:
    asyncio.run(in_process("demo", "demo"))
    asyncio.run(in_process("large", f"large:{args.spec}"))
    served(args, servers)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", default="64x3000", help="the large scenario, HOSTSxVMS (default 64x3000)")
    return run("perf_rrd.py", bench, parser.parse_args())


if __name__ == "__main__":
    sys.exit(main())

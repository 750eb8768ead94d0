"""The console (`xencenter`) against a large simulated pool: connect time, GUI stalls under a burst, memory.

Starts `python -m backend_sim --scenario large:64x3000 --manual-clock` and, in this process, the console's
composition root (`xencenter.app.Console`, with its MainWindow shown on Qt's offscreen platform) on a qasync
loop, then measures:

* (a) connect -> the Infrastructure tree holds a node for every guest VM, against the official SDK
  (`XenAPI.Session`, in a child process) fetching `get_all_records` of every class `system.listMethods` lists
  from the same server in the same run; the ratio of the two;
* (b) while `--shutdowns` (1,000) running VMs are shut down at once (`Async.VM.clean_shutdown` from an SDK
  session in a child process, then one step of the simulator's clock finishes every task together): the gaps
  between the ticks of a 5 ms QTimer on the GUI thread (max, p99), and the time from the last task finishing
  on the server until the tree shows every one of those VMs halted;
* (c) the console process's VmRSS before connecting, once connected and populated, and after (b).

Output: one `name: value unit` line per figure, then a summary block. Run from anywhere:
`python bench/console_large.py [--scenario large:64x3000] [--shutdowns 1000] [--profile PREFIX]`.
Exits 1 if the simulator does not start, the console does not connect, or a phase times out.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import FrameType
from typing import Any

from console_hooks import Counters, detach_panes, open_performance
from console_large_report import Figures, run_xo, summary
from measure import Profiler, Stalls, StallSampler, Ticker, rss
from simproc import REPO, BenchError, Server, line, run, start_server

# Each phase has its own limit, and the whole run --timeout (default 120 s): whichever comes first.
START_TIMEOUT = 30.0  # the large pool takes a few seconds to build
SDK_TIMEOUT = 30.0  # the SDK's whole fetch (XML-RPC, decoded in Python)
CONNECT_TIMEOUT = 30.0  # connect -> populated tree
BURST_TIMEOUT = 90.0  # helper start -> tree caught up (the Events pane alone can hold the GUI for ~30 s)
IDLE_WINDOW = 1.0  # seconds of an idle console, for the ticker's noise floor
SETTLE = 0.5  # seconds after a phase before memory is read and the next phase starts
MIB = 1024 * 1024
HALTED = "Halted"


# ---------------------------------------------------------------------------------------------
# Helpers (child processes): the official SDK, so that its XML-RPC decoding neither shares this process's
# GIL with the GUI thread nor stays in its memory.


def helper_argv(*args: str) -> list[str]:
    return [sys.executable, str(Path(__file__).with_name("console_large_sdk.py")), *args]


def run_fetch(sim: Server, timeout: float) -> dict[str, Any]:
    argv = helper_argv("fetch", sim.url, sim.user, sim.password)
    try:
        done = subprocess.run(argv, cwd=REPO, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise BenchError(f"the SDK fetch took longer than {timeout:.0f} s") from None
    if done.returncode != 0 or not done.stdout.strip():
        raise BenchError(f"the SDK fetch failed (status {done.returncode})\n{done.stderr.strip()[-2000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def start_helper(name: str, argv: list[str], servers: list[Server],
                 on_line: Callable[[dict[str, Any]], object]) -> Server:
    """A child whose JSON stdout lines go to `on_line` (from a reader thread); stopped with the servers."""
    stderr = tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace")  # noqa: SIM115
    proc = subprocess.Popen(argv, cwd=REPO, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=stderr,
                            text=True, encoding="utf-8", errors="replace")
    child = Server(name, proc, stderr)
    servers.append(child)

    def pump() -> None:
        assert proc.stdout is not None
        for text in proc.stdout:
            try:
                on_line(json.loads(text))
            except ValueError:
                on_line({"error": f"unexpected output: {text.strip()[:200]}"})
        on_line({"exited": proc.wait()})

    threading.Thread(target=pump, name=f"{name}-stdout", daemon=True).start()
    return child


# ---------------------------------------------------------------------------------------------
# Measurements in this process


class ConsoleRun:
    """The console in this process, against `sim`; every wait is bounded."""

    def __init__(self, args: argparse.Namespace, sim: Server, servers: list[Server], figures: Figures) -> None:
        self.args, self.sim, self.servers, self.figures = args, sim, servers, figures
        self.profile = Profiler(args.profile)
        self.ticker = Ticker(args.tick)
        self.sampler = StallSampler(self.ticker) if args.sample_stalls else None
        self.counters = Counters()
        self.perf_updates: list[float] = []  # when the Performance tab's fetcher brought new samples
        self.offset = time.time() - time.perf_counter()  # wall = perf + offset (helpers report wall times)

    def remaining(self) -> float:
        """Seconds left of the run's --timeout."""
        return max(0.0, self.args.deadline - time.perf_counter())

    def wall_to_perf(self, wall: float) -> float:
        return wall - self.offset

    def memory(self, name: str) -> None:
        memory = rss()
        if memory is not None:
            self.figures.rss[name] = memory[0]
            self.figures.hwm = memory[1]
            line(f"rss.{name}", memory[0] / MIB, "MiB")

    async def main(self) -> None:
        from xencenter.app import Console, Options
        from xencenter.core.asyncutil import set_exception_reporter
        from xencenter.core.gccollect import GuiThreadCollector
        from xencenter.core.servers import MemorySecretStore, MemorySettings

        errors: list[BaseException] = []
        set_exception_reporter(errors.append)
        collector = GuiThreadCollector()  # as the app's main(): cyclic collection on the GUI thread's timer
        console = Console(Options(connect=self.sim.url, user=self.sim.user, password=self.sim.password),
                          settings=MemorySettings(), secrets=MemorySecretStore())

        async def show_error(title: str, text: str, details: str = "") -> None:
            errors.append(BenchError(f"{title}: {text}"))

        console.ui.show_error = show_error  # type: ignore[method-assign]
        console.window.show()
        self.counters.hook_console(console)
        if self.args.detach_panes:
            detach_panes(console)
        self.ticker.start()
        if self.sampler is not None:
            self.sampler.start()
        try:
            await asyncio.sleep(0.3)  # let the window lay out and paint before the baseline
            self.memory("before_connect")
            await self.connect(console, errors)
            await asyncio.sleep(SETTLE)
            self.memory("connected")
            if self.args.performance_tab:
                await self.open_performance(console)
            await self.burst(console, errors)
            await asyncio.sleep(SETTLE)
            self.memory("after_shutdowns")
        finally:
            self.ticker.stop()
            if self.sampler is not None:
                self.sampler.stop()
            try:
                await asyncio.wait_for(console.shutdown(), 10)
            except TimeoutError:
                print("console_large: the console's shutdown timed out", file=sys.stderr)
            console.window.close()
            console.window.deleteLater()
            collector.stop()

    async def connect(self, console: Any, errors: list[BaseException]) -> None:
        controller = console.window.controller
        model = controller.model
        guests = list(self.figures.sdk["guests"])
        pending: set[str] = set()
        populated = asyncio.Event()
        marks: dict[str, float] = {}
        watched: list[Any] = []

        def on_state(state: Any) -> None:
            marks.setdefault(state.value, time.perf_counter())

        def on_added(connection: Any) -> None:
            connection.state_changed.connect(on_state)
            watched.append(connection)

        def check() -> None:
            if not watched:
                return
            if not pending and "first_applied" not in marks:
                key = controller.key_of(watched[0])
                if key is None or watched[0].state.value != "connected":
                    return
                pending.update(f"{key}/{ref}" for ref in guests)
            if "first_applied" not in marks and pending:
                marks["first_applied"] = time.perf_counter()
            pending.difference_update([k for k in pending if model.node_of(k) is not None])
            if not pending and not populated.is_set():
                marks["populated"] = time.perf_counter()
                populated.set()

        console.manager.added.connect(on_added)
        probe = self.counters.probed(check)
        controller.applied.connect(probe)
        start = time.perf_counter()
        with self.profile("connect"):
            task = asyncio.ensure_future(console.start())
            limit = min(CONNECT_TIMEOUT, self.remaining())
            deadline = start + limit
            while not populated.is_set():
                if errors:
                    raise BenchError(f"the console failed while connecting: {errors[0]}")
                if task.done() and not watched:
                    raise BenchError("the console did not add a connection")
                if watched and watched[0].state.value == "failed":
                    raise BenchError(f"the console could not connect: {watched[0].last_error}")
                if time.perf_counter() > deadline:
                    shown = len(guests) - len(pending) if pending else 0
                    raise BenchError(f"the tree was not populated within {limit:.0f} s "
                                     f"({shown} of {len(guests)} VM nodes)")
                try:
                    await asyncio.wait_for(populated.wait(), 0.1)
                except TimeoutError:
                    pass
            await task
        controller.applied.disconnect(probe)
        end = marks["populated"]
        connection = watched[0]
        self.connection = connection
        self.counters.hook(connection, model)
        figures = self.figures
        figures.connect = {"total": end - start, "login_and_load": marks.get("connected", end) - start,
                           "tree": end - marks.get("connected", end), "vm_nodes": float(len(guests)),
                           "cache_objects": float(len(connection.cache))}
        figures.connect_stalls = Stalls.of(self.ticker.gaps(start, end))
        if self.sampler is not None:
            self.sampler.report(start, end)
        sdk = figures.sdk["fetch"]
        line("connect.total", (end - start) * 1000, "ms")
        line("connect.login_and_load", figures.connect["login_and_load"] * 1000, "ms")
        line("connect.tree", figures.connect["tree"] * 1000, "ms")
        if self.counters.tree_rebuild:
            figures.connect["tree_rebuild_max"] = max(self.counters.tree_rebuild)
            line("connect.tree_rebuild_max", figures.connect["tree_rebuild_max"] * 1000, "ms")
        line("connect.vm_nodes", len(guests), "nodes")
        line("connect.cache_objects", len(connection.cache), "objects")
        line("connect.max_stall", figures.connect_stalls.max_ms, "ms")
        line("ratio.connect_vs_sdk", f"{(end - start) / sdk:.2f}" if sdk > 0 else "nan", "x sdk")

    async def open_performance(self, console: Any) -> None:
        self.perf_updates = await open_performance(console, self.connection, min(CONNECT_TIMEOUT, self.remaining()))

    async def burst(self, console: Any, errors: list[BaseException]) -> None:
        controller = console.window.controller
        model = controller.model
        idle_start, idle_cpu, updates = time.perf_counter(), time.process_time(), len(self.perf_updates)
        await asyncio.sleep(self.args.idle_cpu or IDLE_WINDOW)
        idle_end = time.perf_counter()
        self.figures.idle_stalls = Stalls.of(self.ticker.gaps(idle_start, idle_end))
        line("idle.max_stall", self.figures.idle_stalls.max_ms, "ms")
        line("idle.p99_stall", self.figures.idle_stalls.p99_ms, "ms")
        if self.args.idle_cpu:  # every thread of the console: the GUI thread and the RRD parser's
            self.figures.idle_cpu = (time.process_time() - idle_cpu) / (idle_end - idle_start) * 100
            line("idle.cpu", self.figures.idle_cpu, "% of one core")
            line("idle.performance_updates", len(self.perf_updates) - updates, "graph updates")

        loop = asyncio.get_running_loop()
        messages: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        key = controller.key_of(self.connection)
        pending: set[str] = set()
        caught = asyncio.Event()
        marks: dict[str, float] = {}
        before = self.counters.snapshot()
        rebuilds_before = len(self.counters.tree_rebuild)

        def halted(node_key: str) -> bool:  # what the row's PowerStateRole and IconKeyRole answer, without Qt calls
            node = model.node_of(node_key)
            return node is not None and node.power_state == HALTED and node.icon == "vm-halted"

        def check() -> None:
            if "vms" not in marks or caught.is_set():
                return
            pending.difference_update([k for k in pending if halted(k)])
            if not pending:
                marks["caught_up"] = time.perf_counter()
                caught.set()

        probe = self.counters.probed(check)
        controller.applied.connect(probe)
        launched = time.perf_counter()
        mode = "step" if not self.args.speed else "run"
        with self.profile("shutdowns"):
            start_helper("sdk-shutdown", helper_argv("shutdown", self.sim.url, self.sim.user, self.sim.password,
                                                     str(self.args.shutdowns), mode), self.servers,
                         lambda message: loop.call_soon_threadsafe(messages.put_nowait, message))
            result: dict[str, Any] = {}
            limit = min(BURST_TIMEOUT, self.remaining())
            deadline = launched + limit
            while "done" not in result or not caught.is_set():
                if errors:
                    raise BenchError(f"the console failed during the shutdowns: {errors[0]}")
                remaining = deadline - time.perf_counter()
                if remaining <= 0:
                    raise BenchError(f"the tree did not catch up within {limit:.0f} s "
                                     f"({len(pending)} of {self.args.shutdowns} VMs not shown halted; "
                                     f"helper said {sorted(result)})")
                try:
                    message = await asyncio.wait_for(messages.get(), min(remaining, 0.1))
                except TimeoutError:
                    continue
                if "error" in message:
                    raise BenchError(f"the shutdown helper: {message['error']}")
                if "exited" in message and "done" not in result:
                    raise BenchError(f"the shutdown helper exited with status {message['exited']} before the "
                                     f"tasks finished\n{self.servers[-1].stderr_tail()}")
                if "vms" in message:
                    pending.update(f"{key}/{ref}" for ref in message["vms"])
                    marks["vms"] = time.perf_counter()
                    check()
                result.update(message)
        controller.applied.disconnect(probe)
        if result.get("missing") or result.get("failures") or result.get("watch_error"):
            raise BenchError(f"shutdown tasks: {result.get('missing')} not seen finished, {result.get('failures')} "
                             f"failed, watcher errors {result.get('watch_error')}")
        after = self.counters.snapshot()
        counts = {k: after[k] - before[k] for k in after}
        counts["tree_rebuild_ms_max"] = round(max(self.counters.tree_rebuild[rebuilds_before:], default=0) * 1000)
        self.figures.counts["shutdowns"] = counts

        fire_start = self.wall_to_perf(result["fire_start"])
        fire_end = self.wall_to_perf(result["fire_end"])
        done = self.wall_to_perf(result["done"])
        caught_up = marks["caught_up"]
        burst_start = self.wall_to_perf(result.get("step_start", result["fire_start"]))
        self.figures.burst_stalls = Stalls.of(self.ticker.gaps(fire_start, caught_up))
        self.figures.step_stalls = Stalls.of(self.ticker.gaps(burst_start, caught_up))
        if self.sampler is not None:
            self.sampler.report(fire_start, caught_up)
        self.figures.burst = {"fire": fire_end - fire_start, "catch_up": caught_up - done,
                              "caught_up_after_burst_start": caught_up - burst_start,
                              "caught_up_after_fire_start": caught_up - fire_start}
        line("shutdowns.vms", self.args.shutdowns, "VMs")
        line("shutdowns.fire", (fire_end - fire_start) * 1000, "ms")
        if "step_start" in result:
            line("shutdowns.clock_step_rpc", (result["step_end"] - result["step_start"]) * 1000, "ms")
        line("shutdowns.max_stall", self.figures.burst_stalls.max_ms, "ms")
        line("shutdowns.p99_stall", self.figures.burst_stalls.p99_ms, "ms")
        line("shutdowns.stalls_over_50ms", self.figures.burst_stalls.over_50ms, "gaps")
        line("shutdowns.time_in_stalls_over_50ms", self.figures.burst_stalls.total_over_50ms * 1000, "ms")
        line("shutdowns.burst_max_stall", self.figures.step_stalls.max_ms, "ms")
        line("shutdowns.burst_p99_stall", self.figures.step_stalls.p99_ms, "ms")
        line("shutdowns.catch_up", (caught_up - done) * 1000, "ms")
        if self.args.performance_tab:
            shown = sum(fire_start <= t <= caught_up for t in self.perf_updates)
            self.figures.burst["performance_updates"] = shown
            line("shutdowns.performance_updates", shown, "graph updates")
        line("shutdowns.caught_up_after_burst_start", (caught_up - burst_start) * 1000, "ms")
        for name, value in counts.items():
            line(f"shutdowns.{name}", value, "ms" if name.endswith("_ms_total") or name.endswith("_ms_max") else "")


def run_console(args: argparse.Namespace, sim: Server, servers: list[Server], figures: Figures) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_API", "pyside6")
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    import qasync
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    def on_qt_message(kind: QtMsgType, context: object, message: str) -> None:
        if "propagateSizeHints" not in message:  # the offscreen platform's noise on every window shown
            print(f"qt: {message}", file=sys.stderr)

    qInstallMessageHandler(on_qt_message)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    # Python code runs here inside Qt's callbacks, which swallow exceptions: a signal cancels the run instead, and
    # is raised again once the loop has returned (run() then stops the servers).
    received: list[int] = []
    task = loop.create_task(ConsoleRun(args, sim, servers, figures).main())

    def on_signal(signum: int, frame: FrameType | None) -> None:
        received.append(signum)
        loop.call_soon_threadsafe(task.cancel)

    previous = {number: signal.signal(number, on_signal) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        with loop:
            try:
                loop.run_until_complete(task)
            except asyncio.CancelledError:
                if not received:
                    raise
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        asyncio.set_event_loop(None)
    if received:
        if received[0] == signal.SIGINT:
            raise KeyboardInterrupt
        raise SystemExit(128 + received[0])




def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--scenario", default="large:64x3000", help="simulator scenario (default large:64x3000)")
    parser.add_argument("--shutdowns", type=int, default=1000, help="running VMs shut down at once (default 1000)")
    parser.add_argument("--speed", type=float, default=None,
                        help="run the simulator's clock at this speed instead of stepping a manual clock once "
                             "all shutdowns are fired (the tasks then finish as they are fired)")
    parser.add_argument("--tick", type=int, default=5, help="GUI ticker interval in ms (default 5)")
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="seconds the whole run may take; each phase also has its own limit (default 120)")
    parser.add_argument("--detach-panes", action="store_true",
                        help="diagnosis: disconnect the Events and Alerts panes from the operations and the cache, "
                             "to see the stalls without their costs (the figures are then not the console's)")
    parser.add_argument("--performance-tab", action="store_true",
                        help="during the shutdowns, show the Performance tab of the server with the most running VMs "
                             "(its graphs fetched every 5 s and redrawn as the clock step brings new samples)")
    parser.add_argument("--idle-cpu", type=float, default=0.0, metavar="SECONDS",
                        help="before the shutdowns, measure the console's CPU use over this many idle seconds (with "
                             "--performance-tab and --speed 1: the tab open on an idle pool whose clock runs)")
    parser.add_argument("--sample-stalls", action="store_true",
                        help="diagnosis: sample the GUI thread's stack during stalls and print, per stall over 40 ms, "
                             "the functions it was in (on stderr; the figures are then slightly worse)")
    parser.add_argument("--profile", metavar="PREFIX",
                        help="cProfile the console during connect and shutdowns; PREFIX.<phase>.prof files and "
                             "the top functions on stderr (timings are then slower)")
    args = parser.parse_args(argv)
    if args.shutdowns < 1 or args.tick < 1 or args.timeout <= 0:
        parser.error("--shutdowns, --tick and --timeout must be positive")
    if args.idle_cpu < 0:
        parser.error("--idle-cpu must not be negative")
    if args.speed is not None and args.speed <= 0:
        parser.error("--speed must be positive")
    return args


def bench(args: argparse.Namespace, servers: list[Server]) -> int:
    began = time.perf_counter()
    args.deadline = began + args.timeout

    def remaining(limit: float) -> float:
        left = args.deadline - time.perf_counter()
        if left <= 0:
            raise BenchError(f"the run took longer than --timeout {args.timeout:.0f} s")
        return min(limit, left)

    clock = ["--speed", str(args.speed)] if args.speed else ["--manual-clock"]
    sim = start_server("xapi-sim", [sys.executable, "-m", "backend_sim", "--port", "0", "--scenario", args.scenario,
                                    "--auth-failure-delay", "0", *clock], servers, timeout=remaining(START_TIMEOUT))
    line("server.xapi_sim", f"{sim.url} pool={sim.pool!r} scenario={args.scenario} {' '.join(clock)}")
    line("server.ready", sim.ready_after * 1000, "ms")
    figures = Figures()
    figures.sdk = run_fetch(sim, remaining(SDK_TIMEOUT))
    line("sdk.login", figures.sdk["login"] * 1000, "ms")
    line("sdk.classes", figures.sdk["classes"], "classes")
    line("sdk.classes_failed", len(figures.sdk["failed"]), "classes")
    line("sdk.records", figures.sdk["records"], "records")
    line("sdk.fetch", figures.sdk["fetch"] * 1000, "ms")
    if len(figures.sdk["guests"]) == 0:
        raise BenchError("the scenario has no guest VMs")
    figures.xo = run_xo(sim, remaining(SDK_TIMEOUT))
    if figures.xo:
        line("xo.connect", figures.xo["ms"], "ms")
        line("xo.objects", figures.xo["objects"], "objects")
    run_console(args, sim, servers, figures)
    if figures.hwm:
        line("rss.peak", figures.hwm / MIB, "MiB")
    for server in servers:
        if server.name == "xapi-sim" and server.proc.poll() is not None:
            raise BenchError(f"{server.name} exited during the run\n{server.stderr_tail()}")
    elapsed = time.perf_counter() - began
    line("bench.elapsed", elapsed, "s")
    summary(args, figures, elapsed)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return run("console_large", bench, parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())

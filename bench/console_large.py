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
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

from measure import Profiler, Stalls, Ticker, rss
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


@dataclass
class Counters:
    """What the console did during a phase: cache batches, tree rebuilds and the model's row signals."""

    batches: int = 0
    changed_objects: int = 0
    operations: int = 0  # rows the Events pane gained (our operations and other clients' tasks)
    tree_rebuild: list[float] = field(default_factory=list)  # seconds per tree rebuild (spec + diff)
    probe_time: float = 0.0  # seconds the bench's own checks of the tree took (left out of tree_rebuild)

    def probed(self, check: Callable[[], None]) -> Callable[[], None]:
        """`check` timed into probe_time: the bench's checks run in the tree's `applied` signal."""
        def run() -> None:
            began = time.perf_counter()
            try:
                check()
            finally:
                self.probe_time += time.perf_counter() - began
        return run
    inserted: int = 0
    removed: int = 0
    moved: int = 0
    data_changed: int = 0
    signals: dict[str, int] = field(default_factory=dict)

    def hook_console(self, console: Any) -> None:
        """Called before connecting: the Events pane's operations and the tree controller's rebuilds."""
        def on_operation(added: list[Any]) -> None:
            self.operations += len(added)

        console.operations.added.connect(on_operation)
        throttle = console.window.controller.refresh
        rebuild = getattr(throttle, "_callback", None)  # TurnThrottle internals: left out if they change
        if callable(rebuild):
            def timed() -> None:
                began, probed = time.perf_counter(), self.probe_time
                try:
                    rebuild()
                finally:
                    self.tree_rebuild.append(time.perf_counter() - began - (self.probe_time - probed))
            throttle._callback = timed

    def hook(self, connection: Any, model: Any) -> None:
        def on_batch(delta: Any) -> None:
            self.batches += 1
            self.changed_objects += len(delta.added) + len(delta.changed) + len(delta.removed)

        def count(name: str) -> Callable[..., None]:
            def slot(*args: Any) -> None:
                self.signals[name] = self.signals.get(name, 0) + 1
                if name in ("inserted", "removed", "moved") and len(args) >= 3:
                    first, last = args[1], args[2]
                    setattr(self, name, getattr(self, name) + last - first + 1)
                elif name == "data_changed":
                    self.data_changed += 1
            return slot

        connection.cache.batch_applied.connect(on_batch)
        model.rowsInserted.connect(count("inserted"))
        model.rowsRemoved.connect(count("removed"))
        model.rowsMoved.connect(count("moved"))
        model.dataChanged.connect(count("data_changed"))

    def snapshot(self) -> dict[str, int]:
        return {"batches": self.batches, "changed_objects": self.changed_objects, "operations": self.operations,
                "tree_rebuilds": len(self.tree_rebuild), "tree_rebuild_ms_total": round(sum(self.tree_rebuild) * 1000),
                "rows_inserted": self.inserted,
                "rows_removed": self.removed, "rows_moved": self.moved, "data_changed": self.data_changed,
                "row_signals": sum(v for k, v in self.signals.items() if k != "data_changed")}


@dataclass
class Figures:
    sdk: dict[str, Any] = field(default_factory=dict)
    rss: dict[str, int] = field(default_factory=dict)
    hwm: int = 0
    connect: dict[str, float] = field(default_factory=dict)
    connect_stalls: Stalls | None = None
    idle_stalls: Stalls | None = None
    burst: dict[str, float] = field(default_factory=dict)
    burst_stalls: Stalls | None = None
    step_stalls: Stalls | None = None
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    xo: dict[str, Any] | None = None


def detach_panes(console: Any) -> None:
    """Disconnect the Events pane from the operation list and the Alerts pane from every cache (diagnosis only)."""
    events, alerts = console.window.events, console.window.alerts
    for source, slot in ((console.operations.added, events.model.add_many),
                         (console.operations.changed, events.model.changed),
                         (console.operations.removed, events.model.remove)):
        source.disconnect(slot)

    def on_added(connection: Any) -> None:
        connection.cache.batch_applied.disconnect(alerts._on_batch)
        connection.cache.reset.disconnect(alerts.refresh.request)

    console.manager.added.connect(on_added)  # after the pane's own slot, which connects its handlers


class ConsoleRun:
    """The console in this process, against `sim`; every wait is bounded."""

    def __init__(self, args: argparse.Namespace, sim: Server, servers: list[Server], figures: Figures) -> None:
        self.args, self.sim, self.servers, self.figures = args, sim, servers, figures
        self.profile = Profiler(args.profile)
        self.ticker = Ticker(args.tick)
        self.counters = Counters()
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
        from xencenter.core.servers import MemorySecretStore, MemorySettings

        errors: list[BaseException] = []
        set_exception_reporter(errors.append)
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
        try:
            await asyncio.sleep(0.3)  # let the window lay out and paint before the baseline
            self.memory("before_connect")
            await self.connect(console, errors)
            await asyncio.sleep(SETTLE)
            self.memory("connected")
            await self.burst(console, errors)
            await asyncio.sleep(SETTLE)
            self.memory("after_shutdowns")
        finally:
            self.ticker.stop()
            try:
                await asyncio.wait_for(console.shutdown(), 10)
            except TimeoutError:
                print("console_large: the console's shutdown timed out", file=sys.stderr)
            console.window.close()
            console.window.deleteLater()

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
            pending.difference_update([k for k in pending if model.index_of(k).isValid()])
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

    async def burst(self, console: Any, errors: list[BaseException]) -> None:
        controller = console.window.controller
        model = controller.model
        from xencenter.ui.models.resource_tree import IconKeyRole, PowerStateRole

        idle_start = time.perf_counter()
        await asyncio.sleep(IDLE_WINDOW)
        self.figures.idle_stalls = Stalls.of(self.ticker.gaps(idle_start, time.perf_counter()))
        line("idle.max_stall", self.figures.idle_stalls.max_ms, "ms")
        line("idle.p99_stall", self.figures.idle_stalls.p99_ms, "ms")

        loop = asyncio.get_running_loop()
        messages: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        key = controller.key_of(self.connection)
        pending: set[str] = set()
        caught = asyncio.Event()
        marks: dict[str, float] = {}
        before = self.counters.snapshot()
        rebuilds_before = len(self.counters.tree_rebuild)

        def halted(node_key: str) -> bool:
            index = model.index_of(node_key)
            return index.isValid() and index.data(PowerStateRole) == HALTED and index.data(IconKeyRole) == "vm-halted"

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


# ---------------------------------------------------------------------------------------------
# Report


XO_SCRIPT = Path(__file__).resolve().parent / "xo_connect.mjs"
XO_MODULE = Path(__file__).resolve().parents[1] / "tests/backend_sim/clients/xo/node_modules/xen-api/index.mjs"


def run_xo(sim: Server, timeout: float) -> dict[str, Any] | None:
    """Xen Orchestra's xen-api (npm) from connect() to objectsFetched against the same simulator, or None (said)
    when node or the package is missing (the XO client test installs it)."""
    node = shutil.which("node")
    if node is None or not XO_MODULE.exists():
        line("xo.connect", "skipped: needs node and tests/backend_sim/clients/xo/node_modules (run its test once)")
        return None
    proc = subprocess.run([node, str(XO_SCRIPT), sim.url, sim.user, sim.password, "json-rpc"],
                          capture_output=True, text=True, timeout=timeout, check=False)
    try:
        result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        raise BenchError(f"xo_connect.mjs printed no result (exit {proc.returncode}): {proc.stderr[-2000:]}") from None
    if not result.get("ok"):
        raise BenchError(f"xen-api failed: {result.get('error')}")
    return result


def summary(args: argparse.Namespace, f: Figures, elapsed: float) -> None:
    print("\n=== summary ===")
    sdk, c = f.sdk, f.connect
    detached = "; Events and Alerts panes DETACHED" if args.detach_panes else ""
    print(f"scenario {args.scenario!r}; the console in this process (Qt offscreen), the simulator and the SDK in "
          f"child processes; {os.cpu_count()} CPUs{detached}")
    if c and f.connect_stalls:
        print(f"(a) connect -> tree with all {int(c['vm_nodes'])} VM nodes: {c['total'] * 1000:.0f} ms "
              f"(login + full load {c['login_and_load'] * 1000:.0f} ms, then the tree {c['tree'] * 1000:.0f} ms); "
              f"longest GUI stall {f.connect_stalls.max_ms:.0f} ms")
        print(f"    SDK get_all_records of {sdk['classes']} classes ({sdk['records']} records, "
              f"{len(sdk['failed'])} failed): {sdk['fetch'] * 1000:.0f} ms  =>  console / SDK = "
              f"{c['total'] / sdk['fetch']:.2f}")
        if f.xo:
            print(f"    Xen Orchestra's xen-api (node) connect -> objectsFetched ({f.xo['objects']} objects): "
                  f"{f.xo['ms']:.0f} ms  =>  console / XO = {c['total'] * 1000 / f.xo['ms']:.2f}")
    if f.burst_stalls and f.idle_stalls and f.step_stalls:
        burst = "clock step" if args.speed is None else "first shutdown fired"
        print(f"(b) {args.shutdowns} clean shutdowns, fired in {f.burst['fire'] * 1000:.0f} ms: GUI stalls max "
              f"{f.burst_stalls.max_ms:.0f} ms, p99 {f.burst_stalls.p99_ms:.0f} ms ({f.burst_stalls.over_50ms} over "
              f"50 ms, {f.burst_stalls.total_over_50ms * 1000:.0f} ms in all; idle max {f.idle_stalls.max_ms:.1f} ms)")
        print(f"    {burst} -> tree caught up: max stall {f.step_stalls.max_ms:.0f} ms; the tree showed every VM "
              f"halted {f.burst['catch_up'] * 1000:.0f} ms after the last task finished")
        n = f.counts.get("shutdowns", {})
        print(f"    {n.get('batches', 0)} cache batches ({n.get('changed_objects', 0)} object changes); "
              f"{n.get('tree_rebuilds', 0)} tree rebuilds, {n.get('tree_rebuild_ms_total', 0)} ms in all "
              f"(longest {n.get('tree_rebuild_ms_max', 0)} ms); {n.get('row_signals', 0)} row signals "
              f"({n.get('rows_inserted', 0)} rows in, {n.get('rows_removed', 0)} out, {n.get('rows_moved', 0)} "
              f"moved), {n.get('data_changed', 0)} dataChanged; {n.get('operations', 0)} operations added (Events pane "
              f"rows{', not shown' if args.detach_panes else ''})")
    if f.rss:
        shown = ", ".join(f"{name} {value / MIB:.0f} MiB" for name, value in f.rss.items())
        grown = ""
        if "before_connect" in f.rss and "connected" in f.rss:
            grown = f" (the pool adds {(f.rss['connected'] - f.rss['before_connect']) / MIB:.0f} MiB)"
        print(f"(c) console RSS: {shown}{grown}; peak (VmHWM) {f.hwm / MIB:.0f} MiB")
    print(f"bench took {elapsed:.1f} s")


# ---------------------------------------------------------------------------------------------


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
    parser.add_argument("--profile", metavar="PREFIX",
                        help="cProfile the console during connect and shutdowns; PREFIX.<phase>.prof files and "
                             "the top functions on stderr (timings are then slower)")
    args = parser.parse_args(argv)
    if args.shutdowns < 1 or args.tick < 1 or args.timeout <= 0:
        parser.error("--shutdowns, --tick and --timeout must be positive")
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

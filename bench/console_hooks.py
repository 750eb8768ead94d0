"""What console_large.py hooks into the console: counters of what a phase did, the panes detached for a diagnosis
run, and the Performance tab of a busy server opened for the run with it."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from simproc import BenchError, line


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


async def open_performance(console: Any, connection: Any, timeout: float) -> list[float]:
    """Select the server with the most running VMs, show its Performance tab and wait for its graphs; returns the
    list the times of the graphs' later updates go to."""
    cache, window = connection.cache, console.window
    running: dict[str, int] = {}
    for _, vm in cache.items("VM"):
        if vm.get("power_state") == "Running" and not vm.get("is_control_domain"):
            running[vm.get("resident_on", "")] = running.get(vm.get("resident_on", ""), 0) + 1
    host = max((ref for ref in running if cache.get("host", ref)), key=running.__getitem__)
    began = time.perf_counter()
    if not window.navigation.select_key(f"{window.controller.key_of(connection)}/{host}"):
        raise BenchError("the busiest server is not in the tree")
    window.tabs.host.show_tab("performance")
    tab = window.tabs.host.tab("performance")
    fetcher = tab._fetcher
    if fetcher is None:
        raise BenchError("the Performance tab did not start fetching")
    updates: list[float] = []
    fetcher.updated.connect(lambda: updates.append(time.perf_counter()))

    def filled() -> bool:
        return any(len(series[0]) for graph in tab.graphs if not graph.isHidden() for spec in graph.specs()
                   if (series := graph.series(spec.id)) is not None)

    while not filled():
        if time.perf_counter() - began > timeout:
            raise BenchError(f"the Performance tab showed nothing within {timeout:.0f} s: "
                             f"{fetcher.error or 'no data'}")
        await asyncio.sleep(0.05)
    line("performance.host", f"{cache.get('host', host).get('name_label')} ({running[host]} running VMs)")
    line("performance.filled", (time.perf_counter() - began) * 1000, "ms")
    return updates

"""OperationList: every operation of every connection, ours and those of other clients, for the Events pane.

Start work with `start_task` (one Async call) or `start` (a coroutine that may run several calls through its
`OperationRunner`). Tasks that appear in a watched connection's cache and were not started here become read-only
operations; while one of our Async calls is in flight, new tasks wait to be claimed before being called foreign.

Signals:
    added(Operation), changed(Operation), removed(Operation).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from .asyncutil import spawn
from .cache import CacheDelta
from .connection import Connection
from .objects import Task
from .operation import Operation, OperationState
from .taskfollow import follow_task
from .turns import TurnThrottle
from .xenapi.errors import NotLoggedIn, XenAPIError, XenAPIFailure

log = logging.getLogger("xencenter.ops")

DESTROY_TIMEOUT = 10.0


class OperationRunner:
    """What a job may do: run Async tasks (followed, progress mapped into a span) and plain calls."""

    def __init__(self, operation: Operation, watch: _Watch | None = None,
                 settle: Callable[[], None] | None = None) -> None:
        self.operation = operation
        self._watch = watch
        self._settle = settle

    @property
    def connection(self) -> Connection:
        return self.operation.connection

    def _client(self) -> Any:
        client = self.connection.client
        if client is None:
            raise NotLoggedIn("not connected")
        return client

    async def call(self, method: str, *params: Any) -> Any:
        return await self._client().call(method, *params)

    async def run_task(self, method: str, *params: Any, span: tuple[float, float] = (0.0, 1.0)) -> Any:
        """Run `Async.<method>`, follow the task, return its result; its progress fills `span` of ours."""
        client = self._client()
        watch = self._watch
        if watch is not None:
            watch.starting += 1
        task_ref: str | None = None
        try:
            task_ref = await client.call_async(method, *params)
        finally:
            if watch is not None:
                watch.starting -= 1
                if task_ref is not None:
                    watch.own.add(task_ref)
                    watch.unclaimed.discard(task_ref)
                if self._settle is not None:
                    self._settle()
        op = self.operation
        op.task_ref = task_ref
        low, high = span
        try:
            result = await follow_task(self.connection, task_ref, lambda f: op.set_progress(low + (high - low) * f))
        except XenAPIFailure:
            self._forget(task_ref)
            raise
        self._forget(task_ref)
        return result

    def _forget(self, task_ref: str) -> None:
        """The task has ended: destroy it (as XenCenter does) in the background. Not on cancel: it may still run."""
        spawn(_destroy(self.connection, task_ref), name=f"destroy {task_ref}")

    def set_progress(self, fraction: float) -> None:
        self.operation.set_progress(fraction)

    def set_description(self, text: str) -> None:
        self.operation.set_description(text)


async def _destroy(connection: Connection, task_ref: str) -> None:
    """task.destroy a finished task of ours (xapi keeps them for an hour otherwise); errors do not matter."""
    client = connection.client
    if client is None:
        return
    try:
        await asyncio.wait_for(client.call("task.destroy", task_ref), DESTROY_TIMEOUT)
    except (XenAPIError, TimeoutError) as exc:
        log.debug("task.destroy %s: %s", task_ref, exc)


Job = Callable[[OperationRunner], Awaitable[Any]]


class _Watch:
    """Per-connection bookkeeping for telling our tasks from other clients' tasks. `mirror` and `settle` run the
    list's mirroring and settling of this connection in the turn queue, at most once per turn."""

    def __init__(self, mirror: TurnThrottle, settle: TurnThrottle) -> None:
        self.mirror, self.settle = mirror, settle
        self.starting = 0  # our Async calls whose task ref has not come back yet
        self.own: set[str] = set()
        self.unclaimed: set[str] = set()
        self.foreign: dict[str, Operation] = {}
        # Other clients' task changes not mirrored yet: ref -> its newest record (None: only its removal is queued).
        self.to_mirror: dict[str, Mapping[str, Any] | None] = {}
        self.gone: set[str] = set()  # queued refs whose task was destroyed: GONE once their last record is mirrored
        self.slots: list[tuple[Any, Any]] = []


SETTLE_CHUNK = 250  # other clients' tasks shown per turn: a thousand at once held the GUI thread for ~30 ms
MIRROR_SLICE = 0.008  # seconds per turn spent mirroring other clients' task changes (a thousand take ~100 ms)


class OperationList(QObject):
    added = Signal(list)  # new operations, oldest first: a burst of other clients' tasks arrives as one list
    changed = Signal(object)
    removed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._operations: list[Operation] = []
        self._watches: dict[Connection, _Watch] = {}

    def __iter__(self) -> Any:
        return iter(list(self._operations))

    def __len__(self) -> int:
        return len(self._operations)

    def operations(self) -> list[Operation]:
        return list(self._operations)

    # -- our own operations --------------------------------------------------------------------------------

    def start_task(self, title: str, connection: Connection, refs: Sequence[str], method: str,
                   *params: Any) -> Operation:
        """One Async call as an operation."""

        async def job(runner: OperationRunner) -> Any:
            return await runner.run_task(method, *params)

        return self.start(title, connection, refs, job)

    def start(self, title: str, connection: Connection, refs: Sequence[str], job: Job) -> Operation:
        """Run `job` as an operation; it appears at once, and its errors end up on it (never raised here)."""
        op = Operation(title, connection, refs, own=True, parent=self)
        watch = self._watches.get(connection)
        self._add(op)
        op.attach(spawn(self._run(op, job, watch), name=title))
        return op

    async def _run(self, op: Operation, job: Job, watch: _Watch | None) -> Any:
        runner = OperationRunner(op, watch, lambda: self._settle(op.connection))
        try:
            result = await job(runner)
        except asyncio.CancelledError:
            op.mark(OperationState.CANCELLED)
            raise
        except Exception as exc:
            op.fail(exc)
            return None
        op.succeed(result)
        return result

    # -- tasks of other clients ----------------------------------------------------------------------------

    def watch(self, connection: Connection) -> None:
        """Mirror tasks that other clients start on `connection` (call once per connection)."""
        if connection in self._watches:
            return
        watch = _Watch(TurnThrottle(lambda: self._mirror_pending(connection), self),
                       TurnThrottle(lambda: self._settle(connection), self))
        self._watches[connection] = watch

        def on_batch(delta: CacheDelta) -> None:
            self._on_batch(connection, delta)

        def on_reset() -> None:
            self._on_reset(connection)

        connection.cache.batch_applied.connect(on_batch)
        connection.cache.reset.connect(on_reset)
        watch.slots = [(connection.cache.batch_applied, on_batch), (connection.cache.reset, on_reset)]
        self._on_reset(connection)

    def unwatch(self, connection: Connection) -> None:
        watch = self._watches.pop(connection, None)
        if watch is None:
            return
        for signal, slot in watch.slots:
            signal.disconnect(slot)
        for op in watch.foreign.values():
            op.mark(OperationState.GONE)
        watch.mirror.deleteLater()
        watch.settle.deleteLater()

    def _on_batch(self, connection: Connection, delta: CacheDelta) -> None:
        watch = self._watches[connection]
        if not delta.touches("task"):
            return
        for cls, ref in delta.added:
            if cls == "task" and ref not in watch.own:
                watch.unclaimed.add(ref)
        for change in delta.changed:
            if change.ref in watch.foreign:
                watch.to_mirror[change.ref] = change.new
        for gone in delta.removed:
            watch.unclaimed.discard(gone.ref)
            watch.own.discard(gone.ref)
            if gone.ref in watch.foreign:  # marked GONE in its turn, after the last record queued for it
                watch.to_mirror.setdefault(gone.ref, None)
                watch.gone.add(gone.ref)
        if watch.to_mirror:
            watch.mirror.request()  # in the turn queue: not in the batch's own time
        self._settle(connection)

    def _mirror_pending(self, connection: Connection) -> None:
        """Mirror queued task changes for MIRROR_SLICE; the rest in the following turns (newer records replace
        queued ones, so a task that changed many times is mirrored once)."""
        watch = self._watches.get(connection)
        if watch is None:
            return
        batch, watch.to_mirror = watch.to_mirror, {}
        deadline = time.perf_counter() + MIRROR_SLICE
        items = iter(batch.items())
        for ref, record in items:
            op = watch.foreign.get(ref)
            if op is not None and record is not None:
                self._mirror_record(op, connection, record)
            if ref in watch.gone:
                watch.gone.discard(ref)
                watch.foreign.pop(ref, None)
                if op is not None:
                    op.mark(OperationState.GONE)
            if time.perf_counter() >= deadline:
                break
        rest = dict(items)
        if rest:
            for ref, record in watch.to_mirror.items():  # queued meanwhile: newer, but a bare removal keeps the record
                if record is not None or ref not in rest:
                    rest[ref] = record
            watch.to_mirror = rest
        if watch.to_mirror:
            watch.mirror.request()

    def _on_reset(self, connection: Connection) -> None:
        watch = self._watches[connection]
        cache = connection.cache
        watch.to_mirror.clear()  # every task still there is mirrored from the new cache below
        watch.gone.clear()
        for ref, op in list(watch.foreign.items()):
            if cache.get("task", ref) is None:
                del watch.foreign[ref]
                op.mark(OperationState.GONE)
            else:
                self._mirror(op, connection)
        watch.unclaimed = {ref for ref in cache.all_of("task") if ref not in watch.own and ref not in watch.foreign}
        self._settle(connection)

    def _settle(self, connection: Connection) -> None:
        """With none of our Async calls in flight, unclaimed tasks are other clients': shown SETTLE_CHUNK at a
        time, the rest in the following turns."""
        watch = self._watches.get(connection)
        if watch is None or watch.starting > 0:
            return
        cache = connection.cache
        new: list[Operation] = []
        unclaimed = sorted(watch.unclaimed)
        for ref in unclaimed[:SETTLE_CHUNK]:
            record = cache.get("task", ref)
            if record is None:
                continue
            task = Task(ref, record, cache)
            if task.is_finished or task.is_subtask:
                continue  # history, or a step of a task already shown
            op = Operation(task.name or ref, connection, (), own=False, task_ref=ref, parent=self)
            watch.foreign[ref] = op
            new.append(op)
        watch.unclaimed = set(unclaimed[SETTLE_CHUNK:])
        if new:
            self._add(*new)
            for op in new:
                self._mirror(op, connection)
        if watch.unclaimed:
            watch.settle.request()  # the rest of a big burst in the next turn

    def _mirror(self, op: Operation, connection: Connection) -> None:
        record = connection.cache.get("task", op.task_ref or "")
        if record is not None:
            self._mirror_record(op, connection, record)

    def _mirror_record(self, op: Operation, connection: Connection, record: Mapping[str, Any]) -> None:
        task = Task(op.task_ref or "", record, connection.cache)
        op.set_progress(task.progress)
        if task.status == "success":
            op.succeed()
        elif task.status in ("failure", "cancelled"):
            op.fail(XenAPIFailure.from_description(task.error_info or ["TASK_CANCELLED", op.task_ref or ""]))
        elif task.status == "cancelling" and op.state is OperationState.RUNNING:
            op.state = OperationState.CANCELLING
            op.changed.emit()
        if op.is_finished:
            self._watches[connection].foreign.pop(op.task_ref or "", None)

    # -- the list ------------------------------------------------------------------------------------------

    def _add(self, *ops: Operation) -> None:
        self._operations.extend(ops)
        for op in ops:
            op.changed.connect(lambda op=op: self.changed.emit(op))
        self.added.emit(list(ops))

    def remove(self, op: Operation) -> None:
        """Drop a finished operation from the list (the Events pane's "Dismiss")."""
        if op in self._operations and op.is_finished:
            self._operations.remove(op)
            self.removed.emit(op)
            op.deleteLater()

    def clear_finished(self) -> None:
        for op in [o for o in self._operations if o.is_finished]:
            self.remove(op)

    def cancel_all(self) -> None:
        for op in self._operations:
            op.cancel()

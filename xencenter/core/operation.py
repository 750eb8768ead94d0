"""Operation: one long job (usually an Async XenAPI task) with title, progress, state, elapsed time and cancel.

Own operations run a `work` coroutine in an asyncio task; operations for tasks that other clients started are
read-only mirrors of the task record. Either way the Events pane only reads the properties and listens.

Signals:
    changed(): progress, state, description or error changed.
    finished(): the operation reached a final state (emitted once).
"""

from __future__ import annotations

import asyncio
import enum
import logging
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from .asyncutil import spawn
from .errors_text import error_report, error_text
from .xenapi.errors import TASK_CANCELLED, XenAPIFailure

if TYPE_CHECKING:
    from .connection import Connection

log = logging.getLogger("xencenter.ops")


class OperationState(enum.Enum):
    RUNNING = "running"
    CANCELLING = "cancelling"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"
    GONE = "gone"  # a foreign task vanished before we saw how it ended

    @property
    def is_final(self) -> bool:
        return self not in (OperationState.RUNNING, OperationState.CANCELLING)


class Operation(QObject):
    changed = Signal()
    finished = Signal()

    def __init__(self, title: str, connection: Connection, refs: Sequence[str] = (), *, own: bool = True,
                 task_ref: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.connection = connection
        self.refs: tuple[str, ...] = tuple(refs)
        self.is_own = own
        self.task_ref = task_ref
        self.description = ""
        self.progress = 0.0
        self.state = OperationState.RUNNING
        self.error: BaseException | None = None
        self.error_text = ""
        self.error_details = ""  # the code and parameters behind error_text, for a "details" part
        self.note = ""  # e.g. why a cancel request was refused
        self.result: Any = None
        self._started = time.monotonic()
        self._ended: float | None = None
        self._job: asyncio.Task[Any] | None = None

    # -- read side -----------------------------------------------------------------------------------------

    @property
    def elapsed(self) -> float:
        """Seconds since the operation started, frozen once it ends."""
        return (self._ended if self._ended is not None else time.monotonic()) - self._started

    @property
    def is_finished(self) -> bool:
        return self.state.is_final

    @property
    def can_cancel(self) -> bool:
        """Own running operations can be cancelled; for tasks, xapi must list cancel in allowed_operations."""
        if not self.is_own or self.state is not OperationState.RUNNING:
            return False
        if self.task_ref is None:
            return True
        record = self.connection.cache.get("task", self.task_ref)
        return record is None or "cancel" in (record.get("allowed_operations") or ())

    async def wait(self) -> Any:
        """Wait for the end; returns the result or raises the failure (TASK_CANCELLED when cancelled)."""
        if self._job is not None and not self._job.done():
            await asyncio.wait([self._job])
        if not self.is_finished:
            done: asyncio.Future[None] = asyncio.get_running_loop().create_future()

            def on_finished() -> None:
                if not done.done():
                    done.set_result(None)

            self.finished.connect(on_finished)
            try:
                await done
            finally:
                self.finished.disconnect(on_finished)
        if self.error is not None:
            raise self.error
        if self.state is OperationState.CANCELLED:
            raise XenAPIFailure(TASK_CANCELLED, [self.task_ref or ""])
        return self.result

    # -- write side (OperationList and the task follower) --------------------------------------------------

    def set_progress(self, fraction: float) -> None:
        fraction = min(1.0, max(0.0, fraction))
        if fraction != self.progress and not self.is_finished:
            self.progress = fraction
            self.changed.emit()

    def set_description(self, text: str) -> None:
        if text != self.description:
            self.description = text
            self.changed.emit()

    def attach(self, job: asyncio.Task[Any]) -> None:
        self._job = job

    def succeed(self, result: Any = None) -> None:
        self.result = result
        self.progress = 1.0
        self._finish(OperationState.SUCCEEDED)

    def fail(self, exc: BaseException) -> None:
        if isinstance(exc, XenAPIFailure) and exc.code == TASK_CANCELLED:
            self.error = exc
            self._finish(OperationState.CANCELLED)
            return
        self.error = exc
        report = error_report(exc, self.connection.cache)
        self.error_text, self.error_details = report.text, report.details
        self._finish(OperationState.FAILED)

    def mark(self, state: OperationState) -> None:
        """Set a final state without result or error (cancelled before a task existed, a vanished task)."""
        self._finish(state)

    def _finish(self, state: OperationState) -> None:
        if self.is_finished:
            return
        self.state = state
        self._ended = time.monotonic()
        log.info("%s: %s%s", self.title, state.value, f" ({self.error_text})" if self.error_text else "")
        self.changed.emit()
        self.finished.emit()

    # -- cancel --------------------------------------------------------------------------------------------

    def cancel(self) -> None:
        """Ask for cancellation: task.cancel for a running task, else stop the local job. Never raises."""
        if not self.can_cancel:
            return
        if self.task_ref is None:
            if self._job is not None:
                self._job.cancel()
            return
        self.state = OperationState.CANCELLING
        self.changed.emit()
        spawn(self._cancel_task(self.task_ref), name=f"cancel {self.task_ref}")

    async def _cancel_task(self, task_ref: str) -> None:
        client = self.connection.client
        try:
            if client is None:
                raise XenAPIFailure("SESSION_INVALID", [])
            await client.call("task.cancel", task_ref)
        except Exception as exc:
            if self.state is OperationState.CANCELLING:
                self.state = OperationState.RUNNING
            self.note = error_text(exc, self.connection.cache)
            self.changed.emit()

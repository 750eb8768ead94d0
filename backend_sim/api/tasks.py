"""Task lifecycle: pending -> success / failure / cancelled, with progress and cancellation.

Async.<Class>.<message> calls run their implementation in a background asyncio task; the client
gets the task ref at once and follows progress through events on the task row.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any

from .. import errors
from ..clock import SimClock
from ..errors import ApiError
from ..model.hosts import master_ref
from ..sessions import SessionManager
from ..store.store import Store
from ..wire import xmlrpc
from ..wire.values import EPOCH

log = logging.getLogger("backend_sim.tasks")

MAX_COMPLETED = 200
COMPLETED_TTL = 65 * 60.0


class TaskManager:
    def __init__(self, store: Store, clock: SimClock, sessions: SessionManager) -> None:
        self.store = store
        self.clock = clock
        self.sessions = sessions
        self._running: set[asyncio.Task[None]] = set()
        self._cancel_events: dict[str, asyncio.Event] = {}
        self._completed: deque[tuple[float, str]] = deque()

    def create(self, label: str, description: str, session: str, *, internal: bool = False) -> str:
        fields = {
            "name_label": label,
            "name_description": description,
            "status": "pending",
            "progress": 0.0,
            "created": self.clock.now_datetime(),
            "finished": EPOCH,
            "type": "<none/>",
            "result": "",
            "resident_on": master_ref(self.store),
        }
        ref = self.store.create("task", fields)
        self._cancel_events[ref] = asyncio.Event()
        if not internal:
            self.sessions.add_task(session, ref)
        return ref

    def spawn(self, ref: str, work: Callable[[], Awaitable[Any]], on_done: Callable[[], None]) -> None:
        """Run `work` in the background and record its outcome on task `ref`."""

        async def runner() -> None:
            try:
                result = await work()
            except ApiError as exc:
                self.fail(ref, exc)
            except Exception as exc:  # a bug in an implementation must not kill the server
                log.exception("task %s crashed", ref)
                self.fail(ref, ApiError(errors.INTERNAL_ERROR, str(exc)))
            else:
                self.succeed(ref, result)
            finally:
                on_done()

        task = asyncio.get_running_loop().create_task(runner(), name=ref)
        self._running.add(task)
        task.add_done_callback(self._running.discard)

    def set_progress(self, ref: str, fraction: float) -> None:
        record = self.store.find("task", ref)
        if record is not None and record["status"] in ("pending", "cancelling"):
            self.store.update("task", ref, {"progress": round(max(0.0, min(1.0, fraction)), 4)})

    def set_cancellable(self, ref: str, allowed: bool) -> None:
        if self.store.find("task", ref) is not None:
            self.store.update("task", ref, {"allowed_operations": ["cancel"] if allowed else []})

    def cancel_requested(self, ref: str) -> bool:
        event = self._cancel_events.get(ref)
        return event is not None and event.is_set()

    async def sleep_unless_cancelled(self, ref: str, seconds: float) -> None:
        event = self._cancel_events.get(ref)
        if event is None:
            await self.clock.sleep(seconds)
            return
        sleeper = asyncio.ensure_future(self.clock.sleep(seconds))
        waiter = asyncio.ensure_future(event.wait())
        try:
            await asyncio.wait({sleeper, waiter}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            sleeper.cancel()
            waiter.cancel()

    def cancel(self, ref: str, by: str) -> None:
        record = self.store.get("task", ref)
        if record["status"] != "pending" or "cancel" not in record["allowed_operations"]:
            raise ApiError(errors.OPERATION_NOT_ALLOWED, f"task {ref} cannot be cancelled")
        self.store.update(
            "task",
            ref,
            {"status": "cancelling", "current_operations": {**record["current_operations"], by: "cancel"}},
        )
        self._cancel_events.setdefault(ref, asyncio.Event()).set()

    def interrupt(self, ref: str) -> None:
        """Cancel a running task whatever its cancellability (a hard shutdown overrides a clean one)."""
        if ref in self._cancel_events and self.store.find("task", ref) is not None:
            self._cancel_events[ref].set()

    def succeed(self, ref: str, result: Any) -> None:
        text = "" if result is None else xmlrpc.dump_value(result)
        self._finish(ref, {"status": "success", "progress": 1.0, "result": text})

    def fail(self, ref: str, exc: ApiError) -> None:
        if exc.code == errors.TASK_CANCELLED:
            self._finish(ref, {"status": "cancelled", "error_info": exc.description})
        else:
            self._finish(ref, {"status": "failure", "error_info": exc.description, "backtrace": "()"})

    def _finish(self, ref: str, changes: dict[str, Any]) -> None:
        if self.store.find("task", ref) is None:
            return  # destroyed by its owner while running
        now = self.clock.now()
        changes.update({"finished": self.clock.now_datetime(), "allowed_operations": [],
                        "current_operations": {}})
        self.store.update("task", ref, changes)
        self._cancel_events.pop(ref, None)
        self._completed.append((now, ref))
        self._collect_garbage(now)

    def discard(self, ref: str) -> None:
        self._cancel_events.pop(ref, None)
        if self.store.find("task", ref) is not None:
            self.store.destroy("task", ref)

    def destroy(self, ref: str) -> None:
        record = self.store.get("task", ref)
        if record["status"] in ("pending", "cancelling") and ref in self._cancel_events:
            # A running task is marked; its worker's outcome is then dropped.
            self._cancel_events[ref].set()
        self.discard(ref)

    def _collect_garbage(self, now: float) -> None:
        while self._completed and (
            len(self._completed) > MAX_COMPLETED or now - self._completed[0][0] > COMPLETED_TTL
        ):
            _, old = self._completed.popleft()
            if self.store.find("task", old) is not None:
                self.store.destroy("task", old)

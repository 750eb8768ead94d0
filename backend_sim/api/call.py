"""What a message implementation sees: its pool's context, the caller's session and its task."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .. import errors
from ..errors import ApiError
from ..store.store import Store
from .context import ApiContext


@dataclass
class Call:
    """One invocation of a message.

    `task` is the task ref when the call runs as (or has created) a task; operations begun with
    `begin_op` are listed in the target's current_operations under that task until the call ends.
    """

    ctx: ApiContext
    session: str
    method: str
    client: str = ""  # the caller's address as the HTTP layer saw it ("" in process)
    task: str | None = None
    owns_internal_task: bool = False
    ops: list[tuple[str, str]] = field(default_factory=list)

    @property
    def store(self) -> Store:
        return self.ctx.store

    # -- progress and cancellation -----------------------------------------------------------

    def progress(self, fraction: float) -> None:
        if self.task is not None:
            self.ctx.tasks.set_progress(self.task, fraction)

    def allow_cancel(self, allowed: bool = True) -> None:
        self._ensure_task()
        assert self.task is not None
        self.ctx.tasks.set_cancellable(self.task, allowed)

    def check_cancelled(self) -> None:
        if self.task is not None and self.ctx.tasks.cancel_requested(self.task):
            raise ApiError(errors.TASK_CANCELLED, self.task)

    async def sleep(self, seconds: float) -> None:
        """Wait on the simulated clock; a cancel request ends the wait with TASK_CANCELLED."""
        self.check_cancelled()
        if self.task is None:
            await self.ctx.clock.sleep(seconds)
            return
        await self.ctx.tasks.sleep_unless_cancelled(self.task, seconds)
        self.check_cancelled()

    # -- current_operations ------------------------------------------------------------------

    def begin_op(self, cls: str, ref: str, op: str) -> None:
        """List `op` in the object's current_operations for as long as this call runs."""
        self._ensure_task()
        assert self.task is not None
        record = self.store.get(cls, ref)
        self.store.update(cls, ref, {"current_operations": {**record["current_operations"], self.task: op}})
        self.ops.append((cls, ref))
        self.ctx.after_operation(cls, ref)

    def end_ops(self) -> None:
        for cls, ref in reversed(self.ops):
            record = self.store.find(cls, ref)
            if record is not None and self.task in record["current_operations"]:
                remaining = {k: v for k, v in record["current_operations"].items() if k != self.task}
                self.store.update(cls, ref, {"current_operations": remaining})
                self.ctx.after_operation(cls, ref)
        self.ops.clear()

    def _ensure_task(self) -> None:
        # Synchronous calls get an internal task as in xapi, so that their operations are visible.
        if self.task is None:
            self.task = self.ctx.tasks.create(self.method, "", self.session, internal=True)
            self.owns_internal_task = True

    def finish(self) -> None:
        """End of a synchronous call: release operations and the internal task."""
        self.end_ops()
        if self.owns_internal_task and self.task is not None:
            self.ctx.tasks.discard(self.task)

    def get(self, cls: str, ref: str) -> dict[str, Any]:
        return self.store.get(cls, ref)

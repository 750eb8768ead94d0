"""What the import and export handlers share: the object asked for, the client's task, refusals, progress.

Not a handler module (it registers nothing); the loader imports it like the others, harmlessly.
"""

from __future__ import annotations

from typing import Any

from ... import errors
from ...errors import ApiError
from ...store.store import Store
from ..registry import HttpError, Request


def task_of(request: Request) -> str:
    """The task_id the client passed (its progress and cancel follow the transfer), or "" for none."""
    task = request.query.get("task_id", "")
    if not task:
        return ""
    if request.xapi.store.find("task", task) is None:
        raise HttpError(400, f"HANDLE_INVALID task {task}")
    request.xapi.tasks.set_cancellable(task, True)
    return task


def resolve(store: Store, cls: str, request: Request, name: str = "") -> str:
    """The object named by `name` (a ref or uuid), else by `ref=` or `uuid=`; HANDLE_INVALID/UUID_INVALID."""
    value = request.query.get(name, "") if name else ""
    ref = value or request.query.get("ref", "")
    uuid = "" if value else request.query.get("uuid", "")
    if ref and store.find(cls, ref) is not None:
        return ref
    if ref and not ref.startswith("OpaqueRef:"):
        uuid, ref = ref, ""
    if ref:
        raise ApiError(errors.HANDLE_INVALID, cls, ref)
    if not uuid:
        raise HttpError(400, f"missing query parameter {name or 'uuid'!r} (or ref)")
    return store.ref_by_uuid(cls, uuid)


def refused(request: Request, task: str, exc: ApiError) -> HttpError:
    """A 400 naming xapi's error; the client's task fails with the same error."""
    if task and request.xapi.store.find("task", task) is not None:
        request.xapi.tasks.fail(task, exc)
    return HttpError(400, " ".join(exc.description))


class Progress:
    """The client task's progress over `total` units, and whether the client cancelled it."""

    def __init__(self, request: Request, task: str, total: int) -> None:
        self.tasks = request.xapi.tasks
        self.task = task
        self.total = max(total, 1)
        self.count = 0
        self._shown = -1.0

    def step(self, units: int = 1) -> None:
        self.count += units
        fraction = min(self.count / self.total, 0.99)
        if self.task and fraction - self._shown >= 0.01:
            self._shown = fraction
            self.tasks.set_progress(self.task, fraction)

    def cancelled(self) -> bool:
        if self.task and self.tasks.cancel_requested(self.task):
            self.tasks.fail(self.task, ApiError(errors.TASK_CANCELLED, self.task))
            return True
        return False

    def done(self, result: Any) -> None:
        if self.task and self.tasks.store.find("task", self.task) is not None:
            self.tasks.succeed(self.task, result)

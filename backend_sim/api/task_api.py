"""task.* messages that are not generated: create, cancel, destroy."""

from __future__ import annotations

from .call import Call
from .registry import api


@api("task.create")
def create(call: Call, label: str, description: str) -> str:
    return call.ctx.tasks.create(label, description, call.session)


@api("task.cancel")
def cancel(call: Call, task: str) -> None:
    call.ctx.tasks.cancel(task, call.session)


@api("task.destroy")
def destroy(call: Call, task: str) -> None:
    call.ctx.tasks.destroy(task)

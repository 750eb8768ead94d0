"""Following one xapi task to its end through the cache (task events), polling only when events stall."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from .cache import CacheDelta
from .objects import Task
from .xenapi import xmlrpc
from .xenapi.errors import NotLoggedIn, XenAPIFailure

if TYPE_CHECKING:
    from .connection import Connection

POLL_AFTER = 5.0  # seconds without a task event before we ask the server directly


async def follow_task(connection: Connection, task_ref: str,
                      on_progress: Callable[[float], None] | None = None) -> Any:
    """Wait until `task_ref` finishes; returns its decoded result or raises its failure (TASK_CANCELLED too)."""
    woken = asyncio.Event()

    def on_batch(delta: CacheDelta) -> None:
        if task_ref in delta.refs():
            woken.set()

    cache = connection.cache
    cache.batch_applied.connect(on_batch)
    cache.reset.connect(woken.set)
    try:
        record: Mapping[str, Any] | None = cache.get("task", task_ref)
        while True:
            if record is not None:
                task = Task(task_ref, record, cache)
                if on_progress is not None:
                    on_progress(task.progress)
                if task.is_finished:
                    return _outcome(task)
            woken.clear()
            try:
                await asyncio.wait_for(woken.wait(), POLL_AFTER)
                record = cache.get("task", task_ref)
            except TimeoutError:
                record = await _poll(connection, task_ref)
    finally:
        cache.batch_applied.disconnect(on_batch)
        cache.reset.disconnect(woken.set)


async def _poll(connection: Connection, task_ref: str) -> Mapping[str, Any]:
    client = connection.client
    if client is None:
        raise NotLoggedIn("the connection was closed while the task ran")
    record = await client.call("task.get_record", task_ref)
    if not isinstance(record, Mapping):
        raise XenAPIFailure("INTERNAL_ERROR", [f"task.get_record returned {record!r}"])
    return record


def _outcome(task: Task) -> Any:
    if task.status == "success":
        return xmlrpc.decode_value(str(task.record.get("result", "")))
    info = task.error_info
    if task.status == "cancelled" and not info:
        info = ["TASK_CANCELLED", task.ref]
    raise XenAPIFailure.from_description(info or ["INTERNAL_ERROR", f"task ended {task.status} without error_info"])

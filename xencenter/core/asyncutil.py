"""Our wrapper over qasync/asyncio (style §4): strong task references, reported exceptions, signal awaiting.

qasync 0.28.0's asyncSlot returns the task but keeps no reference to it, and master changed that API; code in
xencenter therefore uses `spawn`/`async_slot` from here and never qasync's helpers directly.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, ParamSpec, TypeVar

from PySide6.QtCore import QObject, SignalInstance

log = logging.getLogger("xencenter.async")

P = ParamSpec("P")
T = TypeVar("T")

ExceptionReporter = Callable[[BaseException], None]

_tasks: set[asyncio.Task[Any]] = set()


def _default_reporter(exc: BaseException) -> None:
    log.error("unhandled exception in a background task", exc_info=exc)


_reporter: ExceptionReporter = _default_reporter


def set_exception_reporter(reporter: ExceptionReporter | None) -> None:
    """Route exceptions escaping background tasks to `reporter` (the UI's crash dialog); None restores logging."""
    global _reporter
    _reporter = reporter or _default_reporter


def _done(task: asyncio.Task[Any]) -> None:
    _tasks.discard(task)
    if task.cancelled():
        return
    exc = task.exception()
    if exc is not None:
        _reporter(exc)


def spawn(coro: Coroutine[Any, Any, T], *, name: str | None = None, owner: QObject | None = None) -> asyncio.Task[T]:
    """Start `coro` as a task we keep alive until it ends; its exception goes to the reporter.

    With an `owner`, the task is cancelled when the owner QObject is destroyed.
    """
    task = asyncio.get_running_loop().create_task(coro, name=name)
    _tasks.add(task)
    task.add_done_callback(_done)
    if owner is not None:
        owner.destroyed.connect(task.cancel)
    return task


def running_tasks() -> frozenset[asyncio.Task[Any]]:
    """The tasks started through `spawn` that have not finished (tests and shutdown use it)."""
    return frozenset(_tasks)


def async_slot(func: Callable[P, Coroutine[Any, Any, T]]) -> Callable[P, asyncio.Task[T]]:
    """Decorate a coroutine function so that calling it (e.g. from a Qt signal) spawns it and returns the task."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> asyncio.Task[T]:
        return spawn(func(*args, **kwargs), name=getattr(func, "__qualname__", None))

    return wrapper


async def wait_signal(signal: SignalInstance, timeout: float | None = None,
                      predicate: Callable[..., bool] | None = None) -> tuple[Any, ...]:
    """Wait until `signal` fires (with arguments accepted by `predicate`); returns its arguments.

    Raises TimeoutError after `timeout` seconds. The connection is always removed again.
    """
    future: asyncio.Future[tuple[Any, ...]] = asyncio.get_running_loop().create_future()

    def slot(*args: Any) -> None:
        if not future.done() and (predicate is None or predicate(*args)):
            future.set_result(args)

    signal.connect(slot)
    try:
        return await asyncio.wait_for(future, timeout)
    finally:
        signal.disconnect(slot)


async def with_timeout(awaitable: Awaitable[T], seconds: float) -> T:
    """`asyncio.wait_for` under a name that reads well at call sites."""
    return await asyncio.wait_for(awaitable, seconds)

"""Fixtures and helpers shared by the core tests (imported by name: a conftest here would shadow tests/conftest.py).

`arun` runs a coroutine to completion on a qasync loop bound to the test's QApplication, with a timeout, and
cancels whatever the test left running. Simulator helpers drain the child's output (a full pipe would stall it)
and step a manual clock.
"""

from __future__ import annotations

import asyncio
import importlib.util
import sys
import threading
from collections import deque
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
import qasync
from PySide6.QtCore import QCoreApplication

T = TypeVar("T")

Runner = Callable[..., Any]


def _root_conftest() -> Any:
    """tests/conftest.py as a module of its own name (importing `conftest` here would find the wrong one)."""
    name = "xencenter_tests_root_conftest"
    if name not in sys.modules:
        path = Path(__file__).resolve().parents[2] / "conftest.py"
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def start_sim(*args: str, timeout: float = 30.0) -> Any:
    """tests/conftest.py's start_sim, with the child's output drained."""
    return drain(_root_conftest().start_sim(*args, timeout=timeout))


def drain(server: Any) -> Any:
    """Read the simulator's output in the background so its pipe never fills; keeps the last lines."""
    if getattr(server, "core_tail", None) is None:
        tail: deque[str] = deque(maxlen=200)
        server.core_tail = tail
        stream = server.process.stdout

        def pump() -> None:
            try:
                for line in stream:
                    tail.append(line)
            except ValueError:
                pass  # closed underneath us at shutdown
            finally:
                stream.close()

        threading.Thread(target=pump, name="sim-output", daemon=True).start()
    return server


@pytest.fixture(name="arun")
def arun_fixture(qapp: QCoreApplication) -> Iterator[Runner]:
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)

    def run(coro: Coroutine[Any, Any, T], timeout: float = 30.0) -> T:
        return loop.run_until_complete(asyncio.wait_for(coro, timeout))

    yield run
    for _ in range(5):  # cancelling may start clean-up tasks of its own
        pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
        if not pending:
            break
        for task in pending:
            task.cancel()
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.close()
    asyncio.set_event_loop(None)


async def eventually(predicate: Callable[[], bool], timeout: float = 10.0, step: float = 0.02) -> None:
    """Wait until `predicate()` holds; TimeoutError after `timeout` seconds."""
    async with asyncio.timeout(timeout):
        while not predicate():
            await asyncio.sleep(step)

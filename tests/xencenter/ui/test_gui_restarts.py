"""The console under a simulator that is killed (SIGKILL) and restarted 20 times on the same port (issue 11): it
reconnects every time, the tree shows the pool again, and no exception escapes anywhere (pytest-qt fails a test on
an exception in a Qt callback; background tasks report to the reporter we watch here)."""

from __future__ import annotations

import os
import signal
from typing import Any

import pytest
from ui_support import Parts, drain, parts_fixture, qloop_fixture, root_conftest  # noqa: F401

from xencenter.core.asyncutil import set_exception_reporter
from xencenter.core.connection import ConnectionState

pytestmark = pytest.mark.gui

RESTARTS = 20


def test_the_console_reconnects_after_each_of_twenty_kills(qtbot: Any, parts: Parts) -> None:
    start_sim = root_conftest().start_sim
    escaped: list[BaseException] = []
    set_exception_reporter(escaped.append)
    server = drain(start_sim("--scenario", "demo"))
    port = server.url.rsplit(":", 1)[1]
    try:
        connection = parts.connect(qtbot, server.url)
        model = parts.window.controller.model
        for round_ in range(RESTARTS):
            # Sometimes at once (the reconnect's own loading may still be under way), sometimes a little later.
            qtbot.wait(0 if round_ % 3 == 0 else 150 * (round_ % 3))
            os.kill(server.process.pid, signal.SIGKILL)
            server.process.wait(10)
            server.stop()
            qtbot.waitUntil(lambda: connection.state is not ConnectionState.CONNECTED, timeout=15000)
            assert connection.state is ConnectionState.RECONNECTING, connection.last_error
            server = drain(start_sim("--scenario", "demo", "--port", port))
            qtbot.waitUntil(lambda: connection.state is ConnectionState.CONNECTED, timeout=20000)
            parts.window.controller.refresh.flush()
            assert model.index(0, 0).data() == "Course lab", f"round {round_}"
        assert connection.reconnects == RESTARTS
        assert not escaped, escaped
    finally:
        set_exception_reporter(None)
        server.stop()

"""The simulation clock and its verbs without a server: a pool whose `sim` plugin is missing is no simulator and
every clock verb says so; a simulator's answers set the state the verbs' reasons read; a bad answer changes
nothing and a refused control keeps its sentence."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from PySide6.QtCore import QCoreApplication

from xencenter.core.commands import CommandRegistry, SelectedItem
from xencenter.core.connection import Connection
from xencenter.core.simclock import SimulationClock
from xencenter.core.xenapi.errors import XenAPIFailure

HOST = "OpaqueRef:host"


class StubClient:
    def __init__(self, answer: Any) -> None:
        self.answer = answer
        self.calls: list[tuple[Any, ...]] = []

    async def call(self, method: str, *params: Any) -> Any:
        self.calls.append((method, *params))
        if isinstance(self.answer, Exception):
            raise self.answer
        return self.answer


class LiveConnection(Connection):
    """A connection that claims to be logged in, answering through a stub client."""

    def __init__(self, answer: Any) -> None:
        super().__init__("http://127.0.0.1:9", "root")
        self.stub = StubClient(answer)
        self.cache.replace_all([{"class": "host", "operation": "add", "ref": HOST, "snapshot": {"uuid": "h"},
                                 "id": "1", "timestamp": "0"}])

    @property
    def is_connected(self) -> bool:
        return True

    @property
    def client(self) -> Any:
        return self.stub


def reasons(registry: CommandRegistry, connection: Connection, clock: SimulationClock | None) -> dict[str, str | None]:
    item = [SelectedItem(connection, "host", HOST)]
    return {c.id: registry.reason(c.id, item, clock) for c in registry if c.id.startswith("sim.")}


def test_a_pool_without_the_sim_plugin_is_no_simulator(qapp: QCoreApplication) -> None:
    connection = LiveConnection(XenAPIFailure("XENAPI_MISSING_PLUGIN", ["sim"]))
    clock = SimulationClock(connection)
    asyncio.run(clock.poll())
    assert clock.is_simulator is False
    assert connection.stub.calls == [("host.call_plugin", HOST, "sim", "clock_state", {})]
    found = reasons(CommandRegistry(), connection, clock)
    assert len(found) == 7  # the clock verbs and Lessons...
    assert set(found.values()) == {"http://127.0.0.1:9 is not a simulator: its clock is the real one."}


def test_a_simulators_state_drives_the_reasons(qapp: QCoreApplication) -> None:
    connection = LiveConnection(json.dumps({"now": 1000.0, "speed": 10.0, "running": True}))
    clock = SimulationClock(connection)
    asyncio.run(clock.poll())
    assert (clock.is_simulator, clock.speed, clock.running) == (True, 10.0, True)
    assert clock.now() >= 1000.0
    found = reasons(CommandRegistry(), connection, clock)
    assert found["sim.pause"] is None and found["sim.play_1x"] is None and found["sim.play_100x"] is None
    assert found["sim.play_10x"] == "The simulated clock already runs at 10x."
    assert found["sim.step_10s"] == found["sim.step_1min"] == "Pause the simulated clock to step it."


def test_garbage_and_refusals_change_nothing_but_the_sentence(qapp: QCoreApplication) -> None:
    connection = LiveConnection("not json")
    clock = SimulationClock(connection)
    asyncio.run(clock.poll())
    assert clock.is_simulator is None, "an answer that is not a clock state proves nothing"
    connection.stub.answer = json.dumps({"now": "soon"})
    asyncio.run(clock.poll())
    assert clock.is_simulator is None
    connection.stub.answer = XenAPIFailure("XENAPI_PLUGIN_FAILURE", ["sim", "", "speed must be a number"])
    assert asyncio.run(clock.control("clock_set_speed", {"speed": "x"})) is False
    assert clock.error and not clock.running

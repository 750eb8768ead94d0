"""The `sim` plugin's clock controls over the wire: state, pause, resume and speed, with a guest's start
really held by a paused clock; bad arguments are plugin failures, never server errors."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest

from conftest import SimServer
from sdk_support import clock_now, clock_step, failure, halted_guest, logged_in, pool_master, sim_fixture

FINAL = ("success", "failure", "cancelled")

# One manual-clock pool for the module: every test leaves its clock paused at speed 1.
server_fixture = sim_fixture("--scenario", "demo", "--manual-clock")


@pytest.fixture
def api(server: SimServer) -> Iterator[Any]:
    with logged_in(server, "2.16", "pytest-clock") as session:
        yield session.xenapi
        clock(session.xenapi, "clock_pause")
        clock(session.xenapi, "clock_set_speed", {"speed": "1"})


def clock(api: Any, fn: str, args: dict[str, str] | None = None) -> dict[str, Any]:
    state: dict[str, Any] = json.loads(api.host.call_plugin(pool_master(api), "sim", fn, args or {}))
    return state


def test_a_manual_clock_reports_itself_stopped(api: Any) -> None:
    state = clock(api, "clock_state")
    assert state["running"] is False and state["speed"] == 1.0
    assert state["now"] == pytest.approx(clock_now(api), abs=0.001)


def test_pause_holds_a_start_that_resume_at_speed_finishes(api: Any) -> None:
    vm = halted_guest(api)
    assert clock(api, "clock_set_speed", {"speed": "1000"})["speed"] == 1000.0
    running = clock(api, "clock_resume")
    assert running["running"] is True
    time.sleep(0.05)
    assert clock_now(api) > running["now"], "a resumed clock moves by itself"
    paused = clock(api, "clock_pause")
    assert paused["running"] is False
    task = api.Async.VM.start(vm, False, False)
    time.sleep(0.3)  # 300 simulated seconds at this speed, had the clock run
    assert api.task.get_status(task) == "pending", "a paused clock holds the boot"
    assert clock_now(api) == pytest.approx(paused["now"], abs=0.001)
    clock(api, "clock_resume")
    deadline = time.monotonic() + 10
    while api.task.get_status(task) not in FINAL:
        assert time.monotonic() < deadline, "the boot never finished on the resumed clock"
        time.sleep(0.05)
    assert api.task.get_status(task) == "success"
    assert api.VM.get_power_state(vm) == "Running"


def test_a_paused_clock_steps_and_a_running_one_refuses(api: Any) -> None:
    clock(api, "clock_resume")
    assert "clock_pause" in failure(clock_step, api, 10)[3], "the refusal says how to step"
    before = clock(api, "clock_pause")["now"]
    assert clock_step(api, 10) == pytest.approx(before + 10, abs=0.001)


@pytest.mark.parametrize("speed", ["", "fast", "0", "-5", "nan", "inf", "100000"])
def test_a_bad_speed_is_a_plugin_failure(api: Any, speed: str) -> None:
    error = failure(api.host.call_plugin, pool_master(api), "sim", "clock_set_speed", {"speed": speed})
    assert error[0] == "XENAPI_PLUGIN_FAILURE" and "speed" in error[3]
    assert clock(api, "clock_state")["speed"] == 1.0, "a refused speed changes nothing"


"""The simulated clock held by a teacher: paused it holds every sleeper, resumed it runs on from where it
stopped, a new speed applies to sleepers already waiting, and a paused clock can be stepped."""

from __future__ import annotations

import asyncio
import time

import pytest

from backend_sim.clock import SimClock

START = 1_700_000_000.0


def test_a_running_clock_wakes_a_sleeper_at_its_speed() -> None:
    async def scenario() -> float:
        clock = SimClock(speed=1000.0, start=START)
        began = time.monotonic()
        await clock.sleep(100.0)  # 0.1 real seconds
        assert clock.now() >= START + 100.0
        return time.monotonic() - began

    assert 0.05 <= asyncio.run(scenario()) < 2.0


def test_a_paused_clock_holds_its_sleepers_until_resumed() -> None:
    async def scenario() -> None:
        clock = SimClock(speed=1000.0, start=START)
        sleeper = asyncio.ensure_future(clock.sleep(100.0))
        await asyncio.sleep(0)
        clock.pause()
        held = clock.now()
        await asyncio.sleep(0.3)  # three times what the sleep would take at speed
        assert not sleeper.done(), "a paused clock must not wake anybody"
        assert clock.now() == held and clock.manual
        clock.resume()
        await asyncio.wait_for(sleeper, 2.0)
        assert clock.now() >= START + 100.0

    asyncio.run(scenario())


def test_a_paused_clock_is_stepped_like_a_manual_one() -> None:
    async def scenario() -> None:
        clock = SimClock(speed=1.0, start=START)
        sleeper = asyncio.ensure_future(clock.sleep(60.0))
        await asyncio.sleep(0)
        with pytest.raises(RuntimeError):
            clock.step(60.0)  # a running clock is not stepped
        clock.pause()
        clock.step(61.0)
        await asyncio.wait_for(sleeper, 1.0)

    asyncio.run(scenario())


def test_a_new_speed_applies_to_sleepers_already_waiting() -> None:
    async def scenario() -> None:
        clock = SimClock(speed=1.0, start=START)  # at 1x the sleep would take an hour
        sleeper = asyncio.ensure_future(clock.sleep(3600.0))
        await asyncio.sleep(0.05)
        clock.set_speed(100_000.0)
        await asyncio.wait_for(sleeper, 2.0)
        assert clock.speed == 100_000.0

    asyncio.run(scenario())


def test_resuming_a_manual_clock_runs_it_from_where_it_stood() -> None:
    async def scenario() -> None:
        clock = SimClock(speed=1000.0, manual=True, start=START)
        clock.step(10.0)
        clock.resume()
        await asyncio.sleep(0.05)
        assert not clock.manual
        assert START + 10.0 < clock.now() < START + 10.0 + 2000.0

    asyncio.run(scenario())


@pytest.mark.parametrize("speed", [0.0, -1.0])
def test_a_speed_must_be_positive(speed: float) -> None:
    with pytest.raises(ValueError, match="positive"):
        SimClock(start=START).set_speed(speed)

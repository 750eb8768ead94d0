"""The coalescer: small batches applied at once, big ones a slice at a time with the loop let in between, in order
with what arrives meanwhile; finish() completes a big batch at once, discard() stops it without a signal."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Generator
from typing import Any

from xencenter.core.coalesce import Coalescer, Event


class Recorder:
    """apply and steps that record what they see; each step takes a little time, so a slice holds only a few."""

    def __init__(self) -> None:
        self.log: list[str] = []

    def apply(self, events: list[Event]) -> None:
        self.log.append("at once:" + ",".join(str(e["n"]) for e in events))

    def steps(self, events: list[Event]) -> Generator[None, None, Any]:
        for event in events:
            time.sleep(0.003)
            self.log.append(f"step:{event['n']}")
            yield
        self.log.append("signal")


def batch(*numbers: int) -> list[Event]:
    return [{"n": n} for n in numbers]


def test_a_small_batch_is_applied_at_once_after_the_delay() -> None:
    async def scenario() -> list[str]:
        seen = Recorder()
        coalescer = Coalescer(0.01, seen.apply, seen.steps, sliced_from=5)
        coalescer.add(batch(1, 2))
        coalescer.add(batch(3))
        assert seen.log == [] and coalescer.pending == 3
        await asyncio.sleep(0.05)
        return seen.log

    assert asyncio.run(scenario()) == ["at once:1,2,3"]


def test_a_big_batch_lets_the_loop_run_between_slices_and_what_follows_waits() -> None:
    async def scenario() -> list[str]:
        seen = Recorder()
        coalescer = Coalescer(0.0, seen.apply, seen.steps, sliced_from=5)
        coalescer.add(batch(*range(10)))
        coalescer.flush()
        assert coalescer.busy
        await asyncio.sleep(0)
        coalescer.add(batch(99))  # arrives while the big batch is being applied
        coalescer.flush()  # must not jump the queue
        ticks = 0
        while coalescer.busy or coalescer.pending:
            ticks += 1
            seen.log.append("loop")
            await asyncio.sleep(0.001)
        assert ticks >= 2, "the loop ran while the batch was applied"
        return seen.log

    log = asyncio.run(scenario())
    steps = [entry for entry in log if entry != "loop"]
    assert steps == [f"step:{n}" for n in range(10)] + ["signal", "at once:99"]
    first, last = log.index("step:0"), log.index("signal")
    assert "loop" in log[first:last], "slices, not one long run"


def test_finish_completes_a_big_batch_at_once_then_applies_the_rest() -> None:
    async def scenario() -> list[str]:
        seen = Recorder()
        coalescer = Coalescer(0.0, seen.apply, seen.steps, sliced_from=5)
        coalescer.add(batch(*range(8)))
        coalescer.flush()
        await asyncio.sleep(0.005)
        coalescer.add(batch(50))
        coalescer.finish()
        assert not coalescer.busy and coalescer.pending == 0
        await asyncio.sleep(0.02)  # the cancelled slices do not run again
        return seen.log

    assert asyncio.run(scenario()) == [f"step:{n}" for n in range(8)] + ["signal", "at once:50"]


def test_discard_stops_a_big_batch_without_its_signal() -> None:
    async def scenario() -> list[str]:
        seen = Recorder()
        coalescer = Coalescer(0.0, seen.apply, seen.steps, sliced_from=5)
        coalescer.add(batch(*range(50)))
        coalescer.flush()
        await asyncio.sleep(0.005)
        coalescer.add(batch(77))
        coalescer.discard()
        await asyncio.sleep(0.02)
        assert not coalescer.busy and coalescer.pending == 0
        return seen.log

    log = asyncio.run(scenario())
    assert "signal" not in log and "at once:77" not in log and len(log) < 50

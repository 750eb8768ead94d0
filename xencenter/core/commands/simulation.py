"""The simulation toolbar's verbs: pause, play at 1x / 10x / 100x, step the clock, lessons. Only a simulator has
them.

Each runs on one selected item (its connection's simulator) with the connection's SimulationClock as the
argument; the toolbar passes both. They call the `sim` plugin, so the role must allow `host.call_plugin`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..i18n import LazyText
from ..simclock import SimulationClock
from .base import Command, CommandContext, Selection, Verb, not_connected, nothing_selected


@dataclass(frozen=True, kw_only=True)
class ClockVerb(Verb):
    speed: float = 0.0  # play at this speed (0: not a play verb)
    seconds: float = 0.0  # step by this much (0: not a step verb)


class ClockCommand(Command):
    verb: ClockVerb

    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        if len(selection) != 1:
            return nothing_selected()
        item = selection[0]
        if not item.connection.is_connected:
            return not_connected(item.connection)
        role = self.role_reason(item)
        if role is not None:
            return role
        clock = argument
        if not isinstance(clock, SimulationClock) or clock.connection is not item.connection \
                or not clock.is_simulator:
            return QCoreApplication.translate("Commands", "{0} is not a simulator: its clock is the real one.").format(
                item.connection.display_name)
        return self.clock_reason(clock)

    def clock_reason(self, clock: SimulationClock) -> str | None:
        raise NotImplementedError

    async def run(self, context: CommandContext) -> None:
        clock = context.argument
        assert isinstance(clock, SimulationClock)
        await self.control(clock)

    async def control(self, clock: SimulationClock) -> None:
        raise NotImplementedError


class PauseClock(ClockCommand):
    def clock_reason(self, clock: SimulationClock) -> str | None:
        if not clock.running:
            return QCoreApplication.translate("Commands", "The simulated clock is already paused.")
        return None

    async def control(self, clock: SimulationClock) -> None:
        await clock.control("clock_pause")


class PlayClock(ClockCommand):
    def clock_reason(self, clock: SimulationClock) -> str | None:
        if clock.running and clock.speed == self.verb.speed:
            return QCoreApplication.translate("Commands", "The simulated clock already runs at {0}x.").format(
                f"{self.verb.speed:g}")
        return None

    async def control(self, clock: SimulationClock) -> None:
        if await clock.control("clock_set_speed", {"speed": repr(self.verb.speed)}):
            await clock.control("clock_resume")


class StepClock(ClockCommand):
    def clock_reason(self, clock: SimulationClock) -> str | None:
        if clock.running:
            return QCoreApplication.translate("Commands", "Pause the simulated clock to step it.")
        return None

    async def control(self, clock: SimulationClock) -> None:
        await clock.control("clock_step", {"seconds": repr(self.verb.seconds)})


CALLS = ("host.call_plugin",)
PAUSE = ClockVerb(id="sim.pause", text=LazyText("Commands", "Pause"), icon="sim-pause", shortcut="Ctrl+Shift+0",
                  permissions=CALLS)
PLAY_1X = ClockVerb(id="sim.play_1x", text=LazyText("Commands", "Play 1x"), icon="sim-play", speed=1.0,
                    shortcut="Ctrl+Shift+1", permissions=CALLS)
PLAY_10X = ClockVerb(id="sim.play_10x", text=LazyText("Commands", "Play 10x"), icon="sim-play", speed=10.0,
                     shortcut="Ctrl+Shift+2", permissions=CALLS)
PLAY_100X = ClockVerb(id="sim.play_100x", text=LazyText("Commands", "Play 100x"), icon="sim-play", speed=100.0,
                      shortcut="Ctrl+Shift+3", permissions=CALLS)
STEP_10S = ClockVerb(id="sim.step_10s", text=LazyText("Commands", "Step +10 s"), icon="sim-step", seconds=10.0,
                     shortcut="Ctrl+Shift+S", permissions=CALLS)
STEP_1MIN = ClockVerb(id="sim.step_1min", text=LazyText("Commands", "Step +1 min"), icon="sim-step", seconds=60.0,
                      shortcut="Ctrl+Shift+M", permissions=CALLS)
CLOCK_VERBS = (PAUSE, PLAY_1X, PLAY_10X, PLAY_100X, STEP_10S, STEP_1MIN)
LESSONS = ClockVerb(id="sim.lessons", text=LazyText("Commands", "Lessons..."), icon="sim-lessons",
                    shortcut="Ctrl+Shift+L", permissions=CALLS)
TOOLBAR_VERBS = (*CLOCK_VERBS, LESSONS)


class OpenLessons(ClockCommand):
    """The Lessons window of the simulator: start a shipped lesson or a file, follow its steps, stop it."""

    def clock_reason(self, clock: SimulationClock) -> str | None:
        return None

    async def run(self, context: CommandContext) -> None:
        clock = context.argument
        assert isinstance(clock, SimulationClock)
        await context.ui.open_lessons(clock.connection)


def simulation_commands() -> list[Command]:
    return [PauseClock(PAUSE), PlayClock(PLAY_1X), PlayClock(PLAY_10X), PlayClock(PLAY_100X),
            StepClock(STEP_10S), StepClock(STEP_1MIN), OpenLessons(LESSONS)]

"""A guest's software as its console shows it: a timeline on the simulated clock, then key handling."""

from __future__ import annotations

from .framebuffer import Framebuffer
from .keys import KeyPress
from .world import GuestWorld, VmFacts


class GuestProgram:
    """Base of the guest screens. `run` plays the boot from the domain's start time: a screen opened
    late catches up at once (what a viewer would have seen scrolls past), then follows the clock."""

    def __init__(self, world: GuestWorld, facts: VmFacts, screen: Framebuffer) -> None:
        self.world = world
        self.facts = facts
        self.screen = screen
        screen.on_key = self._key_unless_paused

    def refresh(self) -> VmFacts:
        """The VM's facts now (memory balloons, the agent reports); the last known ones once it is gone."""
        facts = self.world.vm(self.facts.ref)
        if facts is not None:
            self.facts = facts
        return self.facts

    async def at(self, offset: float) -> None:
        """Wait until `offset` simulated seconds after the domain started; a moment already past does not
        yield, so a screen opened late has caught up before its first viewer asks for pixels."""
        delay = self.facts.started + offset - self.world.now()
        if delay > 0:
            await self.world.sleep(delay)

    async def run(self) -> None:
        """The boot timeline; the default shows nothing."""

    def _key_unless_paused(self, press: KeyPress) -> None:
        if self.refresh().power_state != "Paused":  # a paused domain runs nothing, keys included
            self.key(press)

    def key(self, press: KeyPress) -> None:
        """A key from a viewer; the default ignores it."""

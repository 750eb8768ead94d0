"""The guest screens of one pool: made when first looked at, ended with their domain."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from .dom0 import Dom0Console
from .framebuffer import Framebuffer
from .installer import Installer
from .linux import LinuxGuest
from .program import GuestProgram
from .windows import WindowsGuest
from .world import GuestWorld, VmFacts

log = logging.getLogger("backend_sim.console")

LIVE_STATES = ("Running", "Paused")


@dataclass
class _Live:
    domid: int
    started: float
    screen: Framebuffer
    program: GuestProgram


def program_for(facts: VmFacts) -> type[GuestProgram]:
    if facts.control_domain:
        return Dom0Console
    if facts.installer:
        return Installer
    if facts.windows:
        return WindowsGuest
    return LinuxGuest


class ConsoleManager:
    """A screen per live domain, made lazily (a pool of thousands of VMs holds only those watched)."""

    def __init__(self, world: GuestWorld) -> None:
        self.world = world
        self._live: dict[str, _Live] = {}

    def screen(self, vm_ref: str) -> Framebuffer | None:
        """The screen of the VM's current domain, or None when the VM is not running (or unknown)."""
        facts = self.world.vm(vm_ref)
        live = self._live.get(vm_ref)
        if live is not None and (facts is None or facts.power_state not in LIVE_STATES
                                 or (live.domid, live.started) != (facts.domid, facts.started)):
            self._end(vm_ref)
            live = None
        if facts is None or facts.power_state not in LIVE_STATES:
            return None
        if live is None:
            screen = Framebuffer(640, 400, facts.name)
            program = program_for(facts)(self.world, facts, screen)
            live = self._live[vm_ref] = _Live(facts.domid, facts.started, screen, program)
            self.world.spawn(f"console:{vm_ref}", self._run(vm_ref, program))
        return live.screen

    async def _run(self, vm_ref: str, program: GuestProgram) -> None:
        await program.run()

    def check(self) -> None:
        """End the screens whose domain is gone (shut down, rebooted, migrated away)."""
        for vm_ref, live in list(self._live.items()):
            facts = self.world.vm(vm_ref)
            if facts is None or facts.power_state not in LIVE_STATES or facts.domid != live.domid:
                self._end(vm_ref)

    async def watch(self) -> None:
        """Run for the pool's lifetime: viewers of a domain that ends are disconnected."""
        while True:
            await self.world.changed()
            if self._live:
                self.check()

    def end_all(self) -> None:
        for vm_ref in list(self._live):
            self._end(vm_ref)

    def _end(self, vm_ref: str) -> None:
        live = self._live.pop(vm_ref, None)
        if live is not None:
            live.screen.end()

    @property
    def live(self) -> int:
        return len(self._live)

"""vApps (xapi's VM_appliance) as the console reads them from the cache: the view, the members in start order, the
state in words and the start sequence a teacher can read ("db01; wait 30 s; web01").

xapi starts a vApp's members by ascending `VM.order`, all of one order side by side, waiting the longest
`start_delay` of a group before the next; it shuts them down the other way round with `shutdown_delay`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .cache import ObjectCache
from .i18n import translate
from .objects import VM, XenObject, as_int, is_null


@dataclass(frozen=True)
class Vapp(XenObject):
    CLASS = "VM_appliance"

    def members(self) -> list[VM]:
        """The vApp's VMs, in start order (then by name)."""
        found = [VM.lookup(self.cache, str(ref)) for ref in self.record.get("VMs") or ()]
        return sorted((vm for vm in found if vm is not None), key=lambda vm: (order_of(vm), vm.name.casefold(),
                                                                               vm.ref))


def order_of(vm: VM) -> int:
    return as_int(vm.field("order"))


def vapps_of(cache: ObjectCache) -> list[Vapp]:
    """The pool's vApps, by name."""
    found = [Vapp(str(ref), record, cache) for ref, record in cache.items("VM_appliance")]
    return sorted(found, key=lambda vapp: (vapp.name.casefold(), vapp.ref))


def vapp_of(vm: VM) -> Vapp | None:
    ref = vm.field("appliance")
    return None if is_null(ref) else Vapp.lookup(vm.cache, str(ref))


def in_another_vapp(vm: VM, vapp: str) -> Vapp | None:
    """The vApp `vm` is in when that is not `vapp` ("" for a new one)."""
    current = vapp_of(vm)
    return current if current is not None and current.ref != vapp else None


def assignable_vms(cache: ObjectCache) -> list[VM]:
    """The VMs that may be in a vApp (xapi refuses control domains, templates and snapshots), by name."""
    found = [VM(str(ref), record, cache) for ref, record in cache.items("VM")]
    return sorted((vm for vm in found if vm.is_real_vm), key=lambda vm: (vm.name.casefold(), vm.ref))


def state_text(vapp: Vapp) -> str:
    """What the vApp is doing or how its members are: "Starting...", "Running", "1 of 2 running", "Halted"."""
    busy = sorted(set(vapp.current_operations.values()))
    if busy:
        texts = {"start": translate("Vapps", "Starting..."), "clean_shutdown": translate("Vapps", "Shutting down..."),
                 "shutdown": translate("Vapps", "Shutting down..."),
                 "hard_shutdown": translate("Vapps", "Forcing shutdown...")}
        return ", ".join(texts.get(op, op) for op in busy)
    members = vapp.members()
    if not members:
        return translate("Vapps", "No VMs")
    running = sum(1 for vm in members if vm.power_state in ("Running", "Paused"))
    if running == len(members):
        return translate("Vapps", "Running")
    if running == 0:
        suspended = sum(1 for vm in members if vm.power_state == "Suspended")
        return translate("Vapps", "Suspended") if suspended == len(members) else translate("Vapps", "Halted")
    return translate("Vapps", "{0} of {1} running").format(running, len(members))


@dataclass(frozen=True)
class Member:
    """One VM's place in the sequence, as the wizard edits it."""

    name: str
    order: int
    start_delay: int
    shutdown_delay: int


def groups(members: Iterable[Member]) -> list[list[Member]]:
    """The members grouped by order, lowest first (each group by name)."""
    by_order: dict[int, list[Member]] = {}
    for member in members:
        by_order.setdefault(member.order, []).append(member)
    return [sorted(by_order[order], key=lambda m: m.name.casefold()) for order in sorted(by_order)]


def _sequence(steps: list[list[Member]], delay: str) -> str:
    parts: list[str] = []
    for number, group in enumerate(steps):
        parts.append(", ".join(member.name for member in group))
        wait = max((getattr(member, delay) for member in group), default=0)
        if number < len(steps) - 1 and wait > 0:
            parts.append(translate("Vapps", "wait {0} s").format(wait))
    return "; ".join(parts)


def start_sequence(members: Iterable[Member]) -> str:
    """"db01; wait 30 s; web01, web02": the order xapi starts the members in, and the waits between."""
    return _sequence(groups(members), "start_delay")


def shutdown_sequence(members: Iterable[Member]) -> str:
    """The same the other way round, with the shutdown delays."""
    return _sequence(list(reversed(groups(members))), "shutdown_delay")


def member_of(vm: VM) -> Member:
    return Member(vm.name, order_of(vm), as_int(vm.field("start_delay")), as_int(vm.field("shutdown_delay")))

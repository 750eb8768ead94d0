"""The dynamic memory range of a VM (DMC) and the rules a new range must keep, explained in sentences.

xapi's rules: static_min <= dynamic_min <= dynamic_max <= static_max (else MEMORY_CONSTRAINT_VIOLATION_ORDER);
on a running VM the balloon target moves at once, so the host must be able to give the new dynamic minimum
(what the VM holds now plus the host's free memory).
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors_text import format_bytes
from .i18n import translate


@dataclass(frozen=True)
class MemoryRange:
    static_min: int
    dynamic_min: int
    dynamic_max: int
    static_max: int
    running: bool = False
    actual: int = 0  # what the running VM holds now
    host_free: int = 0  # free memory on its host

    @property
    def host_can_give(self) -> int:
        """The most a running VM's dynamic minimum can be: what it holds plus what its host has free."""
        return self.actual + self.host_free


def problems(current: MemoryRange, dynamic_min: int, dynamic_max: int) -> list[str]:
    """Why (dynamic_min, dynamic_max) cannot be applied, as sentences; empty when it can."""
    found = []
    size = format_bytes
    if dynamic_min < current.static_min:
        found.append(translate("MemoryRange", "The dynamic minimum cannot be below the static minimum ({0}).")
                     .format(size(current.static_min)))
    if dynamic_min > dynamic_max:
        found.append(translate("MemoryRange", "The dynamic minimum cannot be above the dynamic maximum."))
    if dynamic_max > current.static_max:
        found.append(translate("MemoryRange", "The dynamic maximum cannot be above the static maximum ({0}); "
                                              "changing that needs the VM shut down.").format(size(current.static_max)))
    if current.running and dynamic_min > current.host_can_give:
        found.append(translate("MemoryRange", "The server can give this VM at most {0} now (it holds {1}, the "
                                              "server has {2} free).").format(
            size(current.host_can_give), size(current.actual), size(current.host_free)))
    return found


def explanation(current: MemoryRange, dynamic_min: int, dynamic_max: int) -> str:
    """What the range means, shown as the user drags: the order rule and the effect on a running VM."""
    text = translate("MemoryRange", "Static minimum {0} ≤ dynamic minimum {1} ≤ dynamic maximum {2} ≤ static "
                                    "maximum {3}.").format(format_bytes(current.static_min), format_bytes(dynamic_min),
                                                           format_bytes(dynamic_max), format_bytes(current.static_max))
    if current.running:
        text += " " + translate("MemoryRange", "Xen balloons the running VM between these two values as the server "
                                               "needs memory; the server can give it up to {0}.").format(
            format_bytes(current.host_can_give))
    else:
        text += " " + translate("MemoryRange", "The VM starts with the dynamic maximum when the server has it, and "
                                               "never with less than the dynamic minimum.")
    return text

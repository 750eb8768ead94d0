"""The New VM wizard's home server page and CPU and memory page."""

from __future__ import annotations

from ...error_sentences import format_bytes
from ...i18n import LazyText, translate
from ...objects import Host
from ..eligibility import ChoiceEligibility
from ..page import PageLogic, Problem
from .choices import NewVmChoices
from .hosts import cpu_count, host_reason, hosts


def disk_srs(state: NewVmChoices) -> list[str]:
    return sorted({disk.sr for disk in state.disks if disk.sr})


def home_reason(state: NewVmChoices, host: Host, checks: ChoiceEligibility | None = None) -> str | None:
    """Why `host` cannot run the new VM: the local checks first, then the server's cached answer."""
    info = state.info
    reason = host_reason(
        host,
        hvm=info.hvm if info else False,
        memory=state.memory_max,
        start_memory=state.memory_min if state.start else 0,
        srs=disk_srs(state),
    )
    if reason is None and checks is not None:
        reason = checks.get(state.template, host.ref).reason
    return reason


class HomeServerPage(PageLogic[NewVmChoices]):
    key = "home"
    title = LazyText("NewVm", "Home Server")

    def __init__(self, checks: ChoiceEligibility | None = None) -> None:
        self.checks = checks  # the server's answers to VM.assert_can_boot_here(template, host), cached

    def request_checks(self, state: NewVmChoices) -> None:
        """Ask the server about every host at once, in the background (answers arrive as `checks.changed`)."""
        if self.checks is not None and state.template:
            self.checks.request(state.template, [host.ref for host in hosts(state.cache)])

    def problems(self, state: NewVmChoices) -> list[Problem]:
        if not state.home:
            return []
        host = Host.lookup(state.cache, state.home)
        if host is None:
            return [Problem("home", translate("NewVm", "The server no longer exists."))]
        reason = home_reason(state, host, self.checks)
        return (
            [Problem("home", translate("NewVm", "'{0}' cannot run the new VM: {1}").format(host.name, reason))]
            if reason
            else []
        )

    def summary(self, state: NewVmChoices) -> list[tuple[str, str]]:
        host = Host.lookup(state.cache, state.home)
        return [
            (
                translate("NewVm", "Home server"),
                host.name if host else translate("NewVm", "None (the pool chooses a server at start)"),
            )
        ]


def host_limits(state: NewVmChoices) -> tuple[Host | None, int, int]:
    """The host the limits come from (the home server, else the largest), its CPU count and memory."""
    home = Host.lookup(state.cache, state.home)
    candidates = [home] if home is not None else hosts(state.cache)
    if not candidates:
        return None, 0, 0
    cpus = max(cpu_count(h) for h in candidates)
    memory = max(h.memory_total for h in candidates)
    return home, cpus, memory


class CpuMemoryPage(PageLogic[NewVmChoices]):
    key = "cpu"
    title = LazyText("NewVm", "CPU & Memory")

    def problems(self, state: NewVmChoices) -> list[Problem]:
        problems: list[Problem] = []
        info = state.info
        home, cpus, memory = host_limits(state)
        if state.vcpus < 1:
            problems.append(Problem("vcpus", translate("NewVm", "A VM needs at least one vCPU.")))
        elif info is not None and state.vcpus > info.max_vcpus:
            problems.append(
                Problem("vcpus", translate("NewVm", "The template allows at most {0} vCPUs.").format(info.max_vcpus))
            )
        elif cpus and state.vcpus > cpus:
            text = (
                translate("NewVm", "The server '{0}' has only {1} CPUs.").format(home.name, cpus)
                if home is not None
                else translate("NewVm", "No server of the pool has more than {0} CPUs.").format(cpus)
            )
            problems.append(Problem("vcpus", text))
        if state.cores_per_socket < 1 or (state.vcpus >= 1 and state.vcpus % state.cores_per_socket):
            problems.append(
                Problem(
                    "topology", translate("NewVm", "The number of vCPUs must be a multiple of the cores per socket.")
                )
            )
        if state.memory_min > state.memory_max:
            problems.append(
                Problem("memory_min", translate("NewVm", "The minimum memory cannot be more than the maximum."))
            )
        elif info is not None and state.memory_min < info.memory_static_min:
            problems.append(
                Problem(
                    "memory_min",
                    translate("NewVm", "The template needs at least {0} of memory.").format(
                        format_bytes(info.memory_static_min)
                    ),
                )
            )
        if info is not None and state.memory_max > info.max_memory:
            problems.append(
                Problem(
                    "memory_max",
                    translate("NewVm", "The template allows at most {0} of memory.").format(
                        format_bytes(info.max_memory)
                    ),
                )
            )
        elif memory and state.memory_max > memory:
            text = (
                translate("NewVm", "The server '{0}' has only {1} of memory.").format(home.name, format_bytes(memory))
                if home is not None
                else translate("NewVm", "No server of the pool has more than {0} of memory.").format(
                    format_bytes(memory)
                )
            )
            problems.append(Problem("memory_max", text))
        elif home is not None and (reason := home_reason(state, home)) is not None:
            problems.append(Problem("memory_max", reason))
        return problems

    def summary(self, state: NewVmChoices) -> list[tuple[str, str]]:
        sockets = state.vcpus // state.cores_per_socket if state.cores_per_socket else state.vcpus
        memory = (
            format_bytes(state.memory_max)
            if state.memory_min == state.memory_max
            else translate("NewVm", "{0} to {1}").format(format_bytes(state.memory_min), format_bytes(state.memory_max))
        )
        return [
            (
                translate("NewVm", "vCPUs"),
                translate("NewVm", "{0} ({1} sockets of {2} cores)").format(
                    state.vcpus, sockets, state.cores_per_socket
                ),
            ),
            (translate("NewVm", "Memory"), memory),
        ]

"""dom0's console (xapi's vt100 text console, served as RFB here): a Linux shell with xl and xe over the pool."""

from __future__ import annotations

from .framebuffer import Framebuffer
from .keys import KeyPress
from .linux import CONSOLE_MODE, linux_command
from .program import GuestProgram
from .shell import LoginShell
from .terminal import Terminal
from .world import GuestWorld, MiB, PoolFacts, VmFacts


class Dom0Console(GuestProgram):
    def __init__(self, world: GuestWorld, facts: VmFacts, screen: Framebuffer) -> None:
        super().__init__(world, facts, screen)
        screen.resize(*CONSOLE_MODE)
        self.terminal = Terminal(screen)
        hostname = facts.host_name
        banner = (f"\nXCP-ng 8.3 (Xen {facts.xen_version})\n"
                  f"Kernel 4.19.0+1 on an x86_64 ({hostname})\n\n")
        self.shell = LoginShell(self.terminal, hostname, self.command, banner=banner,
                                prompt=lambda user: f"[{user}@{hostname} ~]{'#' if user == 'root' else '$'} ")

    async def run(self) -> None:
        self.shell.start()

    def key(self, press: KeyPress) -> None:
        self.shell.key(press)

    def command(self, name: str, args: list[str]) -> str | None:
        facts = self.refresh()
        if name == "__login__":
            return "Last login: on tty1\n"
        if name == "xl":
            return xl(self.world.pool(), facts, args)
        if name == "xe":
            return xe(self.world.pool(), args)
        if name in ("shutdown", "reboot", "poweroff", "halt"):
            return "The host is managed through xapi: use Reboot or Shut Down in the console.\n"
        return linux_command(facts, name, args, self.world.now())


def xl(pool: PoolFacts, dom0: VmFacts, args: list[str]) -> str:
    verb = args[0] if args else ""
    here = [vm for vm in pool.vms if vm.host_uuid == dom0.host_uuid and vm.domid >= 0
            and vm.power_state in ("Running", "Paused")]
    if verb == "list":
        rows = ["Name                                        ID   Mem VCPUs\tState\tTime(s)"]
        for vm in sorted(here, key=lambda v: v.domid):
            name = "Domain-0" if vm.control_domain else vm.name
            state = "r-----" if vm.power_state == "Running" else "--p---"
            rows.append(f"{name[:40]:<40} {vm.domid:>5} {vm.memory_actual // MiB:>5} {vm.vcpus:>5}     {state}"
                        f"{vm.domid * 13.7 + 42.1:>10.1f}")
        return "\n".join(rows) + "\n"
    if verb == "info":
        host = next((h for h in pool.hosts if h.uuid == dom0.host_uuid), None)
        if host is None:
            return "xl: cannot reach the hypervisor\n"
        return (f"host                   : {host.name}\nrelease                : 4.19.0+1\n"
                f"machine                : x86_64\nnr_cpus                : {host.cpus}\n"
                f"cpu_model              : {host.cpu_model}\n"
                f"virt_caps              : hvm hvm_directio pv pv_directio\n"
                f"total_memory           : {host.memory_total // MiB}\n"
                f"free_memory            : {host.memory_free // MiB}\n"
                f"xen_major              : {host.xen_version.split('.')[0]}\n"
                f"xen_version            : {host.xen_version}\n"
                f"xen_caps               : xen-3.0-x86_64 hvm-3.0-x86_32 hvm-3.0-x86_64\n"
                f"xen_scheduler          : credit\n")
    return "Usage: xl [list|info]\n"


def xe(pool: PoolFacts, args: list[str]) -> str:
    verb = args[0] if args else ""
    if verb == "vm-list":
        blocks = []
        for vm in sorted(pool.vms, key=lambda v: (not v.control_domain, v.name)):
            name = f"Control domain on host: {_host_name(pool, vm.host_uuid)}" if vm.control_domain else vm.name
            blocks.append(f"uuid ( RO)           : {vm.uuid}\n     name-label ( RW): {name}\n"
                          f"    power-state ( RO): {vm.power_state.lower()}\n")
        return "\n".join(blocks) + "\n"
    if verb == "host-list":
        blocks = [f"uuid ( RO)                : {h.uuid}\n          name-label ( RW): {h.name}\n"
                  f"    name-description ( RW): {'Pool master' if h.master else 'Default install'}\n"
                  for h in pool.hosts]
        return "\n".join(blocks) + "\n"
    if verb == "pool-list":
        return f"uuid ( RO)                : -\n          name-label ( RW): {pool.name}\n\n"
    return "Usage: xe vm-list | host-list | pool-list\n"


def _host_name(pool: PoolFacts, uuid: str) -> str:
    return next((h.name for h in pool.hosts if h.uuid == uuid), "")

"""A Linux guest's console: firmware or bootloader, kernel messages on the clock, login, a small shell."""

from __future__ import annotations

import time

from . import linux_commands as cmd
from .framebuffer import Framebuffer
from .keys import KeyPress
from .program import GuestProgram
from .shell import LoginShell
from .terminal import Terminal
from .world import GuestWorld, VmFacts

TEXT_MODE = (640, 400)  # 80x25: firmware and bootloader
CONSOLE_MODE = (1024, 768)  # the kernel's framebuffer console: 128x48
BOOTLOADER_SECONDS = 3.0
GREY_ON_BLACK = "\x1b[0m"


def firmware_lines(facts: VmFacts) -> list[tuple[float, str]]:
    """SeaBIOS as Xen's HVM guests show it."""
    return [(0.0, "SeaBIOS (version 1.16.3-xen)"), (0.1, f"Machine UUID {facts.uuid}"),
            (0.3, "Press ESC for boot menu."), (0.4, ""),
            (0.8, "Booting from Hard Disk..." if not facts.installer else "Booting from DVD/CD..."),
            (1.0, "")]


def bootloader_menu(facts: VmFacts, seconds_left: int, hvm: bool) -> str:
    title = "GNU GRUB  version 2.06-13+deb12u1" if hvm else "pyGRUB  version 0.6"
    entry = f"{cmd.distro(facts)} GNU/Linux" if "Debian" in cmd.distro(facts) else cmd.distro(facts)
    lines = ["\x1b[2J\x1b[H", f"{title:^80}", "", " ┌" + "─" * 76 + "┐"]
    rows = [f"*{entry}", f" Advanced options for {entry}"] + [""] * 8
    for index, row in enumerate(rows):
        text = f"{row:<76}"
        lines.append(" │" + ("\x1b[7m" + text + "\x1b[0m" if index == 0 else text) + "│")
    lines.append(" └" + "─" * 76 + "┘")
    lines += ["", "      Use the ↑ and ↓ keys to select which entry is highlighted.",
              "      Press enter to boot the selected OS.",
              f"   The highlighted entry will be executed automatically in {seconds_left}s."]
    return "\n".join(lines)


class LinuxGuest(GuestProgram):
    def __init__(self, world: GuestWorld, facts: VmFacts, screen: Framebuffer) -> None:
        super().__init__(world, facts, screen)
        screen.resize(*TEXT_MODE)
        self.terminal = Terminal(screen)
        self.shell: LoginShell | None = None
        self.kernel_at = 0.0

    async def run(self) -> None:
        facts = self.facts
        offset = 0.0
        if facts.hvm:
            for offset, line in firmware_lines(facts):
                await self.at(offset)
                self.terminal.write(line + "\n")
            offset += 0.2
        for left in range(int(BOOTLOADER_SECONDS), 0, -1):
            await self.at(offset)
            self.terminal.write(bootloader_menu(facts, left, facts.hvm))
            offset += 1.0
        await self.at(offset)
        self.kernel_at = offset
        self.screen.resize(*CONSOLE_MODE)
        self.terminal = Terminal(self.screen)
        for at, line in cmd.boot_log(self.refresh()):
            await self.at(offset + at)
            self.terminal.write(f"[{at:12.6f}] {line}\n")
        await self.at(offset + 4.0)
        self.terminal.write("\x1b[2J\x1b[H")
        self.start_shell()

    def start_shell(self) -> None:
        hostname = self.facts.name.replace(" ", "-").lower()
        tty = "tty1" if self.facts.hvm else "hvc0"
        banner = f"\n{cmd.distro(self.facts)} {hostname} {tty}\n\n"
        self.shell = LoginShell(self.terminal, hostname, self.command, banner=banner)
        self.shell.start()

    def key(self, press: KeyPress) -> None:
        if self.shell is not None:
            self.shell.key(press)

    def command(self, name: str, args: list[str]) -> str | None:
        """One command line's output; None for a command this system does not have."""
        facts = self.refresh()
        now = self.world.now()
        if name == "__login__":
            last = time.strftime("%a %b %d %H:%M:%S %Y", time.gmtime(now - 3600))
            return (f"Linux {facts.name.replace(' ', '-').lower()} {cmd.KERNEL} x86_64\n\n"
                    "The programs included with this system are free software.\n\n"
                    f"Last login: {last} on {'tty1' if facts.hvm else 'hvc0'}\n")
        if name in ("shutdown", "poweroff", "halt", "reboot", "init"):
            return self._power(name, args)
        return linux_command(facts, name, args, now)

    def _power(self, name: str, args: list[str]) -> str:
        reboot = name == "reboot" or "-r" in args or args[:1] == ["6"]
        if name == "shutdown" and not ({"now", "-h", "-r", "-P"} & set(args)):
            return "Shutdown scheduled; use 'shutdown -h now' to power off at once.\n"
        if name == "init" and args[:1] not in (["0"], ["6"]):
            return "init: only 0 (power off) and 6 (reboot) are simulated\n"
        if self.shell is not None:
            self.shell.stop()
        what = "reboot" if reboot else "power off"
        self.world.power(self.facts.ref, "clean_reboot" if reboot else "clean_shutdown")
        return (f"\nBroadcast message from root@{self.facts.name} (console):\n\n"
                f"The system will {what} now!\n\n"
                "[  OK  ] Stopped target Graphical Interface.\n[  OK  ] Stopped target Multi-User System.\n"
                "[  OK  ] Stopped xe-daemon.service - Xen guest agent.\n"
                "[  OK  ] Reached target System Shutdown.\n"
                f"[  OK  ] Finished systemd-{'reboot' if reboot else 'poweroff'}.service.\n"
                f"{'reboot' if reboot else 'Power down'}: system halted\n")


def linux_command(facts: VmFacts, name: str, args: list[str], now: float) -> str | None:
    """The commands every Linux console here knows (a guest's and dom0's)."""
    path = args[0] if args else ""
    if name == "uname":
        return cmd.uname(facts, args)
    if name == "free":
        return cmd.free(facts, args)
    if name in ("top", "htop"):
        return cmd.top(facts, now)
    if name == "ip" and args[:1] in (["a"], ["addr"], ["address"]):
        return cmd.ip_addr(facts)
    if name == "ip":
        return "Usage: ip a\n"
    if name == "df":
        return cmd.df(facts)
    if name == "lsblk":
        return cmd.lsblk(facts)
    if name == "dmesg":
        return cmd.dmesg(facts)
    if name == "xenstore-ls":
        return cmd.xenstore_ls(facts)
    if name == "cat":
        files = {"/proc/xen/capabilities": lambda: cmd.xen_capabilities(facts),
                 "/etc/os-release": lambda: cmd.os_release(facts),
                 "/etc/hostname": lambda: facts.name.replace(" ", "-").lower() + "\n"}
        reader = files.get(path)
        return reader() if reader else f"cat: {path}: No such file or directory\n"
    if name == "hostname":
        return facts.name.replace(" ", "-").lower() + "\n"
    if name == "nproc":
        return f"{facts.vcpus}\n"
    if name == "uptime":
        up = int(now - facts.started)
        return f" {time.strftime('%H:%M:%S', time.gmtime(now))} up {up // 60} min,  1 user,  load average: 0.08\n"
    if name == "date":
        return time.strftime("%a %b %d %H:%M:%S UTC %Y\n", time.gmtime(now))
    if name == "whoami":
        return "root\n"
    if name == "echo":
        return " ".join(args) + "\n"
    if name in ("ls", "pwd", "true"):
        return {"ls": "", "pwd": "/root\n", "true": ""}[name]
    if name == "help":
        return ("Commands: uname -a, free -m, top, ip a, df -h, lsblk, dmesg, cat /proc/xen/capabilities,\n"
                "xenstore-ls, hostname, uptime, date, clear, shutdown -h now, reboot, exit\n")
    return None

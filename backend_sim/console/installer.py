"""The installer a VM boots from an installer ISO: language, disk, network, user, a progress bar while
its disks fill on the simulated clock, then a reboot into the installed system. Keyboard only."""

from __future__ import annotations

import re

from .framebuffer import Framebuffer
from .keys import KeyPress
from .linux import TEXT_MODE, firmware_lines
from .program import GuestProgram
from .terminal import Terminal
from .world import GuestWorld, VmFacts

LANGUAGES = ("English", "Español", "Galego", "Français", "Deutsch", "Português")
INSTALL_SECONDS = 60.0  # simulated: the progress bar's whole run
STEPS = 30
MENU_AT = 1.5
FIRST_PAGE_AT = 4.0
PAGES = ("language", "disk", "network", "user", "installing", "done")


def os_from_iso(iso: str) -> str:
    """What the ISO installs, as the guest agent will report it ("Debian 12", "Windows Server 2022")."""
    name = iso.lower()
    version = re.search(r"(\d+(?:\.\d+)?)", name)
    number = version.group(1) if version else ""
    if name.startswith("win"):
        year = re.search(r"(20\d\d)", name)
        return f"Windows Server {year.group(1)}" if year and "server" in name else "Windows 10"
    for key, label in (("debian", "Debian"), ("ubuntu", "Ubuntu"), ("alpine", "Alpine Linux"),
                       ("centos", "CentOS Stream"), ("fedora", "Fedora")):
        if key in name:
            if key in ("debian", "centos"):
                number = number.split(".")[0]
            elif key == "alpine":
                number = ".".join(number.split(".")[:2])
            return f"{label} {number}".strip()
    return "Linux"


class Installer(GuestProgram):
    def __init__(self, world: GuestWorld, facts: VmFacts, screen: Framebuffer) -> None:
        super().__init__(world, facts, screen)
        screen.resize(*TEXT_MODE)
        self.terminal = Terminal(screen)
        self.os_name = os_from_iso(facts.installer)
        self.windows = self.os_name.startswith("Windows")
        self.page = "boot"
        self.choice = 0
        self.disk_index = 0
        self.disks = [d for d in facts.disks if not d.cd]
        self.hostname = facts.name.replace(" ", "-").lower()
        self.user = ""
        self.password = ""
        self.field = 0  # on the user page: 0 user name, 1 password
        self.progress = 0.0
        self.message = ""

    async def run(self) -> None:
        if self.facts.hvm:
            for offset, line in firmware_lines(self.facts):
                await self.at(offset)
                self.terminal.write(line + "\n")
        await self.at(MENU_AT)
        self.terminal.write("\x1b[0m\x1b[2J\x1b[H")
        self.terminal.write(f"\n  {'Windows Setup' if self.windows else 'Installer boot menu'}\n\n"
                            f"  Loading the installer from {self.facts.installer}...\n")
        await self.at(FIRST_PAGE_AT)
        self.show("language")

    # -- pages -----------------------------------------------------------------------------------------

    def show(self, page: str) -> None:
        if page != self.page:
            self.choice = 0
            self.message = ""
        self.page = page
        title = "Windows Setup" if self.windows else f"{self.os_name} installer"
        if page == "language":
            self._dialog(title, "Choose the language of the installation:", list(LANGUAGES))
        elif page == "disk":
            items = [f"{d.device}  {d.size / 1e9:6.1f} GB  {d.name}" for d in self.disks]
            self._dialog(title, "Install on which disk? Everything on it will be erased.",
                         items or ["(no disk: add a virtual disk to this VM)"])
        elif page == "network":
            mac = self.facts.nics[0].mac if self.facts.nics else "(no network interface)"
            self._dialog(title, f"Network: eth0, MAC {mac}, configured by DHCP.\n\nHost name:",
                         [], fields=[self.hostname], active=0)
        elif page == "user":
            self._dialog(title, "Create a user. Tab moves between the fields.",
                         [], fields=[self.user, "*" * len(self.password)], labels=["User name:", "Password:"],
                         active=self.field)
        elif page == "installing":
            width = 50
            filled = int(width * self.progress)
            bar = "█" * filled + "░" * (width - filled)
            self._dialog(title, f"Installing the system on {self._disk_name()}...\n\n{bar} {self.progress:4.0%}",
                         [], hint="Please wait.")
        elif page == "done":
            self._dialog(title, "Installation complete. Remove the installation media;\n"
                         "the system will now restart into the installed system.", [],
                         hint="<Enter> Continue")

    def _disk_name(self) -> str:
        return self.disks[self.disk_index].device if self.disk_index < len(self.disks) else "xvda"

    def _dialog(self, title: str, text: str, items: list[str], *, fields: list[str] | None = None,
                labels: list[str] | None = None, active: int = -1, hint: str = "") -> None:
        """A grey box on blue, as newt draws it: the text, a list or fields, a hint line."""
        t = self.terminal
        out = ["\x1b[0m\x1b[44;97m\x1b[2J\x1b[1;1H", f" {title}"]
        left, width = 6, 68
        lines = text.split("\n")
        rows = lines + [""] + [f"  {item}" for item in items]
        for index, value in enumerate(fields or []):
            label = (labels or [""])[index] if labels else ""
            rows.append(f"  {label:<12}[{value:<30}]")
        if self.message:
            rows += ["", self.message]
        top = 4
        out.append(f"\x1b[{top};{left}H\x1b[47;30m┌{'─' * (width - 2)}┐")
        for offset, row in enumerate(rows, start=1):
            out.append(f"\x1b[{top + offset};{left}H\x1b[47;30m│")
            item_index = offset - 1 - len(lines) - 1
            chosen = 0 <= item_index < len(items) and item_index == self.choice
            field_index = offset - 1 - len(lines) - 1 - len(items)
            highlighted = chosen or (fields is not None and field_index == active)
            out.append(("\x1b[44;97m" if highlighted else "\x1b[47;30m") + f"{row[:width - 4]:<{width - 4}}")
            out.append("\x1b[47;30m  │")
        out.append(f"\x1b[{top + len(rows) + 1};{left}H\x1b[47;30m└{'─' * (width - 2)}┘")
        footer = hint or "<Up>/<Down> choose   <Tab> next field   <Enter> continue"
        out.append(f"\x1b[25;1H\x1b[44;97m {footer}")
        t.cursor_visible = fields is not None
        t.write("".join(out))

    # -- keys ------------------------------------------------------------------------------------------

    def key(self, press: KeyPress) -> None:
        page = self.page
        if page in ("language", "disk"):
            count = len(LANGUAGES) if page == "language" else max(1, len(self.disks))
            if press.name in ("Up", "Down"):
                self.choice = (self.choice + (1 if press.name == "Down" else -1)) % count
                self.show(page)
            elif press.name == "Return":
                if page == "disk" and not self.disks:
                    return
                if page == "disk":
                    self.disk_index = self.choice
                self.show("disk" if page == "language" else "network")
        elif page == "network":
            self.hostname = _edit(self.hostname, press)
            if press.name == "Return" and self.hostname:
                self.show("user")
            else:
                self.show("network")
        elif page == "user":
            self._user_key(press)
        elif page == "done" and press.name == "Return":
            self.page = "rebooting"
            self.terminal.write("\x1b[0m\x1b[2J\x1b[H\nRebooting...\n")
            self.world.install_finished(self.facts.ref, self.os_name)
            self.world.power(self.facts.ref, "clean_reboot")

    def _user_key(self, press: KeyPress) -> None:
        if press.name in ("Tab", "Up", "Down"):
            self.field = 1 - self.field
        elif press.name == "Return":
            if not self.user:
                self.message = "A user name is needed."
            elif not self.password:
                self.message = "A password is needed."
            else:
                self.page = "installing"
                self.world.spawn(f"console-install:{self.facts.ref}", self._install())
                self.show("installing")
                return
        elif self.field == 0:
            self.user = _edit(self.user, press)
        else:
            self.password = _edit(self.password, press)
        self.show("user")

    async def _install(self) -> None:
        for step in range(1, STEPS + 1):
            await self.world.sleep(INSTALL_SECONDS / STEPS)
            if self.screen.ended:
                return
            self.progress = step / STEPS
            self.world.install_progress(self.facts.ref, self.progress)
            self.show("installing")
        self.show("done")


def _edit(value: str, press: KeyPress) -> str:
    if press.name == "BackSpace":
        return value[:-1]
    if press.text and not press.ctrl and not press.alt and len(value) < 30:
        return value + press.text
    return value

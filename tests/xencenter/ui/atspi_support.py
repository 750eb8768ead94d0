"""The real console window on a private X server with the desktop's accessibility bus, read as a screen reader reads
it: over AT-SPI (D-Bus, through jeepney, which the keyring already brings in).

`Desktop` starts Xvfb, a private session bus (whose org.a11y.Bus starts at-spi-bus-launcher on demand) and the
console; `Accessible` is one node of the console's accessible tree. What is needed and missing makes `Desktop.skip`
name it, so the tests skip cleanly on a machine without it.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "packaging"))

ACCESSIBLE = "org.a11y.atspi.Accessible"
ACTION = "org.a11y.atspi.Action"
REGISTRY = ("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
# AT-SPI's StateType numbers (atspi-constants.h).
STATE_ENABLED, STATE_SHOWING, STATE_VISIBLE = 8, 25, 30
# Roles a user acts on: each must say what it is (a name) to a screen reader.
INTERACTIVE = frozenset({
    "push button", "toggle button", "check box", "radio button", "combo box", "spin button", "slider", "text",
    "entry", "password text", "page tab", "menu item", "check menu item", "radio menu item", "menu", "list item",
    "tree item", "table cell", "link",
})


def missing_requirements() -> str:
    """Why the accessibility bus cannot be driven here ("" when it can)."""
    if not sys.platform.startswith("linux"):
        return "AT-SPI is the Linux desktop's accessibility bus"
    for program in ("Xvfb", "dbus-daemon"):
        if shutil.which(program) is None:
            return f"{program} is not installed"
    if not any(Path(folder, "at-spi-bus-launcher").exists() for folder in
               ("/usr/libexec", "/usr/lib/at-spi2-core", "/usr/lib/x86_64-linux-gnu/at-spi2-core", "/usr/lib")):
        return "at-spi2-core is not installed"
    try:
        import jeepney  # noqa: F401
    except ImportError:
        return "jeepney is not installed"
    import qtdeps

    missing = qtdeps.xcb_missing(Path(sys.executable))
    return f"Qt's xcb plugin lacks {' '.join(missing)}" if missing else ""


@dataclass(frozen=True)
class Accessible:
    """One node of an application's accessible tree on the AT-SPI bus."""

    bus: Any  # jeepney DBusConnection to the accessibility bus
    name_on_bus: str
    path: str

    def _call(self, interface: str, method: str, signature: str | None = None, body: tuple[Any, ...] = ()) -> Any:
        from jeepney import DBusAddress, new_method_call

        address = DBusAddress(self.path, bus_name=self.name_on_bus, interface=interface)
        reply = self.bus.send_and_get_reply(new_method_call(address, method, signature, body), timeout=10)
        if reply.header.message_type.name == "error":
            raise RuntimeError(f"{interface}.{method} on {self.path}: {reply.body}")
        return reply.body

    def _property(self, name: str) -> Any:
        (value,) = self._call("org.freedesktop.DBus.Properties", "Get", "ss", (ACCESSIBLE, name))
        return value[1]

    @property
    def name(self) -> str:
        return str(self._property("Name"))

    @property
    def description(self) -> str:
        return str(self._property("Description"))

    @property
    def role(self) -> str:
        return str(self._call(ACCESSIBLE, "GetRoleName")[0])

    def states(self) -> set[int]:
        (words,) = self._call(ACCESSIBLE, "GetState")
        return {32 * index + bit for index, word in enumerate(words) for bit in range(32) if word >> bit & 1}

    def children(self) -> list[Accessible]:
        (found,) = self._call(ACCESSIBLE, "GetChildren")
        return [Accessible(self.bus, bus_name, str(path)) for bus_name, path in found]

    def actions(self) -> list[str]:
        try:
            (found,) = self._call(ACTION, "GetActions")
        except RuntimeError:
            return []
        return [str(entry[0]) for entry in found]

    def do(self, action: str) -> None:
        index = self.actions().index(action)
        self._call(ACTION, "DoAction", "i", (index,))

    def walk(self, limit: int = 4000) -> Iterator[tuple[Accessible, str, str, set[int]]]:
        """(node, role, name, states) of every showing node under this one, depth first, at most `limit`."""
        stack: list[Accessible] = [self]
        seen = 0
        while stack and seen < limit:
            node = stack.pop()
            try:
                role, name, states = node.role, node.name, node.states()
            except RuntimeError:  # gone while we walked (a tab changed): not an error of the widget's
                continue
            if node is not self and STATE_SHOWING not in states:
                continue
            seen += 1
            yield node, role, name, states
            stack.extend(reversed(node.children()))


class Desktop:
    """Xvfb, a session bus and the console (on its demo pools), torn down in reverse order."""

    def __init__(self, console_args: tuple[str, ...] = ()) -> None:
        from jeepney.io.blocking import open_dbus_connection

        self.processes: list[subprocess.Popen[bytes]] = []
        try:
            display = self._start_x()
            session = self._start_bus()
            self.env = {**os.environ, "DISPLAY": f":{display}", "DBUS_SESSION_BUS_ADDRESS": session,
                        "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1",
                        "NO_AT_BRIDGE": "0"}
            self.session = open_dbus_connection(bus=session)
            self.bus = open_dbus_connection(bus=self._a11y_address())
            self.console = subprocess.Popen([sys.executable, "-m", "xencenter", "--lang", "en", *console_args],
                                            env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            self.processes.append(self.console)
        except BaseException:
            self.close()
            raise

    def _start_x(self) -> int:
        read, write = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                                pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.processes.append(xvfb)
        os.close(write)
        with os.fdopen(read) as pipe:
            line = pipe.readline()
        if not line.strip().isdigit():
            raise RuntimeError("Xvfb did not report a display")
        return int(line)

    def _start_bus(self) -> str:
        bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.processes.append(bus)
        assert bus.stdout is not None
        address = bus.stdout.readline().decode().strip()
        if not address:
            raise RuntimeError("dbus-daemon did not report its address")
        return address

    def _a11y_address(self) -> str:
        from jeepney import DBusAddress, new_method_call

        launcher = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus")
        reply = self.session.send_and_get_reply(new_method_call(launcher, "GetAddress"), timeout=30)
        return str(reply.body[0])

    def application(self, name: str, timeout: float = 60.0) -> Accessible:
        """The application registered on the accessibility bus under `name`."""
        root = Accessible(self.bus, *REGISTRY)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for app in root.children():
                try:
                    if app.name == name:
                        return app
                except RuntimeError:
                    continue
            self.assert_running()
            time.sleep(0.2)
        raise AssertionError(f"{name!r} never appeared on the accessibility bus")

    def assert_running(self) -> None:
        if self.console.poll() is not None:
            errors = self.console.stderr.read().decode(errors="replace") if self.console.stderr else ""
            raise AssertionError(f"the console exited ({self.console.returncode}): {errors[-2000:]}")

    def close(self) -> None:
        for attribute in ("bus", "session"):
            connection = getattr(self, attribute, None)
            if connection is not None:
                connection.close()
        for process in reversed(self.processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            for stream in (process.stdout, process.stderr):
                if stream is not None:
                    stream.close()
        self.processes.clear()


def label(role: str, name: str, path: str) -> str:
    return f"{role} {name!r} at {re.sub(r'^/org/a11y/atspi/accessible/', '', path)}"


__all__ = ["INTERACTIVE", "STATE_ENABLED", "STATE_VISIBLE", "Accessible", "Desktop", "label", "missing_requirements"]

"""Guest screens driven over a fake pool: boot timelines, login, commands from the VM's state, power requests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from backend_sim.console.framebuffer import Framebuffer
from backend_sim.console.installer import Installer, os_from_iso
from backend_sim.console.linux import LinuxGuest
from backend_sim.console.manager import ConsoleManager
from backend_sim.console.windows import WindowsGuest
from backend_sim.console.world import MiB

from console_fakes import FakeWorld, linux_vm

RETURN, BACKSPACE, TAB, DOWN = 0xFF0D, 0xFF08, 0xFF09, 0xFF54
CTRL, ALT, DELETE = 0xFFE3, 0xFFE9, 0xFFFF

pytestmark = pytest.mark.asyncio


def press(screen: Framebuffer, keysym: int) -> None:
    screen.key(True, keysym, None)
    screen.key(False, keysym, None)


def type_line(screen: Framebuffer, text: str) -> None:
    for char in text:
        press(screen, ord(char))
    press(screen, RETURN)


def shown(program: LinuxGuest | Installer) -> str:
    return "\n".join(program.terminal.lines())


async def booted(world: FakeWorld, ref: str = "OpaqueRef:vm1") -> tuple[ConsoleManager, Framebuffer, LinuxGuest]:
    manager = ConsoleManager(world)
    screen = manager.screen(ref)
    assert screen is not None
    await world.step(12)
    program = manager._live[ref].program
    assert isinstance(program, LinuxGuest)
    return manager, screen, program


async def logged_in(world: FakeWorld) -> tuple[Framebuffer, LinuxGuest]:
    _, screen, program = await booted(world)
    type_line(screen, "root")
    type_line(screen, "pw")
    return screen, program


async def test_a_pv_guest_boots_through_pygrub_and_kernel_messages_to_a_login_prompt() -> None:
    world = FakeWorld(linux_vm())
    manager = ConsoleManager(world)
    screen = manager.screen("OpaqueRef:vm1")
    assert screen is not None
    await world.step(1.0, slices=4)
    program = manager._live["OpaqueRef:vm1"].program
    assert isinstance(program, LinuxGuest)
    assert "pyGRUB" in shown(program) and (screen.width, screen.height) == (640, 400)
    await world.step(3.5, slices=10)
    assert (screen.width, screen.height) == (1024, 768)
    assert "Linux version" in shown(program)
    await world.step(6)
    assert "web01 login:" in shown(program)


async def test_login_then_free_shows_the_ballooned_memory_and_follows_it() -> None:
    world = FakeWorld(linux_vm())
    _, screen, program = await booted(world)
    type_line(screen, "root")
    type_line(screen, "secret")
    assert "secret" not in shown(program)
    type_line(screen, "free -m")
    assert "Mem:" in shown(program) and f"{768 - 96}" in shown(program)
    world.vms["OpaqueRef:vm1"] = replace(world.vms["OpaqueRef:vm1"], memory_actual=512 * MiB)
    type_line(screen, "clear")
    type_line(screen, "free -m")
    assert f"{512 - 96}" in shown(program)


@pytest.mark.parametrize(("command", "expected"), [
    ("uname -a", "Linux web01 6.1.0-25-amd64"), ("ip a", "link/ether aa:bb:cc:00:11:22"),
    ("ip a", "inet 10.0.1.23/24"), ("df -h", "/dev/xvda1"), ("lsblk", "xvda"), ("dmesg", "blkfront: xvda"),
    ("top", "load average"), ("xenstore-ls", "/local/domain/0/backend/vif/7/0"),
    ("nosuch", "nosuch: command not found"),
])
async def test_commands_answer_from_the_vm_state(command: str, expected: str) -> None:
    world = FakeWorld(linux_vm())
    screen, program = await logged_in(world)
    type_line(screen, command)
    assert expected in shown(program)


async def test_a_paused_guest_ignores_keys() -> None:
    world = FakeWorld(linux_vm())
    _, screen, program = await booted(world)
    world.vms["OpaqueRef:vm1"] = replace(world.vms["OpaqueRef:vm1"], power_state="Paused")
    type_line(screen, "root")
    assert "Password:" not in shown(program)
    world.vms["OpaqueRef:vm1"] = replace(world.vms["OpaqueRef:vm1"], power_state="Running")
    type_line(screen, "root")
    assert "Password:" in shown(program)


async def test_a_domu_has_no_control_domain_capability_and_backspace_edits() -> None:
    world = FakeWorld(linux_vm())
    screen, program = await logged_in(world)
    for char in "cat /proc/xen/capabilitiesX":
        press(screen, ord(char))
    press(screen, BACKSPACE)
    press(screen, RETURN)
    assert "No such file" not in shown(program) and "control_d" not in shown(program)


@pytest.mark.parametrize(("command", "operation"), [("shutdown -h now", "clean_shutdown"),
                                                    ("reboot", "clean_reboot"), ("poweroff", "clean_shutdown")])
async def test_power_commands_ask_the_pool(command: str, operation: str) -> None:
    world = FakeWorld(linux_vm())
    screen, program = await logged_in(world)
    type_line(screen, command)
    assert world.power_requests == [("OpaqueRef:vm1", operation)]
    type_line(screen, "uname -a")  # the system is going down: no more shell
    assert "GNU/Linux" not in shown(program)


async def test_an_hvm_guest_shows_the_bios_first() -> None:
    world = FakeWorld(linux_vm(hvm=True))
    manager = ConsoleManager(world)
    manager.screen("OpaqueRef:vm1")
    await world.step(0.5, slices=5)
    program = manager._live["OpaqueRef:vm1"].program
    assert isinstance(program, LinuxGuest)
    assert "SeaBIOS" in shown(program)


async def test_the_screen_ends_with_its_domain_and_a_new_domain_gets_a_new_screen() -> None:
    world = FakeWorld(linux_vm())
    manager, screen, _ = await booted(world)
    world.vms["OpaqueRef:vm1"] = replace(world.vms["OpaqueRef:vm1"], domid=8, started=world.now())
    manager.check()
    assert screen.ended
    again = manager.screen("OpaqueRef:vm1")
    assert again is not None and again is not screen
    world.vms["OpaqueRef:vm1"] = replace(world.vms["OpaqueRef:vm1"], power_state="Halted", domid=-1)
    assert manager.screen("OpaqueRef:vm1") is None and again.ended


async def test_windows_lock_screen_sign_in_and_desktop() -> None:
    world = FakeWorld(linux_vm(hvm=True, windows=True, os_name="Windows Server 2022", name="win2022"))
    manager = ConsoleManager(world)
    screen = manager.screen("OpaqueRef:vm1")
    assert screen is not None
    await world.step(12)
    program = manager._live["OpaqueRef:vm1"].program
    assert isinstance(program, WindowsGuest) and program.page == "lock"
    before = screen.pixels.copy()
    for keysym in (CTRL, ALT):
        screen.key(True, keysym, None)
    press(screen, DELETE)
    for keysym in (CTRL, ALT):
        screen.key(False, keysym, None)
    assert program.page == "sign-in" and (screen.pixels != before).any()
    type_line(screen, "Passw0rd")
    await world.step(3)
    assert program.page == "desktop"


async def test_dom0_lists_domains_and_hosts() -> None:
    dom0 = linux_vm(ref="OpaqueRef:dom0", name="Control domain on host: xcp-host1", domid=0, control_domain=True)
    world = FakeWorld(dom0, linux_vm())
    manager = ConsoleManager(world)
    screen = manager.screen("OpaqueRef:dom0")
    assert screen is not None
    await world.step(1)
    program = manager._live["OpaqueRef:dom0"].program
    type_line(screen, "root")
    type_line(screen, "pw")
    type_line(screen, "xl list")
    text = "\n".join(program.terminal.lines())  # type: ignore[attr-defined]
    assert "Domain-0" in text and "web01" in text
    type_line(screen, "xe host-list")
    type_line(screen, "cat /proc/xen/capabilities")
    text = "\n".join(program.terminal.lines())  # type: ignore[attr-defined]
    assert "xcp-host1" in text and "control_d" in text


async def test_the_installer_runs_page_by_page_fills_the_disks_and_reboots() -> None:
    world = FakeWorld(linux_vm(installer="debian-12.7.0-amd64-netinst.iso", os_name=""))
    manager = ConsoleManager(world)
    screen = manager.screen("OpaqueRef:vm1")
    assert screen is not None
    await world.step(5)
    program = manager._live["OpaqueRef:vm1"].program
    assert isinstance(program, Installer) and program.page == "language"
    press(screen, DOWN)
    press(screen, RETURN)  # Español
    assert program.page == "disk" and "xvda" in shown(program)
    press(screen, RETURN)
    assert program.page == "network"
    press(screen, RETURN)  # the host name proposed
    assert program.page == "user"
    press(screen, RETURN)
    assert "user name is needed" in shown(program)
    for char in "student":
        press(screen, ord(char))
    press(screen, TAB)
    type_line(screen, "pw")
    assert program.page == "installing"
    await world.step(30)
    assert 0 < world.progress[-1] < 1
    await world.step(90, slices=180)
    assert world.progress[-1] == 1.0 and program.page == "done"
    press(screen, RETURN)
    assert world.installed == [("OpaqueRef:vm1", "Debian 12")]
    assert world.power_requests == [("OpaqueRef:vm1", "clean_reboot")]


@pytest.mark.parametrize(("iso", "name"), [("debian-12.7.0-amd64-netinst.iso", "Debian 12"),
                                           ("ubuntu-24.04.1-live-server-amd64.iso", "Ubuntu 24.04"),
                                           ("alpine-virt-3.20.3-x86_64.iso", "Alpine Linux 3.20"),
                                           ("Win2022_Server_EVAL_x64.iso", "Windows Server 2022")])
async def test_what_an_iso_installs(iso: str, name: str) -> None:
    assert os_from_iso(iso) == name

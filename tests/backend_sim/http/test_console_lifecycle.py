"""What is typed in a guest's console reaches the pool's lifecycle: `shutdown -h now` and `reboot` run as tasks
with events and allowed_operations like any client's, and an installer runs to an installed, reporting system."""

from __future__ import annotations

import asyncio

import pytest

from backend_sim.rfb.client import RfbClient

from conftest import SimServer
from rfb_support import call, console_client, login, shows_text, step_clock, type_text, vm_named

pytestmark = [pytest.mark.asyncio, pytest.mark.slow]

DOWN, RETURN, TAB = 0xFF54, 0xFF0D, 0xFF09


async def screen_shows(client: RfbClient, text: str, timeout: float = 10) -> None:
    """Read updates until `text` is on the screen."""
    await client.request(incremental=False)

    async def wait() -> None:
        while True:
            await client.read_update()
            if shows_text(client.pixels, text):
                return
            await client.request()

    await asyncio.wait_for(wait(), timeout)


async def logged_in(server: SimServer, session: str, vm: str) -> RfbClient:
    client = await console_client(server, session, vm)
    await screen_shows(client, "login:")
    await type_text(client, "root\npassword\n")
    await screen_shows(client, "root@")
    return client


def task_names(server: SimServer, session: str) -> list[str]:
    return [t["name_label"] for t in call(server, "task.get_all_records", session).values()]


async def test_shutdown_typed_in_the_guest_halts_the_vm_through_a_task(fresh_sim: SimServer) -> None:
    session = login(fresh_sim)
    step_clock(fresh_sim, session, 30)
    vm = vm_named(fresh_sim, session, "web01")
    client = await logged_in(fresh_sim, session, vm)
    await type_text(client, "shutdown -h now\n")
    await screen_shows(client, "Power down")
    await asyncio.sleep(0.2)
    assert "Async.VM.clean_shutdown" in task_names(fresh_sim, session)
    assert "clean_shutdown" in call(fresh_sim, "VM.get_current_operations", session, vm).values()
    step_clock(fresh_sim, session, 10)
    await asyncio.sleep(0.2)
    assert call(fresh_sim, "VM.get_power_state", session, vm) == "Halted"
    assert "start" in call(fresh_sim, "VM.get_allowed_operations", session, vm)
    assert await asyncio.wait_for(client.reader.read(), 5) == b""  # the domain's console is gone
    await client.close()


async def test_reboot_typed_in_the_guest_comes_back_with_a_new_console(fresh_sim: SimServer) -> None:
    session = login(fresh_sim)
    step_clock(fresh_sim, session, 30)
    vm = vm_named(fresh_sim, session, "db01")
    domid = call(fresh_sim, "VM.get_domid", session, vm)
    client = await logged_in(fresh_sim, session, vm)
    await type_text(client, "reboot\n")
    await asyncio.sleep(0.3)
    assert "Async.VM.clean_reboot" in task_names(fresh_sim, session)
    for _ in range(4):
        step_clock(fresh_sim, session, 5)
        await asyncio.sleep(0.1)
    assert call(fresh_sim, "VM.get_power_state", session, vm) == "Running"
    assert call(fresh_sim, "VM.get_domid", session, vm) != domid
    assert await asyncio.wait_for(client.reader.read(), 5) == b""
    await client.close()
    again = await console_client(fresh_sim, session, vm)
    step_clock(fresh_sim, session, 20)
    await screen_shows(again, "db01 login:")
    await again.close()


async def test_the_installer_runs_from_an_iso_to_an_installed_system_whose_agent_reports(
        fresh_sim: SimServer) -> None:
    session = login(fresh_sim)
    vm = vm_named(fresh_sim, session, "student-pc2")
    iso = call(fresh_sim, "VDI.get_by_name_label", session, "debian-12.7.0-amd64-netinst.iso")[0]
    cd = next(ref for ref in call(fresh_sim, "VM.get_VBDs", session, vm)
              if call(fresh_sim, "VBD.get_type", session, ref) == "CD")
    call(fresh_sim, "VBD.insert", session, cd, iso)
    call(fresh_sim, "VM.set_PV_bootloader", session, vm, "eliloader")  # as a template's install sets it
    task = call(fresh_sim, "Async.VM.start", session, vm, False, False)
    while call(fresh_sim, "task.get_status", session, task) == "pending":
        step_clock(fresh_sim, session, 2)
        await asyncio.sleep(0.05)
    assert call(fresh_sim, "VM.get_power_state", session, vm) == "Running"
    client = await console_client(fresh_sim, session, vm)
    step_clock(fresh_sim, session, 10)
    await screen_shows(client, "Choose the language")
    step_clock(fresh_sim, session, 30)
    assert call(fresh_sim, "VM.get_guest_metrics", session, vm) == "OpaqueRef:NULL"  # no agent in an installer
    for keys in ([DOWN, RETURN], [RETURN], [RETURN]):
        for key in keys:
            await client.tap(key)
    await type_text(client, "student")
    await client.tap(TAB)
    await type_text(client, "secret\n")
    await screen_shows(client, "Installing the system")
    vdi = call(fresh_sim, "VBD.get_VDI", session, next(
        ref for ref in call(fresh_sim, "VM.get_VBDs", session, vm) if call(fresh_sim, "VBD.get_type", session, ref)
        == "Disk"))
    before = int(call(fresh_sim, "VDI.get_physical_utilisation", session, vdi))
    for _ in range(35):
        step_clock(fresh_sim, session, 2)
        await asyncio.sleep(0.02)
    await screen_shows(client, "Installation complete")
    assert int(call(fresh_sim, "VDI.get_physical_utilisation", session, vdi)) > before
    await client.tap(RETURN)
    for _ in range(10):
        step_clock(fresh_sim, session, 5)
        await asyncio.sleep(0.1)
    assert call(fresh_sim, "VBD.get_empty", session, cd)
    assert call(fresh_sim, "VM.get_power_state", session, vm) == "Running"
    for _ in range(5):
        step_clock(fresh_sim, session, 5)
        await asyncio.sleep(0.05)
    metrics = call(fresh_sim, "VM.get_guest_metrics", session, vm)
    assert metrics != "OpaqueRef:NULL"
    assert call(fresh_sim, "VM_guest_metrics.get_os_version", session, metrics)["name"] == "Debian 12"
    installed = await console_client(fresh_sim, session, vm)
    await screen_shows(installed, "student-pc2 login:")
    await installed.close()
    await client.close()

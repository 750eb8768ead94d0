"""Shut Down and Reboot ask first, with "Don't ask me again" kept in the settings; forced verbs always ask."""

from __future__ import annotations

from typing import Any

from xencenter.core.commands import CommandContext, CommandRegistry, SelectedItem
from xencenter.core.confirmations import Confirmations
from xencenter.core.connection import Connection
from xencenter.core.manager import ConnectionManager
from xencenter.core.operations import OperationList
from xencenter.core.servers import MemorySecretStore, MemorySettings

from core_fakes import FakeUi
from core_pool import HOST, FakePool, vm
from core_support import Runner, arun_fixture  # noqa: F401

REG = CommandRegistry()


def test_vm_and_server_shutdown_and_reboot_may_be_opted_out_forced_ones_never(qapp: Any) -> None:
    optional = {c.id for c in REG if c.verb.ask_option is not None}
    assert optional == {"vm.shutdown", "vm.reboot", "host.shutdown", "host.reboot"}
    for command_id in ("vm.force_shutdown", "vm.force_reboot"):
        command = REG.get(command_id)
        assert command.confirmation is not None and command.verb.ask_option is None


def test_settings_values_from_ini_files_and_native_stores(qapp: Any) -> None:
    settings = MemorySettings()
    confirmations = Confirmations(settings)
    assert confirmations.asks("vm.shutdown")
    confirmations.set_asks("vm.shutdown", False)
    assert not confirmations.asks("vm.shutdown") and settings.value("confirmations/vm.shutdown") == "false"
    settings.setValue("confirmations/vm.reboot", False)
    assert not confirmations.asks("vm.reboot")
    settings.setValue("confirmations/vm.reboot", "garbage")
    assert confirmations.asks("vm.reboot")
    assert Confirmations(None).asks("vm.shutdown")


def test_dont_ask_again_is_saved_on_yes_and_skips_the_next_question(arun: Runner) -> None:
    settings = MemorySettings()
    manager = ConnectionManager(settings, MemorySecretStore())

    async def scenario() -> None:
        pool = FakePool()
        pool.add("VM", "OpaqueRef:v", vm("web", power="Running", allowed=("clean_shutdown", "hard_shutdown"),
                                         resident_on=HOST))
        pool.fake.methods["Async.VM.clean_shutdown"] = lambda s, ref: "OpaqueRef:task"
        pool.fake.methods["Async.VM.hard_shutdown"] = lambda s, ref: "OpaqueRef:task2"
        conn = Connection("http://fake.test", "root", transport=pool.fake.transport())
        await conn.open("secret")
        ops = OperationList()
        selection = [SelectedItem(conn, "VM", "OpaqueRef:v")]
        ui = FakeUi(answer=False)
        ui.opt_out = True  # "No" with the box ticked: asked again next time
        assert not await REG.run("vm.shutdown", CommandContext(selection, ops, ui, manager))
        assert ui.asked == [("Confirm Shut Down", "Shut down 'web'?")]
        assert Confirmations(settings).asks("vm.shutdown")
        ui.answer = True
        assert await REG.run("vm.shutdown", CommandContext(selection, ops, ui, manager))
        assert not Confirmations(settings).asks("vm.shutdown") and len(ui.asked) == 2
        context = CommandContext(selection, ops, ui, manager)
        assert await REG.run("vm.shutdown", context)
        assert len(ui.asked) == 2 and len(context.started) == 1  # ran without asking
        assert await REG.run("vm.force_shutdown", CommandContext(selection, ops, ui, manager))
        assert len(ui.asked) == 3  # forced: always asked
        await conn.close()

    arun(scenario())

"""Command enablement and reasons from cache data, confirmation through the registry, runs on a fake pool."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from xencenter.core.backoff import Backoff
from xencenter.core.commands import (
    ChoosesArgument,
    CommandContext,
    CommandRegistry,
    CommandUnavailable,
    NewServer,
    SelectedItem,
    Verb,
)
from xencenter.core.commands.subject import ObjectCommand
from xencenter.core.connection import Connection, ConnectionState
from xencenter.core.i18n import LazyText
from xencenter.core.manager import ConnectionManager
from xencenter.core.operations import OperationList
from xencenter.core.servers import MemorySecretStore, MemorySettings

from core_fakes import FakeUi
from core_pool import HOST, METRICS, FakePool, loaded, vm
from core_support import Runner, arun_fixture, eventually  # noqa: F401


def records(**vms: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    base = FakePool().records
    base.update({f"OpaqueRef:{name}": ("VM", record) for name, record in vms.items()})
    return base


REG = CommandRegistry()


def reason(command: str, conn: Connection, *refs: str, cls: str = "VM", argument: Any = None) -> str | None:
    return REG.reason(command, [SelectedItem(conn, cls, ref) for ref in refs], argument)


def test_registry_has_every_verb_with_text_and_icon(qapp: Any) -> None:
    ids = {c.id for c in REG}
    assert ids == {"vm.start", "vm.start_on", "vm.resume_on", "vm.migrate", "vm.shutdown", "vm.force_shutdown",
                   "vm.reboot", "vm.force_reboot",
                   "vm.suspend", "vm.resume", "vm.pause", "vm.unpause", "vm.copy", "vm.delete",
                   "vm.convert_to_template", "host.reboot", "host.shutdown", "host.power_on",
                   "host.enter_maintenance", "host.exit_maintenance", "connection.add", "connection.disconnect",
                   "connection.reconnect", "connection.remove", "organise.move_to_folder",
                   "organise.remove_from_folder", "organise.new_folder", "organise.edit_tags",
                   "organise.edit_custom_fields", "users.join_domain", "users.leave_domain", "users.add",
                   "users.remove", "users.change_role", "users.logout", "vm.new",
                   "vm.quick_create", "vm.new_from_snapshot", "vm.migrate_wizard", "vm.take_snapshot",
                   "snapshot.revert",
                   "snapshot.delete", "snapshot.properties", "snapshot.save_as_template", "pool.configure_ha",
                   "pool.disable_ha", "host.fail_power", "host.fail_network", "host.restore", "vm.export",
                   "pool.import", "pool.license", "network.new",
                   "sim.pause", "sim.play_1x",
                   "sim.play_10x", "sim.play_100x", "sim.step_10s", "sim.step_1min", "sim.lessons",
                   "sr.new", "sr.repair", "sr.detach", "sr.forget", "sr.destroy", "sr.set_default", "sr.properties",
                   "host.eject", "host.make_master", "bond.delete", "host.add_to_pool", "pool.new",
                   "host.power_on_settings", "network.properties", "network.delete",
                   "host.management_interface", "pool.vm_protection", "pool.new_vmss",
                   "vmss.delete", "vmss.enable", "vmss.disable", "vmss.run_now", "vmss.properties",
                   "host.enable_intellicache", "host.disable_intellicache", "vdi.set_allow_caching",
                   "vdi.set_on_boot",
                   "pool.configure_dr", "pool.disaster_recovery",
                   "pool.wlb_connect", "pool.wlb_disconnect", "pool.wlb_apply", "pool.wlb_configure",
                   "pool.manage_vapps", "pool.new_vapp", "vapp.start", "vapp.shutdown", "vapp.force_shutdown",
                   "vapp.delete", "vapp.properties", "vm.assign_vapp"}
    for command in REG:
        assert command.text.text() and command.icon, command
    destructive = {c.id for c in REG if c.confirmation is not None}
    assert {"vm.force_shutdown", "vm.force_reboot", "host.reboot", "connection.remove"} <= destructive
    assert "vm.delete" not in destructive, "Delete VM's own dialog (disks and snapshots) is its confirmation"
    assert "vm.start" not in destructive
    with pytest.raises(KeyError):
        REG.get("vm.fly")


def test_vm_reasons_follow_power_state_and_allowed_operations(qapp: Any) -> None:
    conn = loaded(records(
        halted=vm("halted"),
        running=vm("running", "Running", ("clean_shutdown", "hard_shutdown", "clean_reboot", "suspend", "pause")),
        suspended=vm("suspended", "Suspended", ("resume", "hard_shutdown")),
        busy=vm("busy", "Halted", (), current_operations={"OpaqueRef:t": "start"}),
        tmpl=vm("tmpl", allowed=("clone", "copy"), is_a_template=True),
        dom0=vm("dom0", "Running", (), is_control_domain=True),
    ))
    assert reason("vm.start", conn, "OpaqueRef:halted") is None
    assert reason("vm.start", conn, "OpaqueRef:running") == "The VM is already running."
    assert reason("vm.shutdown", conn, "OpaqueRef:halted") == "The VM is not running."
    assert reason("vm.shutdown", conn, "OpaqueRef:running") is None
    assert reason("vm.resume", conn, "OpaqueRef:running") == "The VM is not suspended."
    assert reason("vm.unpause", conn, "OpaqueRef:running") == "The VM is not paused."
    assert reason("vm.force_shutdown", conn, "OpaqueRef:suspended") is None
    assert reason("vm.pause", conn, "OpaqueRef:suspended") == "The VM is suspended; resume it first."
    assert reason("vm.start", conn, "OpaqueRef:busy") == "The VM is busy (start)."
    assert reason("vm.start", conn, "OpaqueRef:tmpl") == "'tmpl' is a template."
    assert reason("vm.copy", conn, "OpaqueRef:tmpl") is None
    assert reason("vm.start", conn, "OpaqueRef:dom0") == "This is a server's control domain."
    assert reason("vm.delete", conn, "OpaqueRef:running") == "The VM must be shut down first."
    assert reason("vm.start", conn, "OpaqueRef:gone") == "The VM no longer exists."
    assert reason("vm.start", conn) == "Nothing is selected."
    assert reason("vm.start", conn, HOST, cls="host") == "Select one or more virtual machines."
    # Multi-selection: enabled when any VM can, otherwise the first reason.
    assert reason("vm.start", conn, "OpaqueRef:running", "OpaqueRef:halted") is None
    assert reason("vm.start", conn, "OpaqueRef:running", "OpaqueRef:busy") == "The VM is already running."


def test_disconnected_and_start_on_host_reasons(qapp: Any) -> None:
    recs = records(halted=vm("halted", allowed=("start", "start_on")))
    offline = loaded(recs, connected=False)
    assert reason("vm.start", offline, "OpaqueRef:halted") == "Not connected to Fake pool."
    conn = loaded(recs)
    assert reason("vm.start_on", conn, "OpaqueRef:halted", argument=HOST) is None
    recs[HOST][1]["other_config"] = {"MAINTENANCE_MODE": "true"}
    recs[HOST][1]["enabled"] = False
    conn = loaded(recs)
    assert reason("vm.start_on", conn, "OpaqueRef:halted", argument=HOST) == "The host is in maintenance mode."
    command = REG.get("vm.start_on")
    assert isinstance(command, ChoosesArgument)
    assert command.choices(SelectedItem(conn, "VM", "OpaqueRef:halted")) == [
        (HOST, "h1", "The host is in maintenance mode.")]


def test_host_reasons(qapp: Any) -> None:
    recs = records()
    conn = loaded(recs)
    assert reason("host.reboot", conn, HOST, cls="host") is None
    assert reason("host.exit_maintenance", conn, HOST, cls="host") == "The server is not in maintenance mode."
    assert reason("host.power_on", conn, HOST, cls="host") == "The server is already running."
    recs[HOST][1]["current_operations"] = {"OpaqueRef:t": "evacuate"}
    assert reason("host.shutdown", loaded(recs), HOST, cls="host") == "The server is busy (evacuate)."
    recs[HOST][1]["current_operations"] = {}
    recs[HOST][1]["other_config"] = {"MAINTENANCE_MODE": "true"}
    recs[METRICS][1]["live"] = False
    recs[HOST][1]["allowed_operations"] = []
    conn = loaded(recs)
    assert reason("host.enter_maintenance", conn, HOST, cls="host") == "The host is in maintenance mode."
    assert reason("host.reboot", conn, HOST, cls="host") == "The server is not reachable."
    assert reason("host.power_on", conn, HOST, cls="host") == \
        "The server has no remote power-on method configured."


def test_registry_confirms_destructive_verbs_and_refuses_unavailable(arun: Runner) -> None:
    async def scenario() -> None:
        pool = FakePool()
        pool.add("VM", "OpaqueRef:v", vm("victim", allowed=("destroy", "start")))
        pool.fake.methods["Async.VM.destroy"] = lambda s, ref: "OpaqueRef:task"
        conn = Connection("http://fake.test", "root", transport=pool.fake.transport())
        await conn.open("secret")
        ops = OperationList()
        selection = [SelectedItem(conn, "VM", "OpaqueRef:v")]
        no = FakeUi(answer=False)
        assert await REG.run("vm.delete", CommandContext(selection, ops, no))
        assert no.asked == [("delete", "OpaqueRef:v")], "Delete asks through its dialog"
        assert len(ops) == 0, "declined: nothing runs"
        yes = FakeUi()
        context = CommandContext(selection, ops, yes)
        assert await REG.run("vm.delete", context)
        [op] = context.started
        await eventually(lambda: op.task_ref == "OpaqueRef:task")
        assert op.title == "Deleting 'victim'"
        with pytest.raises(CommandUnavailable, match="not running"):
            await REG.run("vm.shutdown", CommandContext(selection, ops, yes))
        await conn.close()

    arun(scenario())


def test_convert_to_template_is_a_plain_call_in_an_operation(arun: Runner) -> None:
    async def scenario() -> None:
        pool = FakePool()
        pool.add("VM", "OpaqueRef:v", vm("v", allowed=("make_into_template",)))
        pool.fake.methods["VM.set_is_a_template"] = lambda s, ref, value: ""
        conn = Connection("http://fake.test", "root", transport=pool.fake.transport())
        await conn.open("secret")
        context = CommandContext([SelectedItem(conn, "VM", "OpaqueRef:v")], OperationList(), FakeUi())
        await REG.run("vm.convert_to_template", context)
        await context.started[0].wait()
        assert pool.fake.method_calls("VM.set_is_a_template")[0][1:] == ["OpaqueRef:v", True]
        await conn.close()

    arun(scenario())


def test_connection_commands_add_disconnect_reconnect_remove(arun: Runner) -> None:
    pool = FakePool()
    settings = MemorySettings()
    secrets = MemorySecretStore()
    manager = ConnectionManager(settings, secrets, factory=lambda url, user, name: Connection(
        url, user, name=name, transport=pool.fake.transport(), backoff=Backoff(0.01, 2, 0.05)))
    ops = OperationList()

    async def scenario() -> None:
        ui = FakeUi(server=NewServer("http://fake.test", "root", "secret", save_password=True))
        await REG.run("connection.add", CommandContext([], ops, ui, manager))
        [conn] = manager.connections()
        assert conn.state is ConnectionState.CONNECTED
        assert secrets.get(conn.url, "root") == "secret"
        selection = [SelectedItem(conn, "host", HOST)]
        assert REG.reason("connection.reconnect", selection) == "The server is already connected."
        await REG.run("connection.disconnect", CommandContext(selection, ops, ui, manager))
        assert conn.state is ConnectionState.DISCONNECTED
        assert REG.reason("connection.disconnect", selection) == "The server is not connected."
        await REG.run("connection.reconnect", CommandContext(selection, ops, ui, manager))
        await eventually(lambda: conn.state is ConnectionState.CONNECTED)
        await REG.run("connection.remove", CommandContext(selection, ops, ui, manager))
        assert manager.connections() == [] and secrets.get(conn.url, "root") is None

    arun(scenario())
    assert settings.value("connections/servers") == "[]"


def test_every_command_is_declared_by_one_frozen_keyword_only_verb(qapp: Any) -> None:
    for command in REG:
        assert isinstance(command.verb, Verb), command
        assert (command.id, command.text, command.icon) == (command.verb.id, command.verb.text, command.verb.icon)
    with pytest.raises(TypeError):
        Verb("vm.fly", LazyText("Commands", "Fly"))  # type: ignore[call-arg]
    with pytest.raises(dataclasses.FrozenInstanceError):
        REG.get("vm.start").verb.id = "vm.fly"  # type: ignore[misc]
    assert [c.id for c in REG if c.verb.needs_argument] == ["vm.start_on", "vm.resume_on", "vm.migrate",
                                                           "host.enable_intellicache", "vm.assign_vapp"]
    assert all(isinstance(REG.get(c), ChoosesArgument) for c in ("vm.start_on", "vm.resume_on", "vm.migrate"))


def test_object_verbs_share_the_class_connection_and_existence_checks(qapp: Any) -> None:
    conn = loaded(records(halted=vm("halted", allowed=("start", "start_on"))))
    for command_id in ("vm.start", "host.reboot"):
        command = REG.get(command_id)
        assert isinstance(command, ObjectCommand)
        other = "host" if command.subject.view.CLASS == "VM" else "VM"
        assert reason(command_id, conn, "OpaqueRef:x", cls=other) == command.subject.select.text()
        assert reason(command_id, conn, "OpaqueRef:gone", cls=command.subject.view.CLASS) == \
            command.subject.gone.text()


def test_wizard_verbs_are_offered_on_what_they_start_from_and_ask_the_role(qapp: Any) -> None:
    from xencenter.core.rbac import Access

    conn = loaded(records(tmpl=vm("tmpl", is_a_template=True), snap=vm("snap", is_a_template=True,
                                                                         is_a_snapshot=True), guest=vm("guest")))
    assert reason("vm.new", conn, "OpaqueRef:pool", cls="pool") is None
    assert reason("vm.new", conn, HOST, cls="host") is None
    assert reason("vm.new", conn, "OpaqueRef:tmpl") is None and reason("vm.new", conn, "OpaqueRef:snap") is None
    assert reason("vm.new", conn, "OpaqueRef:guest") == "Select a pool, a server or a template."
    assert reason("vm.quick_create", conn, "OpaqueRef:tmpl") is None
    assert reason("vm.quick_create", conn, "OpaqueRef:snap") == "Select a template."
    assert reason("vm.new_from_snapshot", conn, "OpaqueRef:snap") is None
    assert reason("vm.new_from_snapshot", conn, "OpaqueRef:tmpl") == "Select a snapshot."
    assert reason("vm.new", conn, "OpaqueRef:gone") == "The VM no longer exists."
    assert reason("vm.new", conn) == "Nothing is selected."
    conn.access = Access(superuser=False, permissions=frozenset({"vm.clone", "vm.start"}), roles=("vm-operator",))
    assert reason("vm.new", conn, "OpaqueRef:pool", cls="pool") == "Your role (VM Operator) may not do this."
    assert reason("vm.quick_create", conn, "OpaqueRef:tmpl") == "Your role (VM Operator) may not do this."
    offline = loaded(records(tmpl=vm("tmpl", is_a_template=True)), connected=False)
    assert reason("vm.new", offline, "OpaqueRef:tmpl").startswith("Not connected to")


def test_migrate_is_offered_on_a_vm_xapi_lets_migrate(qapp: Any) -> None:
    conn = loaded(records(tmpl=vm("tmpl", is_a_template=True),
                          web=vm("web", power="Running", allowed=("pool_migrate", "migrate_send"), resident_on=HOST),
                          busy=vm("busy", power="Running", allowed=(), current_operations={"t": "clean_reboot"}),
                          stuck=vm("stuck", allowed=())))
    assert REG.get("vm.migrate_wizard").text.text() == "Migrate..."
    assert reason("vm.migrate_wizard", conn, "OpaqueRef:web") is None
    assert reason("vm.migrate_wizard", conn, "OpaqueRef:web", argument=HOST) == "The VM is already on this server."
    assert reason("vm.migrate_wizard", conn, "OpaqueRef:tmpl") == "Select a VM."
    assert reason("vm.migrate_wizard", conn, "OpaqueRef:busy") == "The VM is busy (clean_reboot)."
    assert reason("vm.migrate_wizard", conn, "OpaqueRef:stuck") == "The server does not allow migrating 'stuck' now."

"""RBAC in the console's core: the connection learns its session's role at login, and every command checks it
before the user tries (against the demo pool's directory users, one per role, and against a fake pool)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import pytest

from xencenter.core.commands import CommandContext, CommandRegistry, SelectedItem
from xencenter.core.commands.users import DomainLogin
from xencenter.core.connection import Connection
from xencenter.core.objects import real_vms, the_pool
from xencenter.core.operations import OperationList
from xencenter.core.rbac import ROLES, Access, role_text
from xencenter.core.users import directory_of
from xencenter.core.xenapi import XenAPIFailure

from core_support import Runner, arun_fixture, drain, eventually  # noqa: F401

pytestmark = pytest.mark.slow

# The verbs that touch only the console (its list of servers), not the pool: no role is needed for them.
# Opening the License Manager (or the VM Protection Policies, or Manage vApps) only shows; assigning an edition (or
# each policy or vApp verb) asks for the role.
LOCAL_VERBS = frozenset({"connection.add", "connection.disconnect", "connection.reconnect", "connection.remove",
                         "pool.license", "pool.vm_protection", "pool.manage_vapps"})


def as_user(arun: Runner, server: Any, user: str, check: Callable[[Connection], None]) -> None:
    """Log in as `user`, run `check` on the connected connection, log out (all in one turn of the loop)."""
    drain(server)
    connection = Connection(server.url, user)

    async def scenario() -> None:
        await connection.open(server.password)  # the directory users have the simulator's password
        try:
            check(connection)
        finally:
            await connection.close()

    arun(scenario())


def selection_for(connection: Connection, command_id: str) -> list[SelectedItem]:
    """An object of the kind the verb acts on (a running or halted VM, a host, a shared SR, a disk, the pool)."""
    cache = connection.cache
    kind = command_id.split(".")[0]
    if kind in ("host",):
        ref = next(ref for ref, _ in cache.items("host"))
        return [SelectedItem(connection, "host", ref)]
    if kind == "network" and command_id != "network.new":
        ref = next(ref for ref, _ in sorted(cache.items("network")))
        return [SelectedItem(connection, "network", ref)]
    if kind == "vdi":
        ref = next(ref for ref, record in sorted(cache.items("VDI")) if record.get("type") == "user")
        return [SelectedItem(connection, "VDI", ref)]
    if kind == "sr" and command_id != "sr.new":
        ref = next(ref for ref, record in sorted(cache.items("SR")) if record.get("shared"))
        return [SelectedItem(connection, "SR", ref)]
    if kind == "vapp":
        ref = next(ref for ref, _ in sorted(cache.items("VM_appliance")))
        return [SelectedItem(connection, "VM_appliance", ref)]
    if kind in ("users", "pool") or command_id in ("organise.new_folder", "sr.new"):
        ref = next(ref for ref, _ in cache.items("pool"))
        return [SelectedItem(connection, "pool", ref)]
    state = "Halted" if command_id in ("vm.start", "vm.start_on", "vm.delete", "vm.copy",
                                       "vm.convert_to_template") else "Running"
    vm = next(vm for vm in sorted(real_vms(cache), key=lambda v: v.name) if vm.power_state == state)
    return [SelectedItem(connection, "VM", vm.ref)]


def test_the_connection_knows_its_role_for_each_demo_user(arun: Runner, sim: Any) -> None:
    def root(connection: Connection) -> None:
        access = connection.access
        assert access is not None and access.superuser and access.role == "pool-admin"
        assert access.allows("pool.enable_external_auth") and set(access.role_refs.values()) == set(ROLES)

    as_user(arun, sim, sim.user, root)

    def directory_user(connection: Connection) -> None:
        access = connection.access
        role = connection.user
        assert access is not None and not access.superuser, role
        assert access.roles == (role,) and access.role == role and access.user == role
        assert access.sid and access.subject and access.allows("vm.get_record")
        assert access.allows("vm.start") is (role != "read-only")
        assert access.allows("vm.destroy") is (role in ("pool-admin", "pool-operator", "vm-power-admin", "vm-admin"))
        assert access.allows("subject.create") is (role == "pool-admin")
        # Keys open to VM operators: a folder yes, any other key of other_config no.
        assert access.allows("vm.add_to_other_config/key:folder") is (role != "read-only")
        assert access.allows("vm.add_to_other_config/key:xencenter.customfields.owner") is (role != "read-only")
        assert access.allows("vm.add_to_other_config/key:secret") is (role not in ("vm-operator", "read-only"))
        assert access.refusal() == f"Your role ({role_text(role)}) may not do this."
        assert access.roles_of(connection.cache.get("subject", access.subject)["roles"]) == [role]

    for role in ROLES:
        as_user(arun, sim, role, directory_user)


def test_a_read_only_login_has_every_verb_on_the_pool_disabled_with_the_role_reason(arun: Runner,
                                                                                     sim: Any) -> None:
    registry = CommandRegistry()

    def check(connection: Connection) -> None:
        for command in registry:
            if command.id in LOCAL_VERBS:
                continue
            items = selection_for(connection, command.id)
            assert registry.reason(command.id, items, ()) == "Your role (Read Only) may not do this.", command.id
        pool = selection_for(connection, "users.add")
        assert registry.reason("connection.disconnect", pool) is None  # leaving the pool changes nothing there

    as_user(arun, sim, "read-only", check)


def test_a_vm_operator_may_start_and_file_a_vm_but_not_delete_it(arun: Runner, sim: Any) -> None:
    registry = CommandRegistry()

    def check(connection: Connection) -> None:
        halted = selection_for(connection, "vm.start")
        assert registry.reason("vm.start", halted) is None
        assert registry.reason("organise.move_to_folder", halted) is None  # other_config:folder is open to it
        assert registry.reason("organise.edit_tags", halted) is None
        assert registry.reason("vm.delete", halted) == "Your role (VM Operator) may not do this."
        assert registry.reason("vm.copy", halted) == "Your role (VM Operator) may not do this."
        running = selection_for(connection, "vm.migrate")
        assert registry.reason("vm.migrate", running, "OpaqueRef:x") == "Your role (VM Operator) may not do this."
        host = selection_for(connection, "host.reboot")
        assert registry.reason("host.reboot", host) == "Your role (VM Operator) may not do this."
        assert registry.reason("organise.new_folder", selection_for(connection, "users.add")) is not None

    as_user(arun, sim, "vm-operator", check)


def test_a_pool_operator_may_log_users_out_but_not_manage_them(arun: Runner, sim: Any) -> None:
    registry = CommandRegistry()

    def check(connection: Connection) -> None:
        pool = selection_for(connection, "users.add")
        someone = tuple(ref for ref, _ in connection.cache.items("subject"))[:1]
        assert registry.reason("users.logout", pool, someone) is None
        assert registry.reason("users.logout", pool, ()) == "Select one or more users or groups."
        for verb in ("users.add", "users.remove", "users.change_role", "users.leave_domain"):
            assert registry.reason(verb, pool, someone) == "Your role (Pool Operator) may not do this.", verb
        assert registry.reason("host.reboot", selection_for(connection, "host.reboot")) is None

    as_user(arun, sim, "pool-operator", check)


class Answers:
    """The dialogs of the Users verbs, answered by the test."""

    def __init__(self, names: str = "", role: str = "") -> None:
        self.names = names
        self.role = role
        self.asked_role: tuple[list[str], str] | None = None

    async def confirm(self, title: str, text: str) -> bool:
        return True

    async def ask_subject_names(self, domain: str) -> str | None:
        return self.names

    async def ask_role(self, names: list[str], current: str) -> str | None:
        self.asked_role = (names, current)
        return self.role


def test_users_verbs_add_change_role_and_remove_a_subject(arun: Runner, fresh_sim: Any) -> None:
    drain(fresh_sim)
    connection = Connection(fresh_sim.url, fresh_sim.user)
    registry = CommandRegistry()
    operations = OperationList()

    async def run(verb: str, ui: Answers, argument: Any = None) -> None:
        pool = selection_for(connection, "users.add")
        context = CommandContext(pool, operations, ui, argument=argument)  # type: ignore[arg-type]
        assert await registry.run(verb, context)
        for op in context.started:
            await op.wait()
            assert op.error_text == "", op.error_text

    def named(name: str) -> str | None:
        return next((ref for ref, rec in connection.cache.items("subject")
                     if rec["other_config"].get("subject-name") == name), None)

    async def scenario() -> None:
        await connection.open(fresh_sim.password)
        before = connection.cache.count("subject")
        sid = next(rec["subject_identifier"] for _, rec in connection.cache.items("subject")
                   if rec["other_config"].get("subject-name") == "COURSE\\vm-admin")
        await run("users.remove", Answers(), (named("COURSE\\vm-admin"),))
        await eventually(lambda: named("COURSE\\vm-admin") is None)
        await run("users.add", Answers("vm-admin, students"))
        await eventually(lambda: connection.cache.count("subject") == before + 1)
        ref = named("COURSE\\vm-admin")
        assert ref is not None and connection.cache.get("subject", ref)["subject_identifier"] == sid
        assert connection.cache.get("subject", ref)["roles"] == []
        group = named("COURSE\\students")
        assert group is not None and connection.cache.get("subject", group)["other_config"]["subject-is-group"]
        ui = Answers(role="vm-operator")
        await run("users.change_role", ui, (ref,))
        assert ui.asked_role == (["COURSE\\vm-admin"], "")
        access = connection.access
        assert access is not None
        await eventually(lambda: access.roles_of(connection.cache.get("subject", ref)["roles"]) == ["vm-operator"])
        await run("users.change_role", Answers(role="pool-admin"), (ref,))
        await eventually(lambda: access.roles_of(connection.cache.get("subject", ref)["roles"]) == ["pool-admin"])
        await run("users.remove", Answers(), (group,))
        await eventually(lambda: named("COURSE\\students") is None)
        await connection.close()

    arun(scenario(), timeout=60)


def test_a_server_without_rbac_is_treated_as_root() -> None:
    access = Access(superuser=True)
    assert access.allows("anything.at_all") and access.role == "pool-admin"
    limited = Access(superuser=False, permissions=frozenset({"vm.add_to_other_config/key:xencenter.customfields.*"}))
    assert limited.allows("VM.add_to_other_config/key:XenCenter.CustomFields.owner")
    assert not limited.allows("vm.add_to_other_config/key:folder") and not limited.allows("vm.start")
    assert limited.refusal() == "Your role may not do this."


class Domain(Answers):
    def __init__(self, domain: str) -> None:
        super().__init__()
        self.domain = domain

    async def ask_join_domain(self, pool: str) -> DomainLogin | None:
        return DomainLogin(self.domain, "Administrator", "secret")


def test_leave_and_join_the_domain(arun: Runner, fresh_sim: Any) -> None:
    drain(fresh_sim)
    connection = Connection(fresh_sim.url, fresh_sim.user)
    registry = CommandRegistry()
    operations = OperationList()

    async def run(verb: str, ui: Answers) -> str:
        context = CommandContext(selection_for(connection, "users.add"), operations, ui)  # type: ignore[arg-type]
        assert await registry.run(verb, context)
        (op,) = context.started
        with contextlib.suppress(XenAPIFailure):  # a failure is what the Events pane shows: its text
            await op.wait()
        return op.error_text

    def joined() -> bool:
        return directory_of(connection.cache, the_pool(connection.cache)).joined

    async def scenario() -> None:
        await connection.open(fresh_sim.password)
        pool = selection_for(connection, "users.add")
        assert registry.reason("users.join_domain", pool) == "The pool has already joined the domain course.lab."
        assert await run("users.leave_domain", Answers()) == ""
        await eventually(lambda: not joined())
        assert registry.reason("users.add", pool) == "The pool has not joined a domain."
        assert registry.reason("users.join_domain", pool) is None
        assert await run("users.join_domain", Domain("elsewhere.example")) == \
            "The pool could not join the domain: The domain elsewhere.example could not be contacted."
        assert await run("users.join_domain", Domain("course.lab")) == ""
        await eventually(joined)
        assert directory_of(connection.cache, the_pool(connection.cache)).domain == "course.lab"
        await connection.close()

    arun(scenario(), timeout=60)

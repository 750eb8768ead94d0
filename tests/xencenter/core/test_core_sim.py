"""Connection, cache and operations against a real simulator process (tests/conftest.py's sim/fresh_sim)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from xencenter.core.backoff import Backoff
from xencenter.core.cache import CacheDelta
from xencenter.core.commands import CommandContext, CommandRegistry, SelectedItem
from xencenter.core.connection import Connection, ConnectionState
from xencenter.core.objects import VM, real_vms
from xencenter.core.operation import OperationState
from xencenter.core.operations import OperationList
from xencenter.core.xenapi import Protocol, XenAPIClient, XenAPIFailure

from core_sdk import OtherClient
from core_support import Runner, arun_fixture, drain, eventually, start_sim  # noqa: F401

pytestmark = pytest.mark.slow

COMPARED = ["pool", "host", "host_metrics", "VM", "VM_metrics", "SR", "VDI", "VBD", "PBD", "network", "PIF", "VIF"]


@pytest.fixture
def other(fresh_sim: Any) -> Iterator[OtherClient]:
    client = OtherClient(fresh_sim.url, fresh_sim.user, fresh_sim.password)
    yield client
    client.close()


@pytest.fixture
def fast_sim(fresh_sim: Any) -> Any:
    return drain(fresh_sim)


def pick_vm(conn: Connection, power_state: str, *, avoid: tuple[str, ...] = ()) -> str:
    """A real VM in `power_state` (start allowed when halted), chosen by name so runs are repeatable."""
    vms = sorted((vm for vm in real_vms(conn.cache) if vm.power_state == power_state and vm.ref not in avoid
                  and (power_state != "Halted" or "start" in vm.allowed_operations)), key=lambda vm: vm.name)
    assert vms, f"the scenario has no {power_state} VM"
    return vms[0].ref


def connection_for(server: Any, **kwargs: Any) -> Connection:
    kwargs.setdefault("backoff", Backoff(0.1, 2.0, 0.5))
    return Connection(server.url, server.user, **kwargs)


def test_connect_loads_cache_equal_to_get_all_records(arun: Runner, fast_sim: Any) -> None:
    conn = connection_for(fast_sim)
    states: list[ConnectionState] = []
    conn.state_changed.connect(states.append)

    async def scenario() -> dict[str, Any]:
        await conn.open(fast_sim.password)
        client = XenAPIClient(fast_sim.url)
        await client.login(fast_sim.user, fast_sim.password)
        server = {cls: await client.call(f"{cls}.get_all_records") for cls in COMPARED}
        await client.logout()
        await client.aclose()
        return server

    server = arun(scenario())
    assert states == [ConnectionState.CONNECTING, ConnectionState.CONNECTED]
    assert conn.client is not None and conn.client.protocol is Protocol.JSON_RPC
    assert conn.api_version >= (2, 0) and conn.capabilities.supported
    assert conn.display_name == fast_sim.pool
    snapshot = conn.cache.snapshot()
    for cls in COMPARED:
        assert snapshot.get(cls, {}) == server[cls], cls
    assert conn.cache.count("VM") >= 6 and conn.capabilities.has_field("VM", "allowed_operations")
    arun(conn.close())
    assert conn.state is ConnectionState.DISCONNECTED and len(conn.cache) == 0


def test_wrong_password_fails_with_clear_text(arun: Runner, fast_sim: Any) -> None:
    conn = connection_for(fast_sim)
    with pytest.raises(XenAPIFailure, match="SESSION_AUTHENTICATION_FAILED"):
        arun(conn.open("not the password"))
    assert conn.state is ConnectionState.FAILED
    assert "password was not accepted" in conn.last_error


def test_change_by_another_client_arrives_as_one_batch(arun: Runner, fast_sim: Any, other: OtherClient) -> None:
    conn = connection_for(fast_sim)
    batches: list[CacheDelta] = []

    async def scenario() -> None:
        await conn.open(fast_sim.password)
        conn.cache.batch_applied.connect(batches.append)
        vm = pick_vm(conn, "Running")

        def change(x: Any) -> None:
            x.VM.set_name_label(vm, "renamed")
            x.VM.set_name_description(vm, "renamed by another client")

        await other.run(change)
        await eventually(lambda: any(VM.lookup(conn.cache, vm).name == "renamed" for _ in [0]), 10)
        await asyncio.sleep(0.3)  # nothing more may trickle in
        await conn.close()

    arun(scenario())
    vm_batches = [b for b in batches if b.touches("VM")]
    assert len(vm_batches) == 1
    [change] = [c for c in vm_batches[0].changed if c.cls == "VM"]
    assert {"name_label", "name_description"} <= change.fields


def test_async_vm_start_operation_succeeds_with_progress(arun: Runner, fast_sim: Any, other: OtherClient) -> None:
    conn = connection_for(fast_sim)
    ops = OperationList()
    ops.watch(conn)
    seen: list[float] = []

    async def scenario() -> None:
        await conn.open(fast_sim.password)
        vm = pick_vm(conn, "Halted")
        op = ops.start_task("Start", conn, [vm], "VM.start", vm, False, False)
        op.changed.connect(lambda: seen.append(op.progress))
        await eventually(lambda: op.task_ref is not None)
        while not op.is_finished:
            await other.step_clock(1.0)
            await asyncio.sleep(0.15)
        await op.wait()
        assert op.state is OperationState.SUCCEEDED and op.progress == 1.0
        await eventually(lambda: VM.lookup(conn.cache, vm).power_state == "Running")
        await eventually(lambda: op.task_ref is None or conn.cache.get("task", op.task_ref) is None)
        assert [o for o in ops if not o.is_own] == []
        await conn.close()

    arun(scenario(), timeout=60)
    assert any(0.0 < p < 1.0 for p in seen), seen


def test_failing_operation_gives_friendly_text(arun: Runner, fast_sim: Any, other: OtherClient) -> None:
    conn = connection_for(fast_sim)
    ops = OperationList()

    async def scenario() -> None:
        await conn.open(fast_sim.password)
        vm = pick_vm(conn, "Halted")
        op = ops.start_task("Shut down", conn, [vm], "VM.clean_shutdown", vm)
        with pytest.raises(XenAPIFailure, match="VM_BAD_POWER_STATE"):
            await op.wait()
        assert op.state is OperationState.FAILED
        name = VM.lookup(conn.cache, vm).name
        assert op.error_text == f"The VM '{name}' must be running for this, but it is halted."
        await conn.close()

    arun(scenario())


def test_cancel_operation_cancels_the_task(arun: Runner, fast_sim: Any, other: OtherClient) -> None:
    conn = connection_for(fast_sim)
    ops = OperationList()
    ops.watch(conn)

    async def scenario() -> None:
        await conn.open(fast_sim.password)
        vm = pick_vm(conn, "Halted")
        op = ops.start_task("Start", conn, [vm], "VM.start", vm, False, False)
        await eventually(lambda: op.task_ref is not None and op.can_cancel
                         and conn.cache.get("task", op.task_ref) is not None)
        op.cancel()
        assert op.state is OperationState.CANCELLING
        while not op.is_finished:
            await other.step_clock(1.0)
            await asyncio.sleep(0.1)
        assert op.state is OperationState.CANCELLED
        await eventually(lambda: VM.lookup(conn.cache, vm).power_state == "Halted")
        await conn.close()

    arun(scenario(), timeout=60)


def test_tasks_of_other_clients_appear(arun: Runner, fast_sim: Any, other: OtherClient) -> None:
    conn = connection_for(fast_sim)
    ops = OperationList()
    ops.watch(conn)

    async def scenario() -> None:
        await conn.open(fast_sim.password)
        vm = pick_vm(conn, "Halted")
        await other.run(lambda x: x.Async.VM.start(vm, False, False))
        await eventually(lambda: any(not o.is_own for o in ops))
        [foreign] = [o for o in ops if not o.is_own]
        assert foreign.title == "Async.VM.start" and not foreign.can_cancel
        while not foreign.is_finished:
            await other.step_clock(1.0)
            await asyncio.sleep(0.1)
        assert foreign.state is OperationState.SUCCEEDED
        await conn.close()

    arun(scenario(), timeout=60)


def test_killed_server_reconnects_when_back(arun: Runner) -> None:
    server = start_sim("--scenario", "demo", "--manual-clock")
    port = server.url.rsplit(":", 1)[1]
    conn = connection_for(server, event_timeout=5.0)
    states: list[ConnectionState] = []
    conn.state_changed.connect(states.append)
    restarted: list[Any] = []
    try:
        async def scenario() -> None:
            await conn.open(server.password)
            server.stop()
            await eventually(lambda: conn.state is ConnectionState.RECONNECTING, 15)
            assert conn.last_error
            restarted.append(await asyncio.to_thread(start_sim, "--scenario", "demo", "--port", port))
            await eventually(lambda: conn.state is ConnectionState.CONNECTED, 20)
            assert conn.cache.count("VM") >= 6 and conn.reconnects == 1
            await conn.close()

        arun(scenario(), timeout=60)
    finally:
        server.stop()
        for again in restarted:
            again.stop()
    assert states[:3] == [ConnectionState.CONNECTING, ConnectionState.CONNECTED, ConnectionState.RECONNECTING]
    assert ConnectionState.CONNECTED in states[3:]


class YesUi:
    async def confirm(self, title: str, text: str) -> bool:
        return True


def test_commands_drive_a_vm_through_start_and_force_shutdown(arun: Runner, fast_sim: Any,
                                                              other: OtherClient) -> None:
    conn = connection_for(fast_sim)
    ops = OperationList()
    registry = CommandRegistry()

    async def run(command: str, vm: str) -> None:
        context = CommandContext([SelectedItem(conn, "VM", vm)], ops, YesUi())  # type: ignore[arg-type]
        assert await registry.run(command, context)
        [op] = context.started
        while not op.is_finished:
            await other.step_clock(1.0)
            await asyncio.sleep(0.1)
        await op.wait()

    async def scenario() -> None:
        await conn.open(fast_sim.password)
        vm = pick_vm(conn, "Halted")
        await run("vm.start", vm)
        await eventually(lambda: VM.lookup(conn.cache, vm).power_state == "Running")
        await eventually(lambda: registry.reason("vm.start", [SelectedItem(conn, "VM", vm)]) is not None)
        assert registry.reason("vm.start", [SelectedItem(conn, "VM", vm)]) == "The VM is already running."
        await run("vm.force_shutdown", vm)
        await eventually(lambda: VM.lookup(conn.cache, vm).power_state == "Halted")
        await conn.close()

    arun(scenario(), timeout=60)

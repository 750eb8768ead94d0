"""Async calls and tasks through the Python SDK (reference §0 item 7, §1.8, §3.3, §4), on a manual clock
that the tests step through the `sim` host plugin."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import XenAPI

from conftest import SimServer
from sdk_support import clock_now, clock_step, failure, halted_guest, logged_in, pool_master, sim_fixture, xml_value

REF = re.compile(r"OpaqueRef:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
NULL_DATE = "19700101T00:00:00Z"
FINAL = ("success", "failure", "cancelled")
LOGIN = ("2.16", "pytest-tasks")

# A manual-clock demo pool shared by the tests that start no VM; the others use conftest's `fresh_sim`.
calm_sim_fixture = sim_fixture("--scenario", "demo", "--manual-clock", name="calm_sim")


@pytest.fixture
def xapi(fresh_sim: SimServer) -> Iterator[XenAPI.Session]:
    with logged_in(fresh_sim, *LOGIN) as session:
        yield session


@pytest.fixture(scope="module")
def calm(calm_sim: SimServer) -> Iterator[XenAPI.Session]:
    with logged_in(calm_sim, *LOGIN) as session:
        yield session


@pytest.fixture(scope="module")
def calm_vm(calm: XenAPI.Session) -> str:
    return halted_guest(calm.xenapi)


@pytest.fixture
def master(xapi: XenAPI.Session) -> str:
    return pool_master(xapi.xenapi)


@pytest.fixture
def vm(xapi: XenAPI.Session) -> str:
    """A halted, non-template guest of the test's own pool."""
    return halted_guest(xapi.xenapi)


def wait_until(predicate: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "condition not reached in time"
        time.sleep(0.02)


def wait_final(xapi: XenAPI.Session, task: str, host: str, timeout: float = 5.0) -> dict[str, Any]:
    """Step the manual clock until the task ends; return its record."""
    deadline = time.monotonic() + timeout
    while True:
        record: dict[str, Any] = xapi.xenapi.task.get_record(task)
        if record["status"] in FINAL:
            return record
        assert time.monotonic() < deadline, f"task still {record['status']}"
        clock_step(xapi.xenapi, 30, host)
        time.sleep(0.02)


def start_now(xapi: XenAPI.Session, vm: str, host: str) -> None:
    task = xapi.xenapi.Async.VM.start(vm, False, False)
    assert wait_final(xapi, task, host)["status"] == "success"
    assert xapi.xenapi.VM.get_power_state(vm) == "Running"


# --- the sim plugin -------------------------------------------------------------------------------------------------


def test_the_sim_plugin_steps_the_manual_clock(calm: XenAPI.Session) -> None:
    api = calm.xenapi
    master = pool_master(api)
    before = clock_now(api, master)
    time.sleep(0.2)
    assert clock_now(api, master) == before, "a manual clock must not move by itself"
    after = clock_step(api, 60, master)
    assert after == pytest.approx(before + 60, abs=0.01)
    assert clock_now(api, master) == after


# --- success --------------------------------------------------------------------------------------------------------


def test_async_vm_start_runs_as_a_task(xapi: XenAPI.Session, master: str, vm: str) -> None:
    task = xapi.xenapi.Async.VM.start(vm, False, False)
    assert REF.fullmatch(task), task
    record = xapi.xenapi.task.get_record(task)
    assert record["name_label"] == "Async.VM.start"
    assert record["status"] == "pending"
    assert 0.0 <= record["progress"] < 1.0
    assert str(record["created"]) != NULL_DATE
    assert str(record["finished"]) == NULL_DATE
    assert record["result"] == ""
    assert record["error_info"] == []
    assert "cancel" in record["allowed_operations"]
    assert task in xapi.xenapi.task.get_all()
    assert xapi.xenapi.VM.get_current_operations(vm) == {task: "start"}
    assert xapi.xenapi.VM.get_power_state(vm) == "Halted"  # nothing happens until the clock moves

    record = wait_final(xapi, task, master)
    assert record["status"] == "success", record["error_info"]
    assert record["progress"] == 1.0
    assert record["result"] == ""  # VM.start is void
    assert record["error_info"] == []
    assert str(record["finished"]) != NULL_DATE
    assert str(record["finished"]) >= str(record["created"])
    assert record["allowed_operations"] == []
    assert xapi.xenapi.VM.get_power_state(vm) == "Running"
    assert xapi.xenapi.VM.get_current_operations(vm) == {}


def test_task_results_are_xmlrpc_value_fragments(fresh_sim: SimServer, xapi: XenAPI.Session, master: str) -> None:
    task = xapi.xenapi.Async.host.call_plugin(master, "sim", "clock_now", {})
    record = wait_final(xapi, task, master)
    assert record["status"] == "success", record["error_info"]
    match = re.fullmatch(r"<value>([0-9.]+)</value>", record["result"])
    assert match, record["result"]
    value = xml_value(f"<methodResponse><params><param>{record['result']}</param></params></methodResponse>")
    assert isinstance(value, str) and float(value) > 0

    # Still an XML-RPC fragment when the client speaks JSON-RPC.
    body = {"jsonrpc": "2.0", "method": "task.get_result", "params": [xapi.handle, task], "id": 1}
    reply = httpx.post(fresh_sim.url + "/jsonrpc", json=body, timeout=30).json()
    assert reply["result"] == record["result"]


def test_async_calls_over_jsonrpc(fresh_sim: SimServer, xapi: XenAPI.Session, master: str, vm: str) -> None:
    body = {"jsonrpc": "2.0", "method": "Async.VM.start", "params": [xapi.handle, vm, False, False], "id": 1}
    reply = httpx.post(fresh_sim.url + "/jsonrpc", json=body, timeout=30).json()
    task = reply["result"]
    assert REF.fullmatch(task), reply
    assert wait_final(xapi, task, master)["status"] == "success"


def test_task_events_follow_the_task(xapi: XenAPI.Session, master: str, vm: str) -> None:
    token = getattr(xapi.xenapi.event, "from")(["task"], "", 5.0)["token"]
    task = xapi.xenapi.Async.VM.start(vm, False, False)
    batch = getattr(xapi.xenapi.event, "from")(["task"], token, 5.0)
    adds = [e for e in batch["events"] if e["ref"] == task]
    assert adds and adds[0]["operation"] == "add"
    assert adds[0]["snapshot"]["name_label"] == "Async.VM.start"
    counts = batch["valid_ref_counts"]
    assert counts["task"] == len(xapi.xenapi.task.get_all())

    wait_final(xapi, task, master)
    statuses = []
    token = batch["token"]
    deadline = time.monotonic() + 5
    while "success" not in statuses and time.monotonic() < deadline:
        batch = getattr(xapi.xenapi.event, "from")(["task"], token, 1.0)
        token = batch["token"]
        statuses += [e["snapshot"]["status"] for e in batch["events"] if e["ref"] == task and "snapshot" in e]
    assert "success" in statuses


# --- failure and cancellation ---------------------------------------------------------------------------------------


def test_a_failing_async_call_ends_in_failure(xapi: XenAPI.Session, master: str, vm: str) -> None:
    start_now(xapi, vm, master)
    task = xapi.xenapi.Async.VM.start(vm, False, False)
    assert REF.fullmatch(task)
    record = wait_final(xapi, task, master)
    assert record["status"] == "failure"
    assert record["error_info"] == ["VM_BAD_POWER_STATE", vm, "halted", "running"]
    assert record["result"] == ""
    assert str(record["finished"]) != NULL_DATE
    assert xapi.xenapi.VM.get_power_state(vm) == "Running"
    assert xapi.xenapi.VM.get_current_operations(vm) == {}


def test_cancelling_a_running_task(xapi: XenAPI.Session, master: str, vm: str) -> None:
    task = xapi.xenapi.Async.VM.start(vm, False, False)
    wait_until(lambda: xapi.xenapi.VM.get_current_operations(vm) == {task: "start"})
    assert xapi.xenapi.task.cancel(task) == ""
    record = wait_final(xapi, task, master)
    assert record["status"] == "cancelled"
    assert record["error_info"] == ["TASK_CANCELLED", task]
    assert str(record["finished"]) != NULL_DATE
    assert xapi.xenapi.VM.get_power_state(vm) == "Halted"
    assert xapi.xenapi.VM.get_current_operations(vm) == {}
    clock_step(xapi.xenapi, 600, master)
    assert xapi.xenapi.VM.get_power_state(vm) == "Halted", "a cancelled start must not finish later"
    assert xapi.xenapi.task.get_status(task) == "cancelled"
    # the VM can be started afterwards
    start_now(xapi, vm, master)


def test_cancelling_a_finished_task_is_not_allowed(xapi: XenAPI.Session, master: str, vm: str) -> None:
    task = xapi.xenapi.Async.VM.start(vm, False, False)
    assert wait_final(xapi, task, master)["status"] == "success"
    details = failure(xapi.xenapi.task.cancel, task)
    assert details[0] == "OPERATION_NOT_ALLOWED", details
    assert len(details) == 2, details
    assert xapi.xenapi.task.get_status(task) == "success"


def test_cancelling_an_unknown_task_is_handle_invalid(calm: XenAPI.Session) -> None:
    xapi = calm
    bogus = "OpaqueRef:00000000-0000-4000-8000-00000000abcd"
    assert failure(xapi.xenapi.task.cancel, bogus) == ["HANDLE_INVALID", "task", bogus]


# --- client-made tasks ----------------------------------------------------------------------------------------------


def test_task_create_and_destroy(calm: XenAPI.Session) -> None:
    xapi = calm
    task = xapi.xenapi.task.create("upload", "a client-side task")
    assert REF.fullmatch(task)
    record = xapi.xenapi.task.get_record(task)
    assert record["name_label"] == "upload"
    assert record["name_description"] == "a client-side task"
    assert record["status"] == "pending"
    assert record["progress"] == 0.0
    assert str(record["created"]) != NULL_DATE
    assert xapi.xenapi.task.get_by_uuid(record["uuid"]) == task
    assert task in xapi.xenapi.task.get_by_name_label("upload")
    assert xapi.xenapi.task.destroy(task) == ""
    assert task not in xapi.xenapi.task.get_all()
    assert failure(xapi.xenapi.task.get_record, task) == ["HANDLE_INVALID", "task", task]


def test_a_finished_async_task_can_be_destroyed(xapi: XenAPI.Session, master: str, vm: str) -> None:
    task = xapi.xenapi.Async.VM.start(vm, False, False)
    wait_final(xapi, task, master)
    xapi.xenapi.task.destroy(task)
    assert task not in xapi.xenapi.task.get_all_records()


# --- what has no async form -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["VM.get_record", "VM.get_all", "VM.set_name_label", "session.logout",
                                    "event.from", "task.cancel"])
def test_no_async_form_for_getters_setters_session_event_and_task(calm: XenAPI.Session, calm_vm: str,
                                                                  method: str) -> None:
    xapi, vm = calm, calm_vm
    args: dict[str, tuple[Any, ...]] = {
        "VM.get_record": (vm,), "VM.get_all": (), "VM.set_name_label": (vm, "x"), "session.logout": (),
        "event.from": (["vm"], "", 1.0), "task.cancel": ("OpaqueRef:NULL",),
    }
    details = failure(xapi.xenapi_request, f"Async.{method}", args[method])
    assert details[0] == "MESSAGE_METHOD_UNKNOWN", details
    assert details[1:] in ([f"Async.{method}"], [method]), details
    assert xapi.xenapi.VM.get_name_label(vm) != "x"


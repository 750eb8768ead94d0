"""Performance over the SDK on a demo pool with a manual clock: data sources of hosts and VMs (list, query,
record, forget), workloads through the `sim` plugin, and a perfmon threshold crossing raising an ALARM."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import XenAPI

from sdk_support import clock_step, failure, logged_in, logout, pool_master, sim_fixture

server_fixture = sim_fixture("--scenario", "demo", "--manual-clock")
FIELDS = {"name_label", "name_description", "enabled", "standard", "units", "min", "max", "value"}


@pytest.fixture(scope="module")
def x(server: Any) -> Iterator[Any]:
    with logged_in(server) as session:
        yield session.xenapi


def guest(x: Any, name: str) -> str:
    ref: str = x.VM.get_by_name_label(name)[0]
    return ref


def sources(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["name_label"]: r for r in records}


def test_the_sdk_sees_vm_data_sources(x: Any) -> None:
    db = sources(x.VM.get_data_sources(guest(x, "db01")))
    assert all(set(r) == FIELDS for r in db.values())
    assert {"cpu0", "cpu1", "memory", "memory_target", "memory_internal_free", "vif_0_rx", "vif_0_tx",
            "vbd_xvda_read", "vbd_xvda_write", "vbd_xvdb_read"} <= {n for n, r in db.items() if r["enabled"]}
    assert db["cpu0"]["units"] == "(fraction)" and db["cpu0"]["max"] == 1.0
    assert db["memory"]["value"] == float(x.VM_metrics.get_memory_actual(x.VM.get_metrics(guest(x, "db01"))))
    assert not db["vbd_xvda_iops_total"]["enabled"] and not db["vbd_xvda_iops_total"]["standard"]
    assert 0.0 <= x.VM.query_data_source(guest(x, "db01"), "cpu0") <= 1.0


def test_the_sdk_sees_host_data_sources(x: Any) -> None:
    master = pool_master(x)
    host = sources(x.host.get_data_sources(master))
    cpus = len(x.host.get_host_CPUs(master))
    assert {f"cpu{i}" for i in range(cpus)} | {"cpu_avg", "loadavg", "memory_total_kib", "memory_free_kib",
                                                "pif_eth0_rx", "pif_eth0_tx", "xapi_open_fds"} <= set(host)
    total = x.host.query_data_source(master, "memory_total_kib")
    assert total == int(x.host_metrics.get_memory_total(x.host.get_metrics(master))) // 1024


def test_record_and_forget(x: Any) -> None:
    db = guest(x, "db01")
    x.VM.record_data_source(db, "vbd_xvda_iops_total")
    clock_step(x, 10)
    assert sources(x.VM.get_data_sources(db))["vbd_xvda_iops_total"]["enabled"]
    assert x.VM.query_data_source(db, "vbd_xvda_iops_total") > 0
    x.VM.forget_data_source_archives(db, "vbd_xvda_iops_total")
    assert x.VM.query_data_source(db, "vbd_xvda_iops_total") == 0.0  # nothing recorded since
    assert failure(x.VM.query_data_source, db, "no_such_source")[0] == "INTERNAL_ERROR"
    assert failure(x.VM.record_data_source, db, "no_such_source")[0] == "INTERNAL_ERROR"


def test_a_halted_vm_has_no_data_sources(x: Any) -> None:
    halted = guest(x, "student-pc2")
    assert x.VM.get_data_sources(halted) == []
    assert failure(x.VM.query_data_source, halted, "cpu0")[:3] == ["VM_BAD_POWER_STATE", halted, "running"]


def test_workloads_through_the_sim_plugin(x: Any) -> None:
    master = pool_master(x)
    assert "batch" in x.host.call_plugin(master, "sim", "workloads", {})
    with pytest.raises(XenAPI.Failure) as refused:
        x.host.call_plugin(master, "sim", "set_workload", {"vm": guest(x, "router"), "workload": "mining"})
    assert refused.value.details[0] == "XENAPI_PLUGIN_FAILURE"
    assert x.VM.get_other_config(guest(x, "web01"))["sim-workload"] == "web"


def alarms(x: Any, uuid: str) -> list[dict[str, Any]]:
    return [m for m in x.message.get_all_records().values() if m["name"] == "ALARM" and m["obj_uuid"] == uuid]


def test_a_threshold_crossing_raises_an_alarm(x: Any) -> None:
    router = guest(x, "router")
    uuid = x.VM.get_uuid(router)
    master = pool_master(x)
    x.host.call_plugin(master, "sim", "set_workload", {"vm": router, "workload": "idle"})
    clock_step(x, 300)  # well after the boot's burst (which is busy enough to raise an alarm of its own)
    config = ('<config><variable><name value="cpu_usage"/><alarm_trigger_level value="0.4"/>'
              '<alarm_trigger_period value="120"/></variable></config>')
    x.VM.add_to_other_config(router, "perfmon", config)
    clock_step(x, 600)
    assert alarms(x, uuid) == []  # idle stays under the level
    x.host.call_plugin(master, "sim", "set_workload", {"vm": router, "workload": "install"})
    clock_step(x, 60)
    assert alarms(x, uuid) == []  # above the level for less than the trigger period
    clock_step(x, 120)
    (alarm,) = alarms(x, uuid)
    assert alarm["cls"] == "VM" and int(alarm["priority"]) == 3
    head, config_text = alarm["body"].split("\nconfig:\n")
    assert head.startswith("value: ") and float(head.removeprefix("value: ")) > 0.4
    assert config_text == ('<variable>\n\t<name value="cpu_usage"/>\n\t<alarm_trigger_level value="0.4"/>\n'
                           '\t<alarm_trigger_period value="120"/>\n</variable>\n')
    clock_step(x, 600)
    assert len(alarms(x, uuid)) == 1  # inhibited for an hour after an alarm
    x.VM.remove_from_other_config(router, "perfmon")


def test_a_boot_shows_as_a_burst(x: Any) -> None:
    vm = guest(x, "student-pc2")
    x.host.call_plugin(pool_master(x), "sim", "set_workload", {"vm": vm, "workload": "idle"})
    task = x.Async.VM.start(vm, False, False)
    for _ in range(300):
        if x.task.get_status(task) != "pending":
            break
        clock_step(x, 1)
    assert x.VM.get_power_state(vm) == "Running"
    clock_step(x, 10)
    assert x.VM.query_data_source(vm, "cpu0") > 0.6
    assert x.VM.query_data_source(vm, "vbd_xvda_read") > 10 * 1024 * 1024
    clock_step(x, 600)
    assert x.VM.query_data_source(vm, "cpu0") < 0.2


def test_recording_a_source_needs_a_vm_admin(server: Any, x: Any) -> None:
    session = XenAPI.Session(server.url)
    session.xenapi.login_with_password("read-only", server.password)
    try:
        db = guest(x, "db01")
        assert session.xenapi.VM.get_data_sources(db)
        assert failure(session.xenapi.VM.record_data_source, db, "vbd_xvda_iops_read")[0] == "RBAC_PERMISSION_DENIED"
    finally:
        logout(session)

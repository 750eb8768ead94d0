"""Scenario: the guest agent (PV tools) reports some seconds after a guest boots, never before;
its VM_guest_metrics carry the OS version and the guest's IP address. An HVM guest without PV
tools (win7-legacy) never reports, and an HVM guest with tools can shut down cleanly only once
its agent has reported the feature.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from scnsim import NULL, Pool, clone_guest, lab, start_on

IPV4 = re.compile(r"^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$")
LIMIT = 180  # simulated seconds an agent may take


@pytest.fixture(scope="module")
def pool() -> Iterator[Pool]:
    with lab() as (_, session):
        yield session


def boot_and_time_the_agent(pool: Pool, vm: str, host: str) -> tuple[float, dict[str, Any]]:
    """Start the VM one second at a time, checking there are no guest metrics while it boots;
    then step until the agent reports. Returns the seconds from Running to the report, and it."""
    x = pool.x
    task = pool.begin("VM.start_on", vm, host, False, False)
    for _ in range(LIMIT):
        assert x.VM.get_guest_metrics(vm) == NULL, "no guest agent before the guest has booted"
        pool.step(1)
        if x.task.get_status(task) != "pending":
            break
    assert x.task.get_status(task) == "success", x.task.get_error_info(task)
    assert x.VM.get_power_state(vm) == "Running"
    booted = pool.now()
    assert x.VM.get_guest_metrics(vm) == NULL, "the agent is not up the instant the domain is"
    for _ in range(LIMIT):
        pool.step(1)
        metrics = x.VM.get_guest_metrics(vm)
        if metrics != NULL:
            return pool.now() - booted, x.VM_guest_metrics.get_record(metrics)
    raise AssertionError(f"no guest metrics {LIMIT} s after boot")


def assert_reports_an_ip(record: dict[str, Any]) -> None:
    ip = record["networks"].get("0/ip") or record["networks"].get("0/ipv4/0")
    assert ip is not None, record["networks"]
    match = IPV4.match(ip)
    assert match and all(0 <= int(part) <= 255 for part in match.groups()), ip


def test_a_linux_guest_agent_reports_some_seconds_after_boot(pool: Pool) -> None:
    vm = clone_guest(pool, "student-pc2", "ga-linux")
    delay, record = boot_and_time_the_agent(pool, vm, pool.host("xcp-host2"))
    assert 2 <= delay <= 120, f"the agent reported {delay:g} s after boot"
    assert "Ubuntu" in record["os_version"]["name"], record["os_version"]
    assert record["os_version"].get("distro"), record["os_version"]
    assert_reports_an_ip(record)
    assert record["PV_drivers_detected"] and record["live"]
    assert {"feature-shutdown", "feature-suspend"} <= set(record["other"])
    pool.check_memory()
    pool.run("VM.clean_shutdown", vm)


def test_a_windows_guest_with_tools_can_shut_down_cleanly_once_its_agent_reports(pool: Pool) -> None:
    x = pool.x
    win2022 = pool.vm("win2022")
    pool.run("VM.hard_shutdown", win2022)
    vm = clone_guest(pool, "win2022", "ga-windows")
    pool.run("VM.start_on", vm, pool.host("xcp-host1"), False, False)
    assert x.VM.get_guest_metrics(vm) == NULL
    assert "clean_shutdown" not in x.VM.get_allowed_operations(vm), "no agent yet: no clean shutdown"
    assert pool.fails("VM.clean_shutdown", vm)[:2] == ["VM_LACKS_FEATURE", vm]
    for _ in range(LIMIT):
        pool.step(1)
        if x.VM.get_guest_metrics(vm) != NULL:
            break
    metrics = x.VM.get_guest_metrics(vm)
    assert metrics != NULL, f"no guest metrics {LIMIT} s after boot"
    record = x.VM_guest_metrics.get_record(metrics)
    assert "Windows" in record["os_version"]["name"], record["os_version"]
    assert_reports_an_ip(record)
    assert "clean_shutdown" in x.VM.get_allowed_operations(vm)
    pool.run("VM.clean_shutdown", vm)
    assert x.VM.get_power_state(vm) == "Halted"
    pool.check_memory()


def test_an_hvm_guest_without_pv_tools_never_reports(pool: Pool) -> None:
    x = pool.x
    win7 = pool.vm("win7-legacy")
    start_on(pool, win7, pool.host("xcp-host2"))
    for _ in range(12):
        pool.step(10)
        assert x.VM.get_guest_metrics(win7) == NULL
    assert x.VM.get_power_state(win7) == "Running"
    pool.run("VM.hard_shutdown", win7)


def test_a_rebooted_guest_reports_again_after_its_new_boot(pool: Pool) -> None:
    x = pool.x
    vm = clone_guest(pool, "student-pc2", "ga-reboot")
    boot_and_time_the_agent(pool, vm, pool.host("xcp-host1"))
    domid = int(x.VM.get_domid(vm))
    pool.run("VM.hard_reboot", vm)
    assert int(x.VM.get_domid(vm)) > domid
    for _ in range(LIMIT):
        metrics = x.VM.get_guest_metrics(vm)
        if metrics != NULL and x.VM_guest_metrics.get_live(metrics):
            break
        pool.step(1)
    record = x.VM_guest_metrics.get_record(x.VM.get_guest_metrics(vm))
    assert_reports_an_ip(record)
    pool.run("VM.hard_shutdown", vm)

"""The New VM Protection Policy wizard against a simulator: one refused input on each page (an empty name, a VM of
another policy without "move", a quiesced snapshot, minute 7 and a weekly schedule without days, 11 snapshots kept),
then Finish creates the policy with its VMs as one Operation; the VM's General tab names the policy."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from xencenter.core.connection import Connection
from xencenter.core.operation import OperationState
from xencenter.ui.wizards.summary import SummaryPageWidget
from xencenter.ui.wizards.vmss import (
    NamePageWidget,
    RetentionPageWidget,
    SchedulePageWidget,
    TypePageWidget,
    VmsPageWidget,
)

import wizards_support
from wizards_support import Parts, Sdk, drain, drive, message, node, open_wizard, unnamed_widgets

pytestmark = [pytest.mark.gui, pytest.mark.slow]
parts_fixture = wizards_support.parts_fixture
qloop_fixture = wizards_support.qloop_fixture


@pytest.fixture
def lab(qtbot: Any, fresh_sim: Any, parts: Parts) -> Iterator[tuple[Connection, Sdk]]:
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    sdk = Sdk(fresh_sim.url)
    yield connection, sdk
    sdk.close()


def real_vm(sdk: Sdk, name: str) -> str:
    (ref,) = [r for r in sdk.x.VM.get_by_name_label(name) if not sdk.x.VM.get_is_a_snapshot(r)]
    return str(ref)


def test_new_policy_wizard_to_its_end(qtbot: Any, lab: tuple[Connection, Sdk], parts: Parts) -> None:
    connection, sdk = lab
    x = sdk.x
    web, student = real_vm(sdk, "web01"), real_vm(sdk, "student-pc2")
    other = x.VMSS.create({"name_label": "Nightly", "name_description": "", "enabled": True, "type": "snapshot",
                           "retained_snapshots": "3", "frequency": "daily", "schedule": {"hour": "2", "min": "0"}})
    x.VM.set_snapshot_schedule(student, other)
    qtbot.waitUntil(lambda: (connection.cache.get("VM", student) or {}).get("snapshot_schedule") == other,
                    timeout=5000)

    window = open_wizard(qtbot, parts, node(parts, connection, x.pool.get_all()[0]), "pool.new_vmss")
    assert window.objectName() == "newVmssWizard" and not unnamed_widgets(window)
    page = window.page
    assert isinstance(page, NamePageWidget)
    page.name.setText("Nightly")
    assert "already exists" in message(window, "name") and not window.flow.can_next
    page.name.setText("")
    assert "Type a name" in message(window, "name")
    page.name.setText("Web servers")
    assert message(window, "name") == "" and window.next()

    page = window.page
    assert isinstance(page, VmsPageWidget)
    page.choose("web01", "student-pc2")
    assert "student-pc2 already protected by another policy" in message(window, "vms")
    page.move_box.setChecked(True)
    assert message(window, "vms") == "" and window.next()

    page = window.page
    assert isinstance(page, TypePageWidget)
    page.buttons["snapshot_with_quiesce"].setChecked(True)
    assert "VSS" in message(window, "type")
    page.buttons["checkpoint"].setChecked(True)
    assert message(window, "type") == "" and window.next()

    page = window.page
    assert isinstance(page, SchedulePageWidget)
    page.frequency.setCurrentIndex(page.frequency.findData("weekly"))
    page.minute.setValue(7)
    assert "0, 15, 30 or 45" in message(window, "minute")
    page.minute.setValue(30)
    page.days["Monday"].setChecked(False)
    assert "at least one day" in message(window, "days")
    page.days["Friday"].setChecked(True)
    page.hour.setValue(24)
    assert "between 0 and 23" in message(window, "hour")
    page.hour.setValue(22)
    assert window.next()

    page = window.page
    assert isinstance(page, RetentionPageWidget)
    page.retained.setValue(11)
    assert "between 1 and 10" in message(window, "retained")
    page.retained.setValue(4)
    assert window.next()

    page = window.page
    assert isinstance(page, SummaryPageWidget)
    shown = page.values()
    assert "Web servers" in shown and "Every week on Friday at 22:30" in shown and "4" in shown
    assert "Snapshot disks and memory" in shown and "student-pc2" in shown
    operation = window.finish()
    assert operation is not None
    drive(qtbot, sdk, lambda: operation.is_finished, attempts=10)
    assert operation.state == OperationState.SUCCEEDED, operation.error

    (policy,) = x.VMSS.get_by_name_label("Web servers")
    record = x.VMSS.get_record(policy)
    assert record["schedule"] == {"days": "Friday", "hour": "22", "min": "30"} and record["frequency"] == "weekly"
    assert (record["type"], record["retained_snapshots"], record["enabled"]) == ("checkpoint", "4", True)
    assert sorted(record["VMs"]) == sorted([web, student]) and x.VMSS.get_VMs(other) == []

    parts.window.controller.refresh.flush()
    assert parts.window.navigation.select_key(node(parts, connection, web))
    host = parts.window.tabs.host
    host.show_tab("general")
    general = host.tab("general")
    qtbot.waitUntil(lambda: general.value("vmss") == "Web servers", timeout=5000)
    x.VMSS.set_enabled(policy, False)
    qtbot.waitUntil(lambda: general.value("vmss") == "Web servers (disabled)", timeout=5000)

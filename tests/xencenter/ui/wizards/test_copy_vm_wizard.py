"""The Copy VM wizard against a real simulator on a manual clock: a full copy lands on the chosen SR with the
name and description typed; a fast clone shares the disks; an SR too small is refused beside the field."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from xencenter.core.connection import Connection
from xencenter.core.operation import OperationState
from xencenter.ui.wizards.copy_vm import CopyModePageWidget, CopyNamePageWidget
from xencenter.ui.wizards.summary import SummaryPageWidget
from xencenter.ui.wizards.window import WizardWindow

import wizards_support
from wizards_support import Parts, Sdk, drain, drive, message, node, open_wizard, unnamed_widgets

pytestmark = pytest.mark.gui
parts_fixture = wizards_support.parts_fixture
qloop_fixture = wizards_support.qloop_fixture


@pytest.fixture
def lab(qtbot: Any, fresh_sim: Any, parts: Parts) -> Iterator[tuple[Connection, Sdk]]:
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    sdk = Sdk(fresh_sim.url)
    yield connection, sdk
    sdk.close()


def halted_vm(sdk: Sdk) -> tuple[str, list[str]]:
    x = sdk.x
    for ref, record in sorted(x.VM.get_all_records().items(), key=lambda item: item[1]["name_label"]):
        if record["is_a_template"] or record["is_control_domain"] or record["power_state"] != "Halted":
            continue
        disks = [x.VBD.get_VDI(v) for v in record["VBDs"] if x.VBD.get_type(v) == "Disk"]
        if disks:
            return ref, disks
    raise AssertionError("the demo has a halted VM with a disk")


def disks_of(sdk: Sdk, vm: str) -> list[str]:
    return [sdk.x.VBD.get_VDI(v) for v in sdk.x.VM.get_VBDs(vm) if sdk.x.VBD.get_type(v) == "Disk"]


def open_copy(qtbot: Any, parts: Parts, connection: Connection, vm: str) -> WizardWindow:
    assert parts.window.command_actions["vm.copy"].text() == "Copy..."
    window = open_wizard(qtbot, parts, node(parts, connection, vm), "vm.copy")
    assert window.objectName() == "copyVmWizard" and not unnamed_widgets(window)
    return window


def name_page(window: WizardWindow, name: str, description: str) -> None:
    page = window.page
    assert isinstance(page, CopyNamePageWidget)
    page.name.setText("")
    assert "Type a name" in message(window, "name") and not window.flow.can_next
    page.name.setText(name)
    page.description.setPlainText(description)
    assert message(window, "name") == "" and window.next()


def finish(qtbot: Any, sdk: Sdk, window: WizardWindow) -> Any:
    assert window.next() and isinstance(window.page, SummaryPageWidget)
    operation = window.finish()
    assert operation is not None
    drive(qtbot, sdk, lambda: operation.is_finished, attempts=40)
    assert operation.state == OperationState.SUCCEEDED, operation.error
    return operation


def test_full_copy_lands_on_the_chosen_sr(qtbot: Any, lab: tuple[Connection, Sdk], parts: Parts) -> None:
    connection, sdk = lab
    x = sdk.x
    vm, disks = halted_vm(sdk)
    source_srs = {x.VDI.get_SR(d) for d in disks}
    need = sum(int(x.VDI.get_virtual_size(d)) for d in disks)
    target = next(ref for ref, r in sorted(x.SR.get_all_records().items(), key=lambda i: i[1]["name_label"])
                  if ref not in source_srs and r["content_type"] not in ("iso", "udev") and r["shared"]
                  and int(r["physical_size"]) - int(r["physical_utilisation"]) > need)
    window = open_copy(qtbot, parts, connection, vm)
    name_page(window, "copied by the wizard", "a full copy")
    page = window.page
    assert isinstance(page, CopyModePageWidget)
    page.choose(True, target)
    assert message(window, "sr") == "" and message(window, "mode") == ""
    operation = finish(qtbot, sdk, window)
    [copy] = x.VM.get_by_name_label("copied by the wizard")
    assert x.VM.get_name_description(copy) == "a full copy"
    copies = disks_of(sdk, copy)
    assert len(copies) == len(disks) and {x.VDI.get_SR(d) for d in copies} == {target}
    assert set(copies).isdisjoint(disks)
    assert operation.title.startswith("Copying '")


def test_fast_clone_keeps_the_disks_on_their_storage(qtbot: Any, lab: tuple[Connection, Sdk], parts: Parts) -> None:
    connection, sdk = lab
    x = sdk.x
    vm, disks = halted_vm(sdk)
    window = open_copy(qtbot, parts, connection, vm)
    name_page(window, "cloned by the wizard", "")
    page = window.page
    assert isinstance(page, CopyModePageWidget)
    page.choose(False)
    assert not page.sr.isEnabled()
    finish(qtbot, sdk, window)
    [clone] = x.VM.get_by_name_label("cloned by the wizard")
    assert sorted(x.VDI.get_SR(d) for d in disks_of(sdk, clone)) == sorted(x.VDI.get_SR(d) for d in disks)


def test_an_sr_without_room_is_refused_beside_the_field(qtbot: Any, lab: tuple[Connection, Sdk],
                                                        parts: Parts) -> None:
    connection, sdk = lab
    x = sdk.x
    vm, disks = halted_vm(sdk)
    need = sum(int(x.VDI.get_virtual_size(d)) for d in disks)
    sr = next(ref for ref, r in sorted(x.SR.get_all_records().items(), key=lambda i: i[1]["name_label"])
              if r["content_type"] not in ("iso", "udev") and r["type"] == "lvmoiscsi")
    free = int(x.SR.get_physical_size(sr)) - int(x.SR.get_physical_utilisation(sr))
    filler = free - need // 2 - 64 * 2**20  # leave less room than the copy needs (thick LVM takes it all)
    x.VDI.create({"name_label": "filler", "name_description": "", "SR": sr, "virtual_size": str(filler),
                  "type": "user", "sharable": False, "read_only": False, "other_config": {}, "xenstore_data": {},
                  "sm_config": {}, "tags": []})
    left = int(x.SR.get_physical_size(sr)) - int(x.SR.get_physical_utilisation(sr))
    assert 0 < left < need
    qtbot.waitUntil(lambda: int((connection.cache.get("SR", sr) or {}).get("physical_utilisation", 0))
                    > int(x.SR.get_physical_size(sr)) - need, timeout=5000)
    window = open_copy(qtbot, parts, connection, vm)
    name_page(window, "too big", "")
    page = window.page
    assert isinstance(page, CopyModePageWidget)
    page.choose(True, sr)
    assert "needs" in message(window, "sr") and "free" in message(window, "sr")
    assert not window.flow.can_next

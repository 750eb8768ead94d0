"""Export and Import wizards against a simulator: a halted VM exported to an XVA file (compressed, verified) and
imported back as a new VM with its disks; a refused file name, an OVF, and a damaged XVA each get their sentence, and
a failed export leaves no partial file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from xencenter.core.connection import Connection
from xencenter.core.operation import OperationState
from xencenter.core.xenapi.errors import XenAPIFailure
from xencenter.ui.wizards.summary import SummaryPageWidget
from xencenter.ui.wizards.window import WizardWindow
from xencenter.ui.wizards.xva import (
    ExportFilePageWidget,
    ExportOptionsPageWidget,
    FilePageWidget,
    ImportNetworkPageWidget,
    ImportStoragePageWidget,
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


def finish(qtbot: Any, sdk: Sdk, window: WizardWindow) -> Any:
    assert window.next() and isinstance(window.page, SummaryPageWidget)
    operation = window.finish()
    assert operation is not None
    drive(qtbot, sdk, lambda: operation.is_finished, attempts=40)
    return operation


def test_export_then_import_a_vm(qtbot: Any, lab: tuple[Connection, Sdk], parts: Parts, tmp_path: Path) -> None:
    connection, sdk = lab
    x = sdk.x
    vm = sdk.vm("student-pc2")
    parts.window.controller.refresh.flush()
    assert parts.window.navigation.select_key(node(parts, connection, sdk.vm("web01")))
    parts.window.command_actions.update.flush()
    assert parts.window.command_actions["vm.export"].toolTip() == "Shut down or suspend the VM to export it."

    window = open_wizard(qtbot, parts, node(parts, connection, vm), "vm.export")
    assert window.objectName() == "exportVmWizard" and not unnamed_widgets(window)
    page = window.page
    assert isinstance(page, ExportFilePageWidget)
    page.path.setText(str(tmp_path / "missing-folder" / "pc2.xva"))
    assert "does not exist" in message(window, "path") and not window.flow.can_next
    page.path.setText(str(tmp_path / "pc2.txt"))
    assert "must end in .xva" in message(window, "path")
    target = tmp_path / "pc2.xva"
    page.path.setText(str(target))
    assert message(window, "path") == "" and window.next()
    options = window.page
    assert isinstance(options, ExportOptionsPageWidget)
    options.compress.setChecked(True)
    operation = finish(qtbot, sdk, window)
    assert operation.state == OperationState.SUCCEEDED, operation.error
    assert target.is_file() and not (tmp_path / "pc2.xva.part").exists()
    assert target.read_bytes()[:2] == b"\x1f\x8b"  # gzip

    window = open_wizard(qtbot, parts, node(parts, connection, x.pool.get_all()[0]), "pool.import")
    assert window.objectName() == "importVmWizard" and not unnamed_widgets(window)
    page = window.page
    assert isinstance(page, FilePageWidget)
    (tmp_path / "thing.ovf").write_text("<Envelope/>")
    page.path.setText(str(tmp_path / "thing.ovf"))
    assert message(window, "path") == "The package describes no virtual system."
    page.path.setText(str(target))
    assert window.next()
    storage = window.page
    assert isinstance(storage, ImportStoragePageWidget)
    before = set(x.VM.get_by_name_label("student-pc2"))
    operation = finish(qtbot, sdk, window)
    assert operation.state == OperationState.SUCCEEDED, operation.error
    (new,) = set(x.VM.get_by_name_label("student-pc2")) - before
    assert new == operation.result
    disks = [x.VBD.get_VDI(v) for v in x.VM.get_VBDs(new) if x.VBD.get_type(v) == "Disk"]
    assert disks and x.VDI.get_SR(disks[0]) == storage.state.sr


def test_a_damaged_xva_is_refused_with_the_servers_reason(qtbot: Any, lab: tuple[Connection, Sdk], parts: Parts,
                                                          tmp_path: Path) -> None:
    connection, sdk = lab
    bad = tmp_path / "bad.xva"
    bad.write_bytes(b"this is not a tar archive" * 100)
    window = open_wizard(qtbot, parts, node(parts, connection, sdk.x.pool.get_all()[0]), "pool.import")
    window.page.path.setText(str(bad))
    assert window.next()
    vms_before = len(sdk.x.VM.get_all())
    operation = finish(qtbot, sdk, window)
    assert operation.state == OperationState.FAILED
    assert isinstance(operation.error, XenAPIFailure) and operation.error.code == "IMPORT_ERROR"
    assert operation.error_text  # a sentence for the Events pane
    assert len(sdk.x.VM.get_all()) == vms_before, "nothing is left behind"


def test_an_ova_with_a_vmdk_is_imported_with_its_disks_and_networks(qtbot: Any, lab: tuple[Connection, Sdk],
                                                                    parts: Parts, tmp_path: Path) -> None:
    import sys

    import httpx

    sys.path.insert(0, str(Path(__file__).parents[2] / "core"))
    from ovf_build import descriptor, stream_vmdk, write_ova

    connection, sdk = lab
    x = sdk.x
    mib = 1 << 20
    grain = bytes(range(256)) * 256
    ovf = descriptor("appliance", [("d0", "appliance-disk1.vmdk", 4 * mib), ("d1", "data.img", mib)],
                     ["VM Network", "Students VLAN 10"], vcpus=2, memory_mib=768)
    disks = {"appliance-disk1.vmdk": stream_vmdk({0: grain, 9: grain}, 4 * mib), "data.img": b"data" * 100}
    ova = write_ova(tmp_path / "appliance.ova", ovf, disks)
    window = open_wizard(qtbot, parts, node(parts, connection, x.pool.get_all()[0]), "pool.import")
    page = window.page
    assert isinstance(page, FilePageWidget)
    page.path.setText(str(ova))
    assert message(window, "path") == "" and window.next()
    assert isinstance(window.page, ImportStoragePageWidget) and window.next()
    networks = window.page
    assert isinstance(networks, ImportNetworkPageWidget) and not unnamed_widgets(window)
    (vlan,) = x.network.get_by_name_label("Students VLAN 10")
    assert networks.combos[1].currentData() == vlan, "the same name is chosen"
    (management,) = x.network.get_by_name_label("Management network")
    networks.combos[0].setCurrentIndex(networks.combos[0].findData(management))
    operation = finish(qtbot, sdk, window)
    assert operation.state == OperationState.SUCCEEDED, operation.error_text
    (vm,) = x.VM.get_by_name_label("appliance")
    record = x.VM.get_record(vm)
    assert record["VCPUs_max"] == "2" and record["memory_static_max"] == str(768 * mib)
    assert sorted(x.VIF.get_network(v) for v in record["VIFs"]) == sorted([management, vlan])
    vdis = [x.VBD.get_VDI(v) for v in sorted(record["VBDs"], key=x.VBD.get_userdevice)]
    sizes = [int(x.VDI.get_virtual_size(v)) for v in vdis]  # VHD-based SRs round up to their 2 MiB blocks
    assert sizes[0] == 4 * mib and mib <= sizes[1] <= 2 * mib
    contents = httpx.get(f"{connection.url}/export_raw_vdi",
                         params={"vdi": vdis[0], "session_id": sdk.session._session}, timeout=30).content
    assert contents[:len(grain)] == grain and contents[9 * len(grain):10 * len(grain)] == grain
    assert contents[len(grain):9 * len(grain)].count(0) == 8 * len(grain)


def test_an_ova_that_fails_midway_leaves_nothing_behind(qtbot: Any, lab: tuple[Connection, Sdk], parts: Parts,
                                                       tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).parents[2] / "core"))
    from ovf_build import descriptor, write_ova

    connection, sdk = lab
    x = sdk.x
    mib = 1 << 20
    ovf = descriptor("broken", [("d0", "one.img", mib), ("d1", "two.img", mib)], [])
    ova = write_ova(tmp_path / "broken.ova", ovf, {"one.img": b"1" * 1000})  # two.img is missing
    vdis_before = set(x.VDI.get_all())
    window = open_wizard(qtbot, parts, node(parts, connection, x.pool.get_all()[0]), "pool.import")
    window.page.path.setText(str(ova))
    assert window.next() and window.next() and isinstance(window.page, SummaryPageWidget)
    operation = window.finish()
    drive(qtbot, sdk, lambda: operation.is_finished, attempts=40)
    assert operation.state == OperationState.FAILED
    assert "two.img" in operation.error_text and "removed" in operation.note
    assert x.VM.get_by_name_label("broken") == [] and set(x.VDI.get_all()) == vdis_before

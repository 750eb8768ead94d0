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
    assert "OVF and OVA packages cannot be imported yet" in message(window, "path")
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

"""open_export_vm / open_import_vm: the Export and Import wizards' windows (a file with Browse..., options or
storage, summary), over core/wizard/xva.py. File dialogs open non-modally."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...core.commands import WizardRequest
from ...core.commands.choices import ChoiceChecks
from ...core.error_sentences import format_bytes
from ...core.i18n import translate
from ...core.ovf import OvfPackage
from ...core.wizard import WizardFlow
from ...core.wizard.xva import (
    ExportChoices,
    ImportChoices,
    default_export,
    default_networks,
    export_pages,
    import_pages,
    import_srs,
    pool_networks,
    start_export,
    start_import,
    vm_name,
)
from .name_page import named
from .page import PageWidget
from .summary import SummaryPageWidget
from .window import WizardWindow


class FilePageWidget(PageWidget):
    """A path typed or chosen with Browse... (saving for an export, opening for an import)."""

    SAVING = False

    def __init__(self, logic: Any, state: Any, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.path = QLineEdit(self)
        named(self.path, "xvaPath", translate("XvaWizard", "File"))
        self.browse = QPushButton(translate("XvaWizard", "&Browse..."), self)
        named(self.browse, "xvaBrowse", translate("XvaWizard", "Browse"))
        self.browse.clicked.connect(self.open_dialog)
        self.dialog: QFileDialog | None = None
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        label = QLabel(translate("XvaWizard", "&File:"), self)
        named(label, "xvaPathLabel", translate("XvaWizard", "File"))
        label.setBuddy(self.path)
        form = QFormLayout(self)
        form.addRow(label, row)
        form.addRow("", self.message("path"))
        self.path.textChanged.connect(self._edited)

    def open_dialog(self) -> None:
        dialog = QFileDialog(self, translate("XvaWizard", "Choose the XVA file"))
        named(dialog, "xvaFileDialog", dialog.windowTitle())
        filters = [translate("XvaWizard", "XVA files (*.xva *.xva.gz)")]
        if not self.SAVING:
            filters.insert(0, translate("XvaWizard", "XVA files and OVF packages (*.xva *.xva.gz *.ovf *.ova)"))
            filters.append(translate("XvaWizard", "OVF packages (*.ovf *.ova)"))
        dialog.setNameFilters([*filters, translate("XvaWizard", "All files (*)")])
        if self.SAVING:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix("xva")
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        if self.path.text():
            dialog.selectFile(self.path.text())
        dialog.fileSelected.connect(self.path.setText)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def fill(self) -> None:
        self.path.setText(self.state.path)

    def _edited(self, *_: object) -> None:
        if self._filling:
            return
        self.state.path = self.path.text()
        self.changed()


class ExportFilePageWidget(FilePageWidget):
    SAVING = True


class ExportOptionsPageWidget(PageWidget):
    state: ExportChoices

    def __init__(self, logic: Any, state: ExportChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.compress = QCheckBox(translate("XvaWizard", "&Compress the file (gzip: smaller, slower)"), self)
        named(self.compress, "xvaCompress", translate("XvaWizard", "Compress the file"))
        self.verify = QCheckBox(translate("XvaWizard", "&Verify the file after the export (reads it back and "
                                                       "checks every block's checksum)"), self)
        named(self.verify, "xvaVerify", translate("XvaWizard", "Verify the file after the export"))
        form = QFormLayout(self)
        form.addRow(self.compress)
        form.addRow(self.verify)
        self.compress.toggled.connect(self._edited)
        self.verify.toggled.connect(self._edited)

    def fill(self) -> None:
        self.compress.setChecked(self.state.compress)
        self.verify.setChecked(self.state.verify)

    def _edited(self, *_: object) -> None:
        if self._filling:
            return
        self.state.compress = self.compress.isChecked()
        self.state.verify = self.verify.isChecked()
        self.changed()


class ImportStoragePageWidget(PageWidget):
    state: ImportChoices

    def __init__(self, logic: Any, state: ImportChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.sr = QComboBox(self)
        named(self.sr, "xvaSr", translate("XvaWizard", "Storage for the VM's disks"))
        for ref, name, free in import_srs(state.connection.cache):
            self.sr.addItem(translate("XvaWizard", "{0} ({1} free)").format(name, format_bytes(free)), ref)
        self.start = QCheckBox(translate("XvaWizard", "&Start the VM when it is imported"), self)
        named(self.start, "xvaStart", translate("XvaWizard", "Start the VM when it is imported"))
        form = QFormLayout(self)
        form.addRow(translate("XvaWizard", "&Storage:"), self.sr)
        form.addRow("", self.message("sr"))
        form.addRow(self.start)
        self.sr.currentIndexChanged.connect(self._edited)
        self.start.toggled.connect(self._edited)

    def fill(self) -> None:
        index = self.sr.findData(self.state.sr)
        self.sr.setCurrentIndex(index if index >= 0 else 0)
        self.start.setChecked(self.state.start)
        self.state.sr = str(self.sr.currentData() or "")

    def _edited(self, *_: object) -> None:
        if self._filling:
            return
        self.state.sr = str(self.sr.currentData() or "")
        self.state.start = self.start.isChecked()
        self.changed()


class ImportNetworkPageWidget(PageWidget):
    """One row per NIC of the OVF package: the package's network name and a combo of the pool's networks. The
    rows are made when the page is shown (the package is known once the file page is done)."""

    state: ImportChoices

    def __init__(self, logic: Any, state: ImportChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.form = QFormLayout(self)
        self.combos: dict[int, QComboBox] = {}
        self._built_for: object = None

    def fill(self) -> None:
        package = self.state.package()
        if not isinstance(package, OvfPackage):
            return
        if not self.state.networks or set(self.state.networks) != set(range(len(package.networks))):
            self.state.networks = default_networks(self.state.connection.cache, package)
        if self._built_for is not package:
            self._build(package)
        for index, combo in self.combos.items():
            combo.setCurrentIndex(max(0, combo.findData(self.state.networks.get(index, ""))))

    def _build(self, package: OvfPackage) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.forget_messages("nic:")
        self.combos = {}
        self.form.addRow(self.caption("ovfNetworksNote", translate(
            "XvaWizard", "Choose the network each of the package's interfaces joins in this pool.")))
        for index, name in enumerate(package.networks):
            combo = QComboBox(self)
            label = translate("XvaWizard", "Interface {0} ({1})").format(index, name or "-")
            named(combo, f"ovfNetwork{index}", label)
            for ref, network in pool_networks(self.state.connection.cache):
                combo.addItem(network, ref)
            combo.currentIndexChanged.connect(self._edited)
            self.combos[index] = combo
            self.form.addRow(label, combo)
            self.form.addRow("", self.message(f"nic:{index}"))
        self._built_for = package

    def _edited(self, *_: object) -> None:
        if self._filling:
            return
        self.state.networks = {index: str(combo.currentData() or "") for index, combo in self.combos.items()}
        self.changed()


def _pages(flow: WizardFlow[Any], state: Any, widgets: dict[str, type[PageWidget]]) -> list[PageWidget]:
    return [SummaryPageWidget(logic, state, flow) if logic.key == "summary" else widgets[logic.key](logic, state)
            for logic in flow.pages]


def open_export_vm(request: WizardRequest, parent: QWidget | None = None,
                   choice_checks: ChoiceChecks | None = None) -> WizardWindow:
    vm = request.item.ref if request.item is not None else ""
    state = default_export(request.connection, vm)
    flow = WizardFlow(export_pages(), state)
    pages = _pages(flow, state, {"file": ExportFilePageWidget, "options": ExportOptionsPageWidget})
    title = translate("XvaWizard", "Export — {0}").format(vm_name(request.connection.cache, vm))
    return WizardWindow(title, "exportVmWizard", flow, pages, lambda c: start_export(request.operations, c), parent,
                        finish_text=translate("XvaWizard", "&Export"))


def open_import_vm(request: WizardRequest, parent: QWidget | None = None,
                   choice_checks: ChoiceChecks | None = None) -> WizardWindow:
    state = ImportChoices(request.connection)
    srs = import_srs(request.connection.cache)
    default = next((str(p.get("default_SR")) for _, p in request.connection.cache.items("pool")), "")
    state.sr = default if any(ref == default for ref, _n, _f in srs) else (srs[0][0] if srs else "")
    flow = WizardFlow(import_pages(), state)
    pages = _pages(flow, state, {"file": FilePageWidget, "storage": ImportStoragePageWidget,
                                 "networks": ImportNetworkPageWidget})
    title = translate("XvaWizard", "Import — {0}").format(request.connection.display_name)
    return WizardWindow(title, "importVmWizard", flow, pages, lambda c: start_import(request.operations, c), parent,
                        finish_text=translate("XvaWizard", "&Import"))

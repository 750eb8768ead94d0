"""New VM pages: storage (the template's disks, resize, add, remove, SR with free space), networking (NICs,
networks, MACs) and the summary with "Start the new VM automatically"."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ....core.error_sentences import format_bytes
from ....core.i18n import translate
from ....core.objects import Network
from ....core.wizard import WizardFlow
from ....core.wizard.new_vm import DiskChoice, NewVmChoices, VifChoice
from ....core.wizard.new_vm.choices import default_networks, default_sr
from ....core.wizard.new_vm.pages_devices import disk_srs, next_device, sr_free
from ....core.wizard.page import PageLogic
from ..name_page import named
from ..page import PageWidget
from ..summary import SummaryPageWidget

GiB = 1024**3
DEFAULT_NEW_DISK = 8 * GiB


def row_buttons(page: QWidget, prefix: str, add: Any, remove: Any) -> tuple[QPushButton, QPushButton, QHBoxLayout]:
    add_button = QPushButton(translate("NewVm", "&Add..."), page)
    named(add_button, f"{prefix}Add", translate("NewVm", "Add"))
    remove_button = QPushButton(translate("NewVm", "&Remove"), page)
    named(remove_button, f"{prefix}Remove", translate("NewVm", "Remove"))
    add_button.clicked.connect(lambda _=False: add())
    remove_button.clicked.connect(lambda _=False: remove())
    row = QHBoxLayout()
    row.addWidget(add_button)
    row.addWidget(remove_button)
    row.addStretch(1)
    return add_button, remove_button, row


def remove_current(page: PageWidget, table: QTableWidget, rows: list[Any]) -> None:
    """Remove the selected row (else the last) from the state's `rows`, then show the page again."""
    row = table.currentRow()
    row = row if 0 <= row < len(rows) else len(rows) - 1
    if row >= 0:
        del rows[row]
        page.enter()
        page.changed()


def append_row(page: PageWidget, rows: list[Any], row: Any) -> None:
    rows.append(row)
    page.enter()
    page.changed()


class StoragePageWidget(PageWidget):
    state: NewVmChoices

    def __init__(self, logic: PageLogic[NewVmChoices], state: NewVmChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.table = QTableWidget(0, 3, self)
        named(self.table, "disks", translate("NewVm", "Virtual disks"))
        self.table.setHorizontalHeaderLabels([translate("NewVm", "Size"), translate("NewVm", "Storage"),
                                              translate("NewVm", "Problem")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add, self.remove, buttons = row_buttons(self, "disk", self.add_disk, self.remove_disk)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption("disksCaption", translate("NewVm", "The new VM's virtual disks:")))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message("disks"))

    def fill(self) -> None:
        self.forget_messages("disk:")
        self.table.setRowCount(len(self.state.disks))
        srs = disk_srs(self.state.cache)
        for row, disk in enumerate(self.state.disks):
            size = QDoubleSpinBox(self.table)
            named(size, f"diskSize{row}", translate("NewVm", "Size of disk {0}").format(row))
            size.setRange(0, 4096)
            size.setDecimals(1)
            size.setSuffix(translate("NewVm", " GiB"))
            size.setValue(disk.size / GiB)
            size.valueChanged.connect(lambda value, r=row: self._size(r, value))
            target = QComboBox(self.table)
            named(target, f"diskSr{row}", translate("NewVm", "Storage of disk {0}").format(row))
            for sr in srs:
                target.addItem(translate("NewVm", "{0} ({1} free)").format(sr.name, format_bytes(sr_free(sr))),
                               sr.ref)
            target.setCurrentIndex(max(0, target.findData(disk.sr)))
            if disk.vdi:  # a cloned disk stays where the template's disk is
                target.setEnabled(False)
                target.setToolTip(translate("NewVm", "A disk of the template is cloned on its own storage."))
            target.currentIndexChanged.connect(lambda _i, r=row, box=target: self._sr(r, str(box.currentData())))
            self.table.setCellWidget(row, 0, size)
            self.table.setCellWidget(row, 1, target)
            self.table.setCellWidget(row, 2, self.message(f"disk:{row}"))
        self.remove.setEnabled(bool(self.state.disks))

    def show_problems(self, problems: list[Any]) -> str:
        for row in range(len(self.state.disks)):
            self.message(f"disk:{row}")  # every row has its label, so its problems show in the row
        rest = super().show_problems(problems)
        self.table.resizeRowsToContents()
        return rest

    def _size(self, row: int, gib: float) -> None:
        if not self._filling and row < len(self.state.disks):
            self.state.disks[row].size = round(gib * 10) * GiB // 10
            self.changed()

    def _sr(self, row: int, sr: str) -> None:
        if not self._filling and row < len(self.state.disks):
            self.state.disks[row].sr = sr
            self.changed()

    def add_disk(self) -> None:
        append_row(self, self.state.disks, DiskChoice(next_device(self.state.disks), DEFAULT_NEW_DISK,
                                                      default_sr(self.state.cache), not self.state.disks))

    def remove_disk(self) -> None:
        remove_current(self, self.table, self.state.disks)


class NetworkPageWidget(PageWidget):
    state: NewVmChoices

    def __init__(self, logic: PageLogic[NewVmChoices], state: NewVmChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.table = QTableWidget(0, 3, self)
        named(self.table, "vifs", translate("NewVm", "Network interfaces"))
        self.table.setHorizontalHeaderLabels([translate("NewVm", "Network"), translate("NewVm", "MAC address"),
                                              translate("NewVm", "Problem")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add, self.remove, buttons = row_buttons(self, "vif", self.add_vif, self.remove_vif)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption("vifsCaption", translate(
            "NewVm", "The new VM's network interfaces (leave the MAC empty for a generated one):")))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message("vifs"))

    def fill(self) -> None:
        cache = self.state.cache
        networks = sorted((Network(ref, rec, cache) for ref, rec in cache.items("network")), key=lambda n: n.name)
        self.forget_messages("vif:")
        self.table.setRowCount(len(self.state.vifs))
        for row, vif in enumerate(self.state.vifs):
            network = QComboBox(self.table)
            named(network, f"vifNetwork{row}", translate("NewVm", "Network of interface {0}").format(row))
            for net in networks:
                network.addItem(net.name, net.ref)
            network.setCurrentIndex(max(0, network.findData(vif.network)))
            network.currentIndexChanged.connect(lambda _i, r=row, box=network: self._network(r, box.currentData()))
            mac = QLineEdit(vif.mac, self.table)
            named(mac, f"vifMac{row}", translate("NewVm", "MAC address of interface {0}").format(row))
            mac.setPlaceholderText(translate("NewVm", "generated"))
            mac.textChanged.connect(lambda text, r=row: self._mac(r, text))
            self.table.setCellWidget(row, 0, network)
            self.table.setCellWidget(row, 1, mac)
            self.table.setCellWidget(row, 2, self.message(f"vif:{row}"))
        self.remove.setEnabled(bool(self.state.vifs))

    def show_problems(self, problems: list[Any]) -> str:
        for row in range(len(self.state.vifs)):
            self.message(f"vif:{row}")
        rest = super().show_problems(problems)
        self.table.resizeRowsToContents()
        return rest

    def _network(self, row: int, network: Any) -> None:
        if not self._filling and row < len(self.state.vifs):
            self.state.vifs[row].network = str(network or "")
            self.changed()

    def _mac(self, row: int, text: str) -> None:
        if not self._filling and row < len(self.state.vifs):
            self.state.vifs[row].mac = text
            self.changed()

    def add_vif(self) -> None:
        networks = default_networks(self.state.cache)
        append_row(self, self.state.vifs, VifChoice(networks[0] if networks else ""))

    def remove_vif(self) -> None:
        remove_current(self, self.table, self.state.vifs)


class NewVmSummaryWidget(SummaryPageWidget):
    """The summary, and the choice to start the VM at the end."""

    state: NewVmChoices

    def __init__(self, logic: PageLogic[NewVmChoices], state: NewVmChoices, flow: WizardFlow[NewVmChoices],
                 parent: QWidget | None = None) -> None:
        super().__init__(logic, state, flow, parent)
        self.start = QCheckBox(translate("NewVm", "&Start the new VM automatically"), self)
        named(self.start, "startAutomatically", translate("NewVm", "Start the new VM automatically"))
        self.start.toggled.connect(self._start)
        self.add_below(self.start)

    def fill(self) -> None:
        super().fill()
        self.start.setChecked(self.state.start)

    def _start(self, on: bool) -> None:
        if not self._filling:
            self.state.start = on
            self.changed()

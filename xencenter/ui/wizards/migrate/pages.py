"""Migrate pages: destination (pool, then each host with the server's answer), storage and network maps (a
combo box per disk and per VIF), and the migration network."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QListWidget, QListWidgetItem, QTableWidget, QVBoxLayout, QWidget

from ....core.connection import Connection
from ....core.error_sentences import format_bytes
from ....core.i18n import translate
from ....core.objects import SR, Host
from ....core.wizard.migrate import MigrateChoices, retarget
from ....core.wizard.migrate.choices import destination_hosts, disk_srs, networks, vm_disks, vm_vifs
from ....core.wizard.migrate.pages import DestinationPage
from ....core.wizard.page import PageLogic
from ....core.wlb import Rating, is_active, order_by_rating, rated_name, zero_reason_text
from ..name_page import named
from ..page import PageWidget

NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # a server row's plain name (its text gains stars and the answer)


class DestinationPageWidget(PageWidget):
    """The destination pool (any connected one) and its hosts, each with whether it can take the VM and why not."""

    state: MigrateChoices
    logic: DestinationPage

    def __init__(self, logic: PageLogic[MigrateChoices], state: MigrateChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.pools = QComboBox(self)
        named(self.pools, "destinationPool", translate("Migrate", "Destination pool"))
        self.hosts = QListWidget(self)
        named(self.hosts, "destinationHosts", translate("Migrate", "Destination server"))
        form = QFormLayout()
        form.addRow(translate("Migrate", "Destination &pool:"), self.pools)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption("destinationCaption", translate(
            "Migrate", "Choose where the VM goes. Each server is asked whether it can take the VM.")))
        layout.addLayout(form)
        layout.addWidget(self.hosts, 1)
        layout.addWidget(self.message("host"))
        self._rows: dict[str, QListWidgetItem] = {}
        self.pools.currentIndexChanged.connect(self._pool_chosen)
        self.hosts.currentItemChanged.connect(self._host_chosen)
        if self.logic.checks is not None:
            self.logic.checks.changed.connect(self._answer)
            self.logic.checks.checks.ratings.rated.connect(self._rated)

    def _connection(self) -> Connection | None:
        index = self.pools.currentIndex()
        return self.state.connections[index] if 0 <= index < len(self.state.connections) else None

    def fill(self) -> None:
        self.logic.request_checks(self.state, [h.ref for c in self.state.connections for h in destination_hosts(c)])
        self.pools.clear()
        for connection in self.state.connections:
            self.pools.addItem(connection.display_name)
        target = self.state.target or self.state.connection
        if target in self.state.connections:
            self.pools.setCurrentIndex(self.state.connections.index(target))
        self._hosts()

    def _hosts(self) -> None:
        connection = self._connection()
        self.hosts.clear()
        self._rows = {}
        if connection is None:
            return
        for host in destination_hosts(connection):
            item = QListWidgetItem(self.hosts)
            item.setData(Qt.ItemDataRole.UserRole, host.ref)
            item.setData(NAME_ROLE, host.name)
            self._rows[host.ref] = item
            self._text(item, host.ref, host.name)
            if host.ref == self.state.host:
                self.hosts.setCurrentItem(item)
        if self.logic.checks is not None and connection is self.state.connection:
            self.logic.checks.checks.ratings.ask(connection, self.state.vm)  # WLB's stars, in the background
        self._order()

    def _ratings(self) -> dict[str, Rating]:
        """WLB's ratings of the VM's own pool's servers (none for another pool, or with WLB off)."""
        connection = self._connection()
        if self.logic.checks is None or connection is not self.state.connection or not is_active(connection.cache):
            return {}
        return self.logic.checks.checks.ratings.ratings(connection, self.state.vm) or {}

    def _text(self, item: QListWidgetItem, ref: str, name: str) -> None:
        reason = self.logic.reason(self.state, ref)
        rating = self._ratings().get(ref)
        if rating is not None:
            if reason is None and rating.stars == 0:
                reason = zero_reason_text(rating.reason or "")
            name = rated_name(name, rating)
        status = reason if reason is not None else translate("Migrate", "can take the VM")
        item.setText(f"{name} — {status}")
        item.setToolTip(status)

    def _order(self) -> None:
        """With WLB's ratings, the servers best first (as XenCenter lists them), texts with their stars."""
        ratings = self._ratings()
        if not ratings:
            return
        current = self.hosts.currentItem()
        blocked = self.hosts.blockSignals(True)
        try:
            order = order_by_rating(list(self._rows), ratings)
            for ref in order:
                self.hosts.takeItem(self.hosts.row(self._rows[ref]))
            for ref in order:
                item = self._rows[ref]
                self.hosts.addItem(item)
                self._text(item, ref, str(item.data(NAME_ROLE)))
            if current is not None:
                self.hosts.setCurrentItem(current)
        finally:
            self.hosts.blockSignals(blocked)

    def _rated(self, vm: str) -> None:
        if vm == self.state.vm:
            self._order()

    def _answer(self, _vm: str, host: str) -> None:
        """One server answered: update its line only (64 answers must not redraw 64 lines each)."""
        item = self._rows.get(host)
        found = Host.lookup(self.state.target_cache, host)
        if item is not None and found is not None:
            self._text(item, host, found.name)
        if host == self.state.host:
            self.changed()  # the chosen server's answer decides whether Next is allowed

    def _pool_chosen(self, _index: int) -> None:
        if self._filling:
            return
        connection = self._connection()
        if connection is not None and connection is not self.state.target:
            self.state.target, self.state.host = connection, ""
            self._hosts()
            self.changed()

    def _host_chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        connection = self._connection()
        if item is None or self._filling or connection is None:
            return
        retarget(self.state, connection, str(item.data(Qt.ItemDataRole.UserRole)))
        self.changed()

    def select(self, name: str) -> bool:
        for row in range(self.hosts.count()):
            item = self.hosts.item(row)
            if item.data(NAME_ROLE) == name:
                self.hosts.setCurrentItem(item)
                return True
        return False

    def select_pool(self, name: str) -> bool:
        index = self.pools.findText(name)
        if index >= 0:
            self.pools.setCurrentIndex(index)
        return index >= 0


class StorageMapWidget(PageWidget):
    """One row per disk: its size, where it is, and the SR it goes to (only SRs the destination host reaches, and
    the disk's own SR within the pool)."""

    state: MigrateChoices

    def __init__(self, logic: PageLogic[MigrateChoices], state: MigrateChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.table = QTableWidget(0, 4, self)
        named(self.table, "diskMap", translate("Migrate", "Storage mapping"))
        self.table.setHorizontalHeaderLabels([translate("Migrate", "Disk"), translate("Migrate", "Now on"),
                                              translate("Migrate", "Destination storage"),
                                              translate("Migrate", "Problem")])
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption("storageCaption", translate(
            "Migrate", "Where each disk goes. A disk left on its storage stays (XenMotion); a disk given other "
                       "storage is copied while the VM runs (Storage XenMotion).")))
        layout.addWidget(self.table, 1)
        self.boxes: list[QComboBox] = []

    def fill(self) -> None:
        self.forget_messages("disk:")
        disks = vm_disks(self.state.cache, self.state.vm)
        self.table.setRowCount(len(disks))
        self.boxes = []
        targets = disk_srs(self.state.target_cache, self.state.host)
        for row, disk in enumerate(disks):
            here = SR.lookup(self.state.cache, disk.sr)
            name = self.caption(f"diskName{row}", f"{disk.name} ({format_bytes(disk.size)})")
            now = self.caption(f"diskNow{row}", here.name if here is not None else "")
            box = QComboBox(self.table)
            named(box, f"diskTarget{row}", translate("Migrate", "Destination storage of {0}").format(disk.name))
            offered = list(targets)
            if not self.state.cross_pool and here is not None and here.ref not in {sr.ref for sr in targets}:
                offered.append(here)  # shown, so the user sees why it cannot stay there
            for sr in offered:
                box.addItem(translate("Migrate", "{0} (where it is now)").format(sr.name) if sr.ref == disk.sr
                            else sr.name, sr.ref)
            box.setCurrentIndex(max(0, box.findData(self.state.disks.get(disk.vdi, ""))))
            box.currentIndexChanged.connect(lambda _i, vdi=disk.vdi, b=box: self._chosen(vdi, b))
            self.boxes.append(box)
            self.table.setCellWidget(row, 0, name)
            self.table.setCellWidget(row, 1, now)
            self.table.setCellWidget(row, 2, box)
            self.table.setCellWidget(row, 3, self.message(f"disk:{disk.vdi}"))
        self.table.resizeRowsToContents()

    def _chosen(self, vdi: str, box: QComboBox) -> None:
        if not self._filling:
            self.state.disks[vdi] = str(box.currentData() or "")
            self.changed()

    def choose(self, row: int, sr: str) -> bool:
        """Pick the SR (its ref, or its name as shown) for the disk in `row`."""
        index = self.boxes[row].findData(sr)
        index = index if index >= 0 else self.boxes[row].findText(sr)
        if index >= 0:
            self.boxes[row].setCurrentIndex(index)
        return index >= 0


class NetworkMapWidget(PageWidget):
    """One row per VIF: its device and MAC, and the destination network."""

    state: MigrateChoices

    def __init__(self, logic: PageLogic[MigrateChoices], state: MigrateChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.table = QTableWidget(0, 3, self)
        named(self.table, "vifMap", translate("Migrate", "Network mapping"))
        self.table.setHorizontalHeaderLabels([translate("Migrate", "Interface"),
                                              translate("Migrate", "Destination network"),
                                              translate("Migrate", "Problem")])
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption("networkCaption", translate("Migrate", "The network each interface joins:")))
        layout.addWidget(self.table, 1)

    def fill(self) -> None:
        self.forget_messages("vif:")
        vifs = vm_vifs(self.state.cache, self.state.vm)
        self.table.setRowCount(len(vifs))
        offered = networks(self.state.target_cache)
        for row, vif in enumerate(vifs):
            label = self.caption(f"vifName{row}", translate("Migrate", "Interface {0} ({1})").format(vif.device,
                                                                                                 vif.mac))
            box = QComboBox(self.table)
            named(box, f"vifTarget{row}", translate("Migrate", "Network of interface {0}").format(vif.device))
            for network in offered:
                box.addItem(network.name, network.ref)
            box.setCurrentIndex(box.findData(self.state.vifs.get(vif.vif, "")))
            box.currentIndexChanged.connect(lambda _i, ref=vif.vif, b=box: self._chosen(ref, b))
            self.table.setCellWidget(row, 0, label)
            self.table.setCellWidget(row, 1, box)
            self.table.setCellWidget(row, 2, self.message(f"vif:{vif.vif}"))
        self.table.resizeRowsToContents()

    def _chosen(self, vif: str, box: QComboBox) -> None:
        if not self._filling:
            self.state.vifs[vif] = str(box.currentData() or "")
            self.changed()


class TransferPageWidget(PageWidget):
    """The network the disks and memory travel on to the destination."""

    state: MigrateChoices

    def __init__(self, logic: PageLogic[MigrateChoices], state: MigrateChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.network = QComboBox(self)
        named(self.network, "transferNetwork", translate("Migrate", "Migration network"))
        form = QFormLayout(self)
        form.addRow(self.caption("transferCaption", translate(
            "Migrate", "The destination receives the VM's disks and memory on this network:")))
        form.addRow(translate("Migrate", "&Network:"), self.network)
        form.addRow("", self.message("transfer"))
        self.network.currentIndexChanged.connect(self._chosen)

    def fill(self) -> None:
        self.network.clear()
        for network in networks(self.state.target_cache):
            self.network.addItem(network.name, network.ref)
        self.network.setCurrentIndex(self.network.findData(self.state.transfer_network))

    def _chosen(self, _index: int) -> None:
        if not self._filling:
            self.state.transfer_network = str(self.network.currentData() or "")
            self.changed()

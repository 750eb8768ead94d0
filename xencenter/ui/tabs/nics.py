"""NICs tab: a host's physical interfaces and bonds (PIFs) with link state, speed and duplex (PIF_metrics)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from ...core.cache import Record
from ...core.commands import SelectedItem
from ...core.i18n import LazyText, translate
from ...core.objects import as_int
from ..models.rows import KEY_ROLE, Row, RowsModel, cell, columns
from ..widgets.buttons import button_row, make_button
from ..widgets.table import make_table
from . import fmt
from .applies import live_host
from .base import BaseTab, TabContext, shows
from .deps import Tracker
from .pifs import host_pifs, nic_name, nic_number, pif_metrics, speed_text

CTX = "NicsTab"

COLUMNS = columns(
    CTX,
    (QT_TRANSLATE_NOOP("NicsTab", "NIC"), False), (QT_TRANSLATE_NOOP("NicsTab", "Device"), False),
    (QT_TRANSLATE_NOOP("NicsTab", "MAC"), False), (QT_TRANSLATE_NOOP("NicsTab", "Link status"), False),
    (QT_TRANSLATE_NOOP("NicsTab", "Speed"), True), (QT_TRANSLATE_NOOP("NicsTab", "Duplex"), False),
    (QT_TRANSLATE_NOOP("NicsTab", "Vendor"), False), (QT_TRANSLATE_NOOP("NicsTab", "Model"), False),
    (QT_TRANSLATE_NOOP("NicsTab", "Bond"), False))


def nic_rows(tracker: Tracker, host_ref: str) -> list[Row]:
    rows = []
    for ref, pif in host_pifs(tracker, host_ref):
        is_bond = bool(pif.get("bond_master_of"))
        if not (pif.get("physical") or is_bond) or as_int(pif.get("VLAN"), -1) >= 0:
            continue  # VLANs, tunnels and SR-IOV logical PIFs are not NICs
        metrics = pif_metrics(tracker, pif)
        if metrics is None:
            link = fmt.unknown()
        elif not pif.get("currently_attached", True) and not is_bond:
            link = translate("NicsTab", "Disconnected")
        else:
            link = translate("NicsTab", "Connected") if metrics.get("carrier") else translate("NicsTab", "Disconnected")
        if metrics is None:
            duplex = fmt.unknown()
        else:
            duplex = translate("NicsTab", "Full") if metrics.get("duplex") else translate("NicsTab", "Half")
        bond_of = tracker.record("PIF", _bond_master(tracker, pif))
        bond = nic_name(tracker, pif) if is_bond else (nic_name(tracker, bond_of) if bond_of is not None else "")
        device = str(pif.get("device", ""))
        order = (1 if is_bond else 0, len(nic_number(device)), nic_number(device))
        rows.append((order, (ref, (
            cell(nic_name(tracker, pif)), cell(device), cell(str(pif.get("MAC") or "")), cell(link),
            cell(speed_text(metrics), as_int(metrics.get("speed"), 0) if metrics is not None else 0), cell(duplex),
            cell(str(metrics.get("vendor_name") or "") if metrics is not None else ""),
            cell(str(metrics.get("device_name") or "") if metrics is not None else ""), cell(bond)))))
    return [row for _, row in sorted(rows, key=lambda r: (r[0], r[1][0]))]


def _bond_master(tracker: Tracker, pif: Record) -> str | None:
    """The bond master PIF of a bond slave (Bond.master), or None."""
    bond = tracker.record("Bond", pif.get("bond_slave_of"))
    return str(bond.get("master")) if bond is not None else None


class NicsTab(BaseTab):
    KEY = "nics"
    TITLE = LazyText("Tabs", "NICs")

    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = RowsModel(COLUMNS, self)
        self.view = make_table(self.model, "nics-table", translate("NicsTab", "Physical network interfaces"), self)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.buttons: dict[str, QPushButton] = {
            "network.new": make_button(self, "nics-create-bond", translate("NicsTab", "&Create Bond..."),
                                       translate("NicsTab", "Create Bond"), self._requester("network.new")),
            "bond.delete": make_button(self, "nics-delete-bond", translate("NicsTab", "&Delete Bond"),
                                       translate("NicsTab", "Delete Bond"), self._requester("bond.delete")),
        }
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(button_row(*self.buttons.values()))

    @shows("host", when=live_host)
    def show_host(self, tracker: Tracker, item: SelectedItem) -> None:
        self.model.set_rows(nic_rows(tracker, item.ref))
        self.update_buttons()

    def show_nothing(self) -> None:
        self.model.set_rows([])
        self.update_buttons()

    # -- the bond verbs ------------------------------------------------------------------------------------------

    def argument(self, command_id: str) -> str:
        """Create Bond opens New Network at its bond page; Delete Bond acts on the NIC chosen in the list."""
        if command_id == "network.new":
            return "bond"
        rows = self.view.selectionModel().selectedRows()
        return str(rows[0].data(KEY_ROLE)) if rows else ""

    def reason(self, command_id: str) -> str | None:
        item = self.item
        return self.context.commands.reason(command_id, [item] if item is not None else [],
                                            self.argument(command_id))

    def update_buttons(self) -> None:
        for command_id, button in self.buttons.items():
            reason = self.reason(command_id)
            button.setEnabled(reason is None)
            button.setToolTip(reason or button.accessibleName())

    def _requester(self, command_id: str) -> Callable[[], None]:
        return lambda: self.request(command_id)

    def request(self, command_id: str) -> None:
        if self.reason(command_id) is None:
            self.run_command(command_id, self.argument(command_id))

"""Networking tab: a VM's virtual interfaces, or the networks of a host or pool (one page each)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ...core.cache import Record
from ...core.commands import SelectedItem
from ...core.i18n import LazyText, translate
from ...core.objects import VM, Pool, as_int, the_pool
from ..models.rows import Row, RowsModel, cell, columns
from ..widgets.table import make_table
from . import fmt
from .applies import guest_or_template, live_host
from .base import BaseTab, TabContext, shows
from .deps import Tracker
from .pifs import host_pifs, nic_name, vlan_text
from .properties import guest_ips

CTX = "NetworkingTab"

VIF_COLUMNS = columns(
    CTX,
    (QT_TRANSLATE_NOOP("NetworkingTab", "Device"), True), (QT_TRANSLATE_NOOP("NetworkingTab", "MAC"), False),
    (QT_TRANSLATE_NOOP("NetworkingTab", "Network"), False), (QT_TRANSLATE_NOOP("NetworkingTab", "Attached"), False),
    (QT_TRANSLATE_NOOP("NetworkingTab", "IP address"), False))
NETWORK_COLUMNS = columns(
    CTX,
    (QT_TRANSLATE_NOOP("NetworkingTab", "Name"), False), (QT_TRANSLATE_NOOP("NetworkingTab", "Description"), False),
    (QT_TRANSLATE_NOOP("NetworkingTab", "NIC"), False), (QT_TRANSLATE_NOOP("NetworkingTab", "VLAN"), True),
    (QT_TRANSLATE_NOOP("NetworkingTab", "MTU"), True), (QT_TRANSLATE_NOOP("NetworkingTab", "Bridge"), False))

HIDDEN_KEYS = ("is_guest_installer_network", "is_host_internal_management_network")


def vif_rows(tracker: Tracker, vm: VM) -> list[Row]:
    rows = []
    for ref in vm.field("VIFs") or ():
        vif = tracker.get("VIF", str(ref))
        if vif is None:
            continue
        device = str(vif.get("device", ""))
        ips = guest_ips(tracker, vm, device)
        rows.append((as_int(device, 1 << 30), (str(ref), (
            cell(device or fmt.unknown(), as_int(device, -1)), cell(str(vif.get("MAC") or "")),
            cell(tracker.name_of("network", vif.get("network"), fmt.unknown())),
            cell(fmt.yes_no(vif.get("currently_attached"))), cell(", ".join(ips) or fmt.unknown())))))
    return [row for _, row in sorted(rows, key=lambda r: (r[0], r[1][0]))]


def _is_hidden(network: Record) -> bool:
    other = network.get("other_config") or {}
    return any(str(other.get(key, "")).lower() == "true" for key in HIDDEN_KEYS)


def network_rows(tracker: Tracker, host_ref: str | None, for_pool: bool) -> list[Row]:
    """Networks with a PIF on `host_ref` (the pool master for a pool) plus internal networks (no PIFs)."""
    pif_on_host = dict(host_pifs(tracker, host_ref)) if host_ref else {}
    rows = []
    for ref, network in tracker.items("network"):
        if _is_hidden(network):
            continue
        pifs = [str(p) for p in network.get("PIFs") or ()]
        mine = next((pif_on_host[p] for p in pifs if p in pif_on_host), None)
        if pifs and mine is None and not for_pool:
            continue  # on other hosts only
        if mine is not None:
            nic = nic_name(tracker, mine)
        else:
            nic = translate("NetworkingTab", "None") if not pifs else fmt.unknown()
        mtu = as_int(network.get("MTU"), 0)
        name = str(network.get("name_label") or "")
        rows.append((name.lower(), (ref, (
            cell(name or fmt.unknown()), cell(str(network.get("name_description") or "")), cell(nic),
            cell(vlan_text(mine), as_int(mine.get("VLAN"), -1) if mine is not None else -1),
            cell(mtu or fmt.unknown(), mtu), cell(str(network.get("bridge") or ""))))))
    return [row for _, row in sorted(rows)]


class NetworkingTab(BaseTab):
    KEY = "networking"
    TITLE = LazyText("Tabs", "Networking")

    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.vifs = RowsModel(VIF_COLUMNS, self)
        self.networks = RowsModel(NETWORK_COLUMNS, self)
        self.stack = QStackedWidget(self)
        self.vif_page = make_table(self.vifs, "networking-vifs",
                                   translate("NetworkingTab", "Virtual network interfaces"))
        self.network_page = make_table(self.networks, "networking-networks", translate("NetworkingTab", "Networks"))
        self.stack.addWidget(self.vif_page)
        self.stack.addWidget(self.network_page)
        QVBoxLayout(self).addWidget(self.stack)

    @shows("VM", when=guest_or_template)
    def show_vm(self, tracker: Tracker, item: SelectedItem) -> None:
        self.stack.setCurrentWidget(self.vif_page)
        vm = tracker.view(VM, item.ref)
        self.vifs.set_rows(vif_rows(tracker, vm) if vm is not None else [])

    @shows("host", when=live_host)
    def show_host(self, tracker: Tracker, item: SelectedItem) -> None:
        self.stack.setCurrentWidget(self.network_page)
        self.networks.set_rows(network_rows(tracker, item.ref, False) if tracker.get("host", item.ref) else [])

    @shows("pool")
    def show_pool(self, tracker: Tracker, item: SelectedItem) -> None:
        self.stack.setCurrentWidget(self.network_page)
        pool = tracker.view(Pool, item.ref) or the_pool(item.connection.cache)
        self.networks.set_rows(network_rows(tracker, pool.master if pool is not None else None, True))

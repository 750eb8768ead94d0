"""General tab: the selected object's properties as a two-column grid (pool, host, VM, template, SR, network, VDI,
vApp)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.commands import SelectedItem
from ...core.i18n import LazyText
from ...core.objects import SR, VDI, VM, Host, Network, Pool
from ...core.vapps import Vapp
from ..models.rows import RowsModel, cell, columns
from ..widgets.table import make_table
from .base import BaseTab, TabContext, shows
from .deps import Tracker
from .organise_rows import OrganiseBar, organise_properties
from .properties import (
    CTX,
    Prop,
    described,
    host_properties,
    network_properties,
    pool_properties,
    sr_properties,
    vapp_properties,
    vdi_properties,
    vm_properties,
)

COLUMNS = columns(CTX, (QT_TRANSLATE_NOOP("GeneralTab", "Property"), False),
                  (QT_TRANSLATE_NOOP("GeneralTab", "Value"), False))


class GeneralTab(BaseTab):
    KEY = "general"
    TITLE = LazyText("Tabs", "General")

    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = RowsModel(COLUMNS, self)
        self.view = make_table(self.model, "general-properties",
                               QCoreApplication.translate("GeneralTab", "Properties"), self)
        self.view.setSortingEnabled(False)  # the grid reads top to bottom
        self.view.horizontalHeader().setDefaultSectionSize(180)
        self.missing = QLabel(self)
        self.missing.setObjectName("general-missing")
        self.missing.setVisible(False)
        self.organise = OrganiseBar(context, self)  # folder, tags, custom fields: asked of the window
        self.organise.requested.connect(self.run_command)
        layout = QVBoxLayout(self)
        layout.addWidget(self.missing)
        layout.addWidget(self.organise)
        layout.addWidget(self.view)

    @shows("VM")
    def show_vm(self, tracker: Tracker, item: SelectedItem) -> None:
        self.show_properties(described(tracker, VM, item.ref, vm_properties))

    @shows("host")
    def show_host(self, tracker: Tracker, item: SelectedItem) -> None:
        self.show_properties(described(tracker, Host, item.ref, host_properties))

    @shows("pool")
    def show_pool(self, tracker: Tracker, item: SelectedItem) -> None:
        self.show_properties(described(tracker, Pool, item.ref, pool_properties))

    @shows("SR")
    def show_sr(self, tracker: Tracker, item: SelectedItem) -> None:
        self.show_properties(described(tracker, SR, item.ref, sr_properties))

    @shows("network")
    def show_network(self, tracker: Tracker, item: SelectedItem) -> None:
        self.show_properties(described(tracker, Network, item.ref, network_properties))

    @shows("VDI")
    def show_vdi(self, tracker: Tracker, item: SelectedItem) -> None:
        self.show_properties(described(tracker, VDI, item.ref, vdi_properties))

    @shows("VM_appliance")
    def show_vapp(self, tracker: Tracker, item: SelectedItem) -> None:
        self.show_properties(described(tracker, Vapp, item.ref, vapp_properties))

    def show_nothing(self) -> None:
        self.show_properties([])

    def show_properties(self, props: list[Prop]) -> None:
        """The rows, or "This object no longer exists." when there are none."""
        self.missing.setText(QCoreApplication.translate("GeneralTab", "This object no longer exists."))
        self.missing.setVisible(not props)
        item = self.item
        props = props + organise_properties(self.track(item.connection), item) if props and item is not None else props
        self.organise.set_item(item if props else None)
        self.model.set_rows([(key, (cell(label), cell(value))) for key, label, value in props])

    def value(self, key: str) -> str:
        """The shown value of property `key` (tests, automation)."""
        return self.model.text(key, 1)

"""open_new_network: the New Network wizard's window (type; name, description and whether new VMs get it; the
type's settings: NIC and VLAN, or the bond's server, NICs and mode; MTU; summary)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from ...core.commands import WizardRequest
from ...core.commands.choices import ChoiceChecks
from ...core.i18n import translate
from ...core.wizard import WizardFlow
from ...core.wizard.new_network import (
    BOND_MODES,
    BONDED,
    EXTERNAL,
    KINDS,
    NetworkChoices,
    default_choices,
    devices,
    kind_text,
    network_pages,
    physical_pifs,
    start_create,
)
from .name_page import NameDescriptionPageWidget, named
from .page import PageWidget
from .summary import SummaryPageWidget
from .window import WizardWindow


def kind_note(kind: str) -> str:
    return {EXTERNAL: translate("NewNetwork", "A VLAN on a NIC of every server: VMs reach the physical network."),
            "internal": translate("NewNetwork", "No NIC: VMs on the same server talk to each other only."),
            "private": translate("NewNetwork", "No NIC of its own: GRE tunnels over each server's management "
                                               "interface join VMs on every server (the distributed switch)."),
            BONDED: translate("NewNetwork", "2 to 4 NICs of one server act as one, for bandwidth or failover.")}[kind]


class KindPageWidget(PageWidget):
    state: NetworkChoices

    def __init__(self, logic: Any, state: NetworkChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.group = QButtonGroup(self)
        form = QFormLayout(self)
        self.buttons: dict[str, QRadioButton] = {}
        for kind in KINDS:
            button = QRadioButton(kind_text(kind), self)
            named(button, f"networkKind_{kind}", kind_text(kind))
            button.setToolTip(kind_note(kind))
            self.group.addButton(button)
            self.buttons[kind] = button
            form.addRow(button)
            form.addRow(self.caption(f"networkKindNote_{kind}", kind_note(kind)))
            button.toggled.connect(self._edited)
        form.addRow("", self.message("kind"))

    def fill(self) -> None:
        self.buttons[self.state.kind].setChecked(True)

    def _edited(self, *_: object) -> None:
        if self._filling:
            return
        self.state.kind = next(kind for kind, button in self.buttons.items() if button.isChecked())
        self.changed()


class NamePageWidget(NameDescriptionPageWidget):
    state: NetworkChoices
    PREFIX = "network"

    def __init__(self, logic: Any, state: NetworkChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.automatic = QCheckBox(translate("NewNetwork", "&Automatically add this network to new virtual "
                                                           "machines"), self)
        named(self.automatic, "networkAutomatic", translate("NewNetwork", "Add to new VMs"))
        self.form.addRow(self.automatic)
        self.automatic.toggled.connect(self._edited)

    def fill(self) -> None:
        super().fill()
        self.automatic.setChecked(self.state.automatic)

    def _edited(self, *_: object) -> None:
        if not self._filling:
            self.state.automatic = self.automatic.isChecked()
        super()._edited()

class DetailsPageWidget(PageWidget):
    state: NetworkChoices

    def __init__(self, logic: Any, state: NetworkChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        cache = state.cache
        self.device = QComboBox(self)
        named(self.device, "networkNic", translate("NewNetwork", "NIC"))
        for device in devices(cache):
            self.device.addItem(device, device)
        self.vlan = QSpinBox(self)
        named(self.vlan, "networkVlan", translate("NewNetwork", "VLAN"))
        self.vlan.setRange(0, 4095)
        self.mtu = QSpinBox(self)
        named(self.mtu, "networkMtu", translate("NewNetwork", "MTU"))
        self.mtu.setRange(0, 65535)
        self.host = QComboBox(self)
        named(self.host, "networkBondServer", translate("NewNetwork", "Server of the bond"))
        for ref, record in sorted(cache.items("host"), key=lambda item: str(item[1].get("name_label", ""))):
            self.host.addItem(str(record.get("name_label", ref)), ref)
        self.members = QListWidget(self)
        named(self.members, "networkBondNics", translate("NewNetwork", "NICs to bond"))
        self.mode = QComboBox(self)
        named(self.mode, "networkBondMode", translate("NewNetwork", "Bond mode"))
        for mode in BOND_MODES:
            self.mode.addItem(mode, mode)
        self.form = QFormLayout(self)
        self.form.addRow(translate("NewNetwork", "N&IC:"), self.device)
        self.form.addRow("", self.message("device"))
        self.form.addRow(translate("NewNetwork", "&VLAN:"), self.vlan)
        self.form.addRow("", self.message("vlan"))
        self.form.addRow(translate("NewNetwork", "&Server:"), self.host)
        self.form.addRow(translate("NewNetwork", "NICs to &bond:"), self.members)
        self.form.addRow("", self.message("members"))
        self.form.addRow(translate("NewNetwork", "&Mode:"), self.mode)
        self.form.addRow("", self.message("mode"))
        self.form.addRow(translate("NewNetwork", "M&TU:"), self.mtu)
        self.form.addRow("", self.message("mtu"))
        self.device.currentIndexChanged.connect(self._edited)
        self.vlan.valueChanged.connect(self._edited)
        self.mtu.valueChanged.connect(self._edited)
        self.host.currentIndexChanged.connect(self._host_changed)
        self.members.itemChanged.connect(self._edited)
        self.mode.currentIndexChanged.connect(self._edited)

    def _show_rows(self) -> None:
        external, bonded = self.state.kind == EXTERNAL, self.state.kind == BONDED
        for widget, shown in ((self.device, external), (self.vlan, external), (self.host, bonded),
                              (self.members, bonded), (self.mode, bonded)):
            self.form.setRowVisible(widget, shown)

    def _fill_members(self) -> None:
        self.members.blockSignals(True)
        self.members.clear()
        for ref, pif in physical_pifs(self.state.cache, self.state.host):
            item = QListWidgetItem(str(pif.get("device", ref)), self.members)
            item.setData(Qt.ItemDataRole.UserRole, ref)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ref in self.state.members else Qt.CheckState.Unchecked)
        self.members.blockSignals(False)

    def fill(self) -> None:
        self._show_rows()
        self.device.setCurrentIndex(max(0, self.device.findData(self.state.device)))
        self.vlan.setValue(self.state.vlan)
        self.mtu.setValue(self.state.mtu)
        self.host.setCurrentIndex(max(0, self.host.findData(self.state.host)))
        self.mode.setCurrentIndex(max(0, self.mode.findData(self.state.mode)))
        self._fill_members()

    def choose_members(self, *devices_: str) -> None:
        """Tick the bond's NICs by device name, as a user would (tests)."""
        for row in range(self.members.count()):
            item = self.members.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.text() in devices_ else Qt.CheckState.Unchecked)

    def _host_changed(self, *_: object) -> None:
        if self._filling:
            return
        self.state.host = str(self.host.currentData() or "")
        self.state.members = []
        self._fill_members()
        self.changed()

    def _edited(self, *_: object) -> None:
        if self._filling:
            return
        self.state.device = str(self.device.currentData() or "")
        self.state.vlan = self.vlan.value()
        self.state.mtu = self.mtu.value()
        self.state.mode = str(self.mode.currentData() or "")
        self.state.members = [str(self.members.item(row).data(Qt.ItemDataRole.UserRole))
                              for row in range(self.members.count())
                              if self.members.item(row).checkState() == Qt.CheckState.Checked]
        self.changed()


def open_new_network(request: WizardRequest, parent: QWidget | None = None,
                     choice_checks: ChoiceChecks | None = None) -> WizardWindow:
    state = default_choices(request.connection)
    if request.preset == BONDED:  # Create Bond... on a server's NICs tab
        state.kind = BONDED
        state.name = translate("NewNetwork", "Bond")
        if request.item is not None and request.item.cls == "host":
            state.host = request.item.ref
    flow = WizardFlow(network_pages(), state)
    widgets: dict[str, type[PageWidget]] = {"kind": KindPageWidget, "name": NamePageWidget,
                                            "details": DetailsPageWidget}
    pages: list[PageWidget] = [SummaryPageWidget(logic, state, flow) if logic.key == "summary" else
                               widgets[logic.key](logic, state) for logic in flow.pages]
    title = translate("NewNetwork", "New Network — {0}").format(request.connection.display_name)
    return WizardWindow(title, "newNetworkWizard", flow, pages, lambda c: start_create(request.operations, c), parent,
                        finish_text=translate("NewNetwork", "&Finish"))


"""NetworkPropertiesDialog (name, description, MTU, whether new VMs get the network) and ManagementInterfaceDialog
(which NIC carries the server's management traffic, by DHCP or a static address). OK stays refused, with the
reason under the fields, while what was typed cannot be saved."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ...core.i18n import translate
from ...core.network_settings import (
    DHCP,
    MTU_RANGE,
    STATIC,
    ManagementChoice,
    NetworkProperties,
    management_problem,
    properties_problem,
)


def _named(widget: QWidget, name: str, accessible: str) -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)


def _error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    _named(label, name, translate("NetworkProperties", "Problem"))
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    return label


def _buttons(parent: QDialog, name: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent)
    _named(buttons, name, translate("NetworkProperties", "Buttons"))
    buttons.accepted.connect(parent.accept)
    buttons.rejected.connect(parent.reject)
    return buttons


class NetworkPropertiesDialog(QDialog):
    def __init__(self, network: str, current: NetworkProperties, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = translate("NetworkProperties", "Properties of network '{0}'").format(network)
        _named(self, "networkPropertiesDialog", title)
        self.setWindowTitle(title)
        self.name = QLineEdit(current.name, self)
        _named(self.name, "networkName", translate("NetworkProperties", "Name"))
        self.description = QPlainTextEdit(current.description, self)
        _named(self.description, "networkDescription", translate("NetworkProperties", "Description"))
        self.mtu = QSpinBox(self)
        _named(self.mtu, "networkMtu", translate("NetworkProperties", "MTU"))
        self.mtu.setRange(0, MTU_RANGE[1])
        self.mtu.setValue(current.mtu)
        self.mtu.setSuffix(translate("NetworkProperties", " bytes"))
        self.automatic = QCheckBox(translate("NetworkProperties", "&Automatically add this network to new VMs"),
                                   self)
        _named(self.automatic, "networkAutomatic", translate("NetworkProperties", "Add to new VMs"))
        self.automatic.setChecked(current.automatic)
        note = QLabel(translate("NetworkProperties", "A new MTU applies to each interface when it is plugged "
                                                     "again (a VM's at its next start)."), self)
        _named(note, "networkMtuNote", translate("NetworkProperties", "About the MTU"))
        note.setWordWrap(True)
        self.error = _error_label(self, "networkPropertiesError")
        self.buttons = _buttons(self, "networkPropertiesButtons")
        form = QFormLayout(self)
        form.addRow(translate("NetworkProperties", "&Name:"), self.name)
        form.addRow(translate("NetworkProperties", "&Description:"), self.description)
        form.addRow(translate("NetworkProperties", "&MTU:"), self.mtu)
        form.addRow(note)
        form.addRow(self.automatic)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.name.textChanged.connect(self._update)
        self.mtu.valueChanged.connect(self._update)
        self._update()

    def answer(self) -> NetworkProperties:
        return NetworkProperties(self.name.text(), self.description.toPlainText(), self.mtu.value(),
                                 self.automatic.isChecked())

    def _update(self, *_: object) -> None:
        reason = properties_problem(self.answer())
        self.error.setText(reason or "")
        self.error.setVisible(bool(reason))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(reason is None)


class ManagementInterfaceDialog(QDialog):
    def __init__(self, host: str, nics: list[tuple[str, str]], current: ManagementChoice,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = translate("ManagementInterface", "Management interface of '{0}'").format(host)
        _named(self, "managementInterfaceDialog", title)
        self.setWindowTitle(title)
        self.nic = QComboBox(self)
        _named(self.nic, "managementNic", translate("ManagementInterface", "Interface"))
        for ref, label in nics:
            self.nic.addItem(label, ref)
        self.nic.setCurrentIndex(max(0, self.nic.findData(current.pif)))
        self.mode = QComboBox(self)
        _named(self.mode, "managementMode", translate("ManagementInterface", "Address"))
        self.mode.addItem(translate("ManagementInterface", "Automatic (DHCP)"), DHCP)
        self.mode.addItem(translate("ManagementInterface", "Static address"), STATIC)
        self.mode.setCurrentIndex(max(0, self.mode.findData(current.mode)))
        self.ip = QLineEdit(current.ip, self)
        _named(self.ip, "managementIp", translate("ManagementInterface", "IP address"))
        self.netmask = QLineEdit(current.netmask, self)
        _named(self.netmask, "managementNetmask", translate("ManagementInterface", "Subnet mask"))
        self.gateway = QLineEdit(current.gateway, self)
        _named(self.gateway, "managementGateway", translate("ManagementInterface", "Gateway"))
        self.dns = QLineEdit(current.dns, self)
        _named(self.dns, "managementDns", translate("ManagementInterface", "DNS servers"))
        note = QLabel(translate("ManagementInterface", "The pool's servers and consoles reach the server at this "
                                                       "address; a console connected to the old one reconnects."),
                      self)
        _named(note, "managementNote", translate("ManagementInterface", "About the management interface"))
        note.setWordWrap(True)
        self.error = _error_label(self, "managementError")
        self.buttons = _buttons(self, "managementButtons")
        self.form = QFormLayout(self)
        self.form.addRow(note)
        self.form.addRow(translate("ManagementInterface", "&Interface:"), self.nic)
        self.form.addRow(translate("ManagementInterface", "&Address:"), self.mode)
        self.form.addRow(translate("ManagementInterface", "&IP address:"), self.ip)
        self.form.addRow(translate("ManagementInterface", "Subnet &mask:"), self.netmask)
        self.form.addRow(translate("ManagementInterface", "&Gateway:"), self.gateway)
        self.form.addRow(translate("ManagementInterface", "&DNS servers:"), self.dns)
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)
        for signal in (self.nic.currentIndexChanged, self.mode.currentIndexChanged, self.ip.textChanged,
                       self.netmask.textChanged, self.gateway.textChanged, self.dns.textChanged):
            signal.connect(self._update)
        self._update()

    def answer(self) -> ManagementChoice:
        return ManagementChoice(str(self.nic.currentData() or ""), str(self.mode.currentData() or "DHCP"),
                                self.ip.text(), self.netmask.text(), self.gateway.text(), self.dns.text())

    def _update(self, *_: object) -> None:
        choice = self.answer()
        static = choice.mode == "Static"
        for field in (self.ip, self.netmask, self.gateway, self.dns):
            self.form.setRowVisible(field, static)
        reason = management_problem(choice)
        self.error.setText(reason or "")
        self.error.setVisible(bool(reason))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(reason is None)

"""ManageVappsDialog (XenCenter's Manage vApps): the pool's vApps (xapi's VM_appliance) with their description, VMs
in start order and state; New, Delete, Properties, Start and Shut Down run the vApp commands (core/commands/vapp.py)
on the selected vApp (a ManagerDialog). Under the table, the selected vApp's sequence in words ("db01; wait 30 s;
web01")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ...core.commands.dialog_verbs import DialogVerbs
from ...core.connection import Connection
from ...core.i18n import translate
from ...core.vapps import Vapp, member_of, shutdown_sequence, start_sequence, state_text, vapps_of
from .manager import ManagerDialog, named


class ManageVappsDialog(ManagerDialog):
    OBJECT_CLASS = "VM_appliance"
    NEW_COMMAND = "pool.new_vapp"
    PREFIX = "vapps"

    def __init__(self, connection: Connection, verbs: DialogVerbs, parent: QWidget | None = None) -> None:
        buttons = (("pool.new_vapp", "vappNew", translate("Vapps", "&New vApp...")),
                   ("vapp.delete", "vappDelete", translate("Vapps", "&Delete")),
                   ("vapp.properties", "vappProperties", translate("Vapps", "&Properties...")),
                   ("vapp.start", "vappStart", translate("Vapps", "&Start")),
                   ("vapp.shutdown", "vappShutDown", translate("Vapps", "Shut &Down")))
        super().__init__(
            connection, verbs, name="manageVappsDialog",
            title=translate("Vapps", "Manage vApps — {0}").format(connection.display_name),
            intro=translate("Vapps", "A vApp starts its VMs in order, waiting between groups, and shuts them down "
                                     "the other way round."),
            table_name=translate("Vapps", "vApps"),
            headers=(translate("Vapps", "Name"), translate("Vapps", "Description"), translate("Vapps", "VMs"),
                     translate("Vapps", "State")),
            buttons=buttons, parent=parent)
        self.sequence = QLabel(self)
        named(self.sequence, "vappSequence", translate("Vapps", "Start and shutdown sequence"))
        self.sequence.setWordWrap(True)
        self.sequence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.sequence)
        self.resize(880, 440)
        self.finish_layout()

    def rows(self) -> list[tuple[str, list[str]]]:
        rows = []
        for vapp in vapps_of(self.connection.cache):
            names = ", ".join(vm.name for vm in vapp.members()) or translate("Vapps", "None")
            rows.append((vapp.ref, [vapp.name, vapp.description, names, state_text(vapp)]))
        return rows

    def row_texts(self, ref: str) -> list[str]:
        """The cells of one vApp's row (tests)."""
        return next((cells for shown, cells in self.rows() if shown == ref), [])

    def selection_changed(self) -> None:
        vapp = Vapp.lookup(self.connection.cache, self.selected())
        members = [member_of(vm) for vm in vapp.members()] if vapp is not None else []
        text = translate("Vapps", "Starts: {0}\nShuts down: {1}").format(
            start_sequence(members), shutdown_sequence(members)) if members else ""
        self.sequence.setText(text)
        self.sequence.setAccessibleDescription(text)
        super().selection_changed()

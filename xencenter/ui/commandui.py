"""DialogCommandUi: the CommandUi that commands ask through: confirmations, new server, password, Delete VM, trust,
folders, tags, custom fields, the Users verbs' dialogs, and wizards.

Every dialog is opened with open() and awaited (see dialogs/modal.py); wizards are non-modal windows that stay
open on their own (kept in `wizards` until they close). Nothing here blocks the event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QMessageBox, QWidget

from ..core.commands import NewServer, WizardRequest
from ..core.commands.choices import ChoiceChecks
from ..core.commands.dialog_verbs import DialogVerbs
from ..core.commands.snapshot import RevertAnswer, SnapshotRequest
from ..core.commands.vm_delete import DeleteAnswer
from ..core.commands.vmss import PolicyVerbs
from ..core.connection import Connection
from ..core.i18n import translate
from ..core.network_settings import ManagementChoice, NetworkProperties
from ..core.operations import OperationList
from ..core.power_on import PowerOnSettings
from .dialogs.add_server import AddServerDialog
from .dialogs.delete_vm import DeleteVmDialog
from .dialogs.lessons import LessonsDialog
from .dialogs.license import LicenseDialog
from .dialogs.modal import show_dialog
from .dialogs.name_description import NameDescriptionDialog
from .dialogs.network_dialogs import ManagementInterfaceDialog, NetworkPropertiesDialog
from .dialogs.organise_ui import OrganiseDialogs
from .dialogs.password import PasswordDialog
from .dialogs.power_on import PowerOnDialog
from .dialogs.snapshot import RevertDialog, TakeSnapshotDialog
from .dialogs.trust import trust_dialog
from .dialogs.users import UsersDialogs
from .dialogs.vapps import ManageVappsDialog
from .dialogs.vmss import VmProtectionDialog
from .wizards.registry import open_wizard
from .wizards.window import WizardWindow


class DialogCommandUi(OrganiseDialogs, UsersDialogs):
    def __init__(self, parent: QWidget | None = None, *, can_save_password: bool = True) -> None:
        self.parent = parent
        self.can_save_password = can_save_password
        self.wizards: list[WizardWindow] = []  # the open wizard windows, newest last
        self.checks: ChoiceChecks | None = None  # the app's server answers (set by the main window), wizards share
        self.delete_dialog: DeleteVmDialog | None = None  # the Delete VM dialog while it is open
        self.snapshot_dialog: TakeSnapshotDialog | None = None  # likewise Take Snapshot
        self.revert_dialog: RevertDialog | None = None  # and Revert To
        self.lessons: dict[Connection, LessonsDialog] = {}  # the Lessons window of each simulator, while open
        self.licenses: dict[Connection, LicenseDialog] = {}  # the License Manager of each server, while open
        # The open properties dialog (SR, network, power-on, management interface), for tests.
        self.properties_dialog: QDialog | None = None
        self.protection: dict[Connection, VmProtectionDialog] = {}  # VM Protection Policies of each server, while open
        self.vapps: dict[Connection, ManageVappsDialog] = {}  # Manage vApps of each server, while open

    async def confirm(self, title: str, text: str) -> bool:
        return (await self._ask(title, text, opt_out=False))[0]

    async def confirm_or_opt_out(self, title: str, text: str) -> tuple[bool, bool]:
        return await self._ask(title, text, opt_out=True)

    async def _ask(self, title: str, text: str, *, opt_out: bool) -> tuple[bool, bool]:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.parent)
        box.setObjectName("confirmDialog")
        box.setAccessibleName(title)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        check = None
        if opt_out:
            check = QCheckBox(translate("CommandUi", "&Don't ask me again"), box)
            check.setObjectName("dontAskAgain")
            check.setAccessibleName(translate("CommandUi", "Don't ask me again"))
            check.setToolTip(translate("CommandUi", "You can turn this question back on in Tools > Options."))
            box.setCheckBox(check)
        try:
            answer = await show_dialog(box) == QMessageBox.StandardButton.Yes
            return answer, check is not None and check.isChecked()
        finally:
            box.deleteLater()

    async def ask_new_server(self, previous: NewServer | None = None, problem: str = "",
                             offer_url: str = "") -> NewServer | None:
        dialog = AddServerDialog(self.parent, can_save_password=self.can_save_password, previous=previous,
                                 problem=problem, offer_url=offer_url)
        try:
            if await show_dialog(dialog) != QDialog.DialogCode.Accepted:
                return None
            return dialog.result_server()
        finally:
            dialog.deleteLater()

    async def ask_password(self, connection: Connection, reason: str) -> str | None:
        dialog = PasswordDialog(connection.display_name, connection.user, reason, self.parent)
        try:
            if await show_dialog(dialog) != QDialog.DialogCode.Accepted:
                return None
            return dialog.password.text()
        finally:
            dialog.deleteLater()

    async def ask_delete_vm(self, vm: str, connection: Connection) -> DeleteAnswer | None:
        answer: DeleteAnswer | None = await self._answer(DeleteVmDialog(connection.cache, vm, self.parent),
                                                         "delete_dialog")
        return answer

    async def ask_snapshot(self, vm: str, connection: Connection) -> SnapshotRequest | None:
        return await self.ask_snapshot_text(vm, connection, "take")

    async def ask_snapshot_text(self, ref: str, connection: Connection, purpose: str) -> SnapshotRequest | None:
        answer: SnapshotRequest | None = await self._answer(
            TakeSnapshotDialog(connection.cache, ref, self.parent, purpose), "snapshot_dialog")
        return answer

    async def ask_revert(self, snapshot: str, connection: Connection) -> RevertAnswer | None:
        answer: RevertAnswer | None = await self._answer(RevertDialog(connection.cache, snapshot, self.parent),
                                                         "revert_dialog")
        return answer

    def _one_per_server(self, dialogs: dict[Connection, Any], connection: Connection,
                        make: Callable[[], QDialog]) -> None:
        """Show the server's dialog of a kind (non-modal), or bring it forward when it is open already."""
        dialog = dialogs.get(connection)
        if dialog is not None:
            dialog.raise_()
            dialog.activateWindow()
            return
        dialog = dialogs[connection] = make()
        dialog.destroyed.connect(lambda _=None, c=connection: dialogs.pop(c, None))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    async def open_license(self, connection: Connection, operations: OperationList) -> None:
        self._one_per_server(self.licenses, connection, lambda: LicenseDialog(connection, operations, self.parent))

    async def open_vm_protection(self, connection: Connection, verbs: PolicyVerbs) -> None:
        self._one_per_server(self.protection, connection,
                             lambda: VmProtectionDialog(connection, verbs, self.parent))

    async def open_vapps(self, connection: Connection, verbs: DialogVerbs) -> None:
        self._one_per_server(self.vapps, connection, lambda: ManageVappsDialog(connection, verbs, self.parent))

    async def open_lessons(self, connection: Connection) -> None:
        self._one_per_server(self.lessons, connection, lambda: LessonsDialog(connection, self.parent))

    async def ask_name_description(self, title: str, name: str, description: str) -> tuple[str, str] | None:
        answer: tuple[str, str] | None = await self._answer(
            NameDescriptionDialog(title, name, description, self.parent))
        return answer

    async def ask_power_on(self, host: str, current: PowerOnSettings, secret_set: bool) -> PowerOnSettings | None:
        answer: PowerOnSettings | None = await self._answer(PowerOnDialog(host, current, secret_set, self.parent))
        return answer

    async def ask_network_properties(self, network: str, current: NetworkProperties) -> NetworkProperties | None:
        dialog = NetworkPropertiesDialog(network, current, self.parent)
        return await self._answer(dialog)

    async def ask_management_interface(self, host: str, nics: list[tuple[str, str]],
                                       current: ManagementChoice) -> ManagementChoice | None:
        dialog = ManagementInterfaceDialog(host, nics, current, self.parent)
        return await self._answer(dialog)

    async def _answer(self, dialog: Any, kept_as: str = "properties_dialog") -> Any:
        """Show a modal question; its answer() when OK closes it, else None. While it is open the dialog is kept
        in the attribute `kept_as` (tests reach it there, as they reach wizards through their list)."""
        setattr(self, kept_as, dialog)
        try:
            if await show_dialog(dialog) != QDialog.DialogCode.Accepted:
                return None
            return dialog.answer()
        finally:
            setattr(self, kept_as, None)
            dialog.deleteLater()

    async def open_wizard(self, request: WizardRequest) -> None:
        window = open_wizard(request, self.parent, self.checks)
        self.wizards.append(window)
        window.destroyed.connect(lambda _=None, w=window: self.wizards.remove(w) if w in self.wizards else None)

    async def ask_trust(self, origin: str, fingerprint: str, previous: str | None) -> bool:
        box = trust_dialog(self.parent, origin, fingerprint, previous)
        try:
            return await show_dialog(box) == QMessageBox.StandardButton.Yes
        finally:
            box.deleteLater()

    async def show_error(self, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, self.parent)
        box.setObjectName("errorDialog")
        box.setAccessibleName(title or translate("CommandUi", "Error"))
        if details:
            box.setDetailedText(details)
        try:
            await show_dialog(box)
        finally:
            box.deleteLater()

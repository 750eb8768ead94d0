"""The Users verbs' dialogs (core.commands.users.UsersUi): Join Domain, Add users, and XenCenter's role dialog.

Each is opened with open() and awaited (organise_ui.answer_of); none runs a nested event loop.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...core.commands.users import DomainLogin
from ...core.i18n import translate
from ...core.rbac import ROLE_DESCRIPTIONS, ROLES, role_text
from .organise_ui import answer_of


def _buttons(dialog: QDialog, name: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.setObjectName(name)
    buttons.setAccessibleName(translate("UsersDialogs", "Dialog buttons"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _line(parent: QWidget, name: str, accessible: str, text: str = "") -> QLineEdit:
    edit = QLineEdit(text, parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    return edit


class JoinDomainDialog(QDialog):
    """The domain to join and an account of it that may add machines (xapi passes them to the directory)."""

    def __init__(self, pool: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinDomainDialog")
        self.setWindowTitle(translate("UsersDialogs", "Join Domain - {0}").format(pool))
        self.setAccessibleName(self.windowTitle())
        self.domain = _line(self, "joinDomainName", translate("UsersDialogs", "Domain"))
        self.user = _line(self, "joinDomainUser", translate("UsersDialogs", "User name"))
        self.password = _line(self, "joinDomainPassword", translate("UsersDialogs", "Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.buttons = _buttons(self, "joinDomainButtons")
        form = QFormLayout(self)
        form.addRow(translate("UsersDialogs", "&Domain:"), self.domain)
        form.addRow(translate("UsersDialogs", "&User name:"), self.user)
        form.addRow(translate("UsersDialogs", "&Password:"), self.password)
        form.addRow(self.buttons)

    def answer(self) -> DomainLogin | None:
        domain = self.domain.text().strip()
        return DomainLogin(domain, self.user.text().strip(), self.password.text()) if domain else None


class AddUsersDialog(QDialog):
    """Names of users or groups of the domain, as typed (resolved by the server when the verb runs)."""

    def __init__(self, domain: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addUsersDialog")
        self.setWindowTitle(translate("UsersDialogs", "Add Users and Groups"))
        self.setAccessibleName(self.windowTitle())
        hint = QLabel(translate("UsersDialogs", "Users or groups of {0} to add, separated by commas (for example "
                                                "ana, students):").format(domain), self)
        hint.setObjectName("addUsersHint")
        hint.setWordWrap(True)
        self.names = _line(self, "addUsersNames", translate("UsersDialogs", "Names of users or groups"))
        hint.setBuddy(self.names)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.names)
        layout.addWidget(_buttons(self, "addUsersButtons"))

    def answer(self) -> str:
        return self.names.text()


class RoleDialog(QDialog):
    """XenCenter's role dialog: one radio button per role, most powerful first, each with what it may do."""

    def __init__(self, names: Sequence[str], current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roleDialog")
        self.setWindowTitle(translate("UsersDialogs", "Select a Role"))
        self.setAccessibleName(self.windowTitle())
        who = QLabel(translate("UsersDialogs", "The role of {0}:").format(", ".join(names)), self)
        who.setObjectName("roleDialogSubjects")
        who.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        for role in ROLES:
            button = QRadioButton(role_text(role), self)
            button.setObjectName(f"role-{role}")
            button.setAccessibleName(role_text(role))
            button.setAccessibleDescription(ROLE_DESCRIPTIONS[role].text())
            button.setToolTip(ROLE_DESCRIPTIONS[role].text())
            button.setChecked(role == current)
            self.group.addButton(button)
            self.choices[role] = button
            about = QLabel(ROLE_DESCRIPTIONS[role].text(), self)
            about.setObjectName(f"role-{role}-description")
            about.setWordWrap(True)
            about.setIndent(24)
            layout.addWidget(button)
            layout.addWidget(about)
        self.buttons = _buttons(self, "roleDialogButtons")
        layout.addWidget(self.buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(current))  # a role must be chosen
        self.group.buttonToggled.connect(lambda *_: ok.setEnabled(self.answer() is not None))

    def answer(self) -> str | None:
        return next((role for role, button in self.choices.items() if button.isChecked()), None)


class UsersDialogs:
    """UsersUi for DialogCommandUi."""

    parent: QWidget | None

    async def ask_join_domain(self, pool: str) -> DomainLogin | None:
        dialog = JoinDomainDialog(pool, self.parent)
        return await answer_of(dialog, dialog.answer)

    async def ask_subject_names(self, domain: str) -> str | None:
        dialog = AddUsersDialog(domain, self.parent)
        return await answer_of(dialog, dialog.answer)

    async def ask_role(self, names: Sequence[str], current: str) -> str | None:
        dialog = RoleDialog(names, current, self.parent)
        return await answer_of(dialog, dialog.answer)

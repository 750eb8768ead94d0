"""Users tab (XenCenter's AdPage): the pool's directory, its subjects and their roles, and the verbs on them.

Everything shown comes from the cache (the master's external_auth_* fields, the subject objects) and the
connection's Access (role names, the session's own identity). The buttons are the users.* commands, each disabled
with its reason (a role that may not, no domain, nothing chosen); the subject verbs get the chosen subjects' refs as
their argument and run through the window like any verb (so their dialogs, questions and Operations apply).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.commands import SelectedItem
from ...core.i18n import LazyText, translate
from ...core.objects import Pool
from ...core.rbac import Access, role_text
from ...core.users import Subject, directory_of
from ..models.rows import KEY_ROLE, Row, RowsModel, cell, columns
from ..widgets.buttons import button_row, make_button
from ..widgets.table import make_table
from .base import BaseTab, TabContext, shows
from .deps import Tracker

CTX = "UsersTab"

COLUMNS = columns(
    CTX,
    (QT_TRANSLATE_NOOP("UsersTab", "Name"), False), (QT_TRANSLATE_NOOP("UsersTab", "Full name"), False),
    (QT_TRANSLATE_NOOP("UsersTab", "Type"), False), (QT_TRANSLATE_NOOP("UsersTab", "Roles"), False))

DOMAIN_VERBS = ("users.join_domain", "users.leave_domain")
SUBJECT_VERBS = ("users.add", "users.remove", "users.change_role", "users.logout")
CHOSEN_VERBS = frozenset({"users.remove", "users.change_role", "users.logout"})  # act on the chosen subjects


def roles_text(access: Access | None, subject: Subject) -> str:
    if access is None:
        return ""
    names = access.roles_of(subject.role_refs)
    return ", ".join(role_text(name) for name in names) if names else translate("UsersTab", "No role")


def subject_rows(tracker: Tracker, access: Access | None) -> list[Row]:
    found = [Subject(ref, record, tracker.cache) for ref, record in tracker.items("subject")]
    rows: list[Row] = []
    for subject in sorted(found, key=lambda s: (s.name.casefold(), s.ref)):
        kind = translate("UsersTab", "Group") if subject.is_group else translate("UsersTab", "User")
        rows.append((subject.ref, (cell(subject.name), cell(subject.display_name), cell(kind),
                                   cell(roles_text(access, subject)))))
    return rows


def directory_text(tracker: Tracker, pool_ref: str) -> str:
    pool = tracker.view(Pool, pool_ref)
    if pool is not None and pool.master is not None:
        tracker.get("host", pool.master)  # its external_auth_* fields re-render the tab
    directory = directory_of(tracker.cache, pool)
    if directory.joined:
        return translate("UsersTab", "This pool has joined the domain {0}: its users and groups below may log "
                                     "in with the role they are given.").format(directory.domain)
    return translate("UsersTab", "This pool has not joined a domain: only the local root account can log in.")


def session_text(access: Access | None) -> str:
    if access is None:
        return ""
    if access.superuser:
        return translate("UsersTab", "You are logged in as the local superuser ({0}).").format(
            access.user or "root")
    return translate("UsersTab", "You are logged in as {0}, with the role {1}.").format(access.user,
                                                                                       access.role_name())


class UsersTab(BaseTab):
    KEY = "users"
    TITLE = LazyText("Tabs", "Users")

    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setAccessibleName(self.TITLE.text())
        self.directory = QLabel(self)
        self.directory.setObjectName("users-directory")
        self.directory.setAccessibleName(translate("UsersTab", "Domain"))
        self.directory.setWordWrap(True)
        self.session = QLabel(self)
        self.session.setObjectName("users-session")
        self.session.setAccessibleName(translate("UsersTab", "Your session"))
        self.model = RowsModel(COLUMNS, self)
        self.view = make_table(self.model, "users-subjects", translate("UsersTab", "Users and groups"), self)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.selectionModel().selectionChanged.connect(self._on_chosen)
        self.buttons: dict[str, QPushButton] = {}
        for command_id in (*DOMAIN_VERBS, *SUBJECT_VERBS):
            text = context.commands.get(command_id).text.text()
            self.buttons[command_id] = make_button(self, command_id.replace(".", "-").replace("_", "-"), text,
                                                   text.rstrip("."), self._requester(command_id))
        top = QHBoxLayout()
        top.addWidget(self.directory, 1)
        for command_id in DOMAIN_VERBS:
            top.addWidget(self.buttons[command_id])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.session)
        layout.addWidget(self.view, 1)
        layout.addLayout(button_row(*(self.buttons[command_id] for command_id in SUBJECT_VERBS)))

    @shows("pool")
    def show_pool(self, tracker: Tracker, item: SelectedItem) -> None:
        access = item.connection.access
        self.directory.setText(directory_text(tracker, item.ref))
        self.session.setText(session_text(access))
        self.model.set_rows(subject_rows(tracker, access))
        self.update_buttons()

    def show_nothing(self) -> None:
        self.directory.setText("")
        self.session.setText("")
        self.model.set_rows([])
        self.update_buttons()

    # -- the verbs -----------------------------------------------------------------------------------------

    def chosen(self) -> tuple[str, ...]:
        """The refs of the subjects chosen in the list, in the list's order."""
        rows = sorted(self.view.selectionModel().selectedRows(), key=lambda index: index.row())
        return tuple(str(index.data(KEY_ROLE)) for index in rows)

    def argument(self, command_id: str) -> tuple[str, ...] | None:
        return self.chosen() if command_id in CHOSEN_VERBS else None

    def reason(self, command_id: str) -> str | None:
        item = self.item
        return self.context.commands.reason(command_id, [item] if item is not None else [],
                                            self.argument(command_id))

    def update_buttons(self) -> None:
        for command_id, button in self.buttons.items():
            reason = self.reason(command_id)
            button.setEnabled(reason is None)
            button.setToolTip(reason or self.context.commands.get(command_id).text.text())

    def _requester(self, command_id: str) -> Callable[[], None]:
        return lambda: self.request(command_id)

    def request(self, command_id: str) -> None:
        if self.reason(command_id) is None:
            self.run_command(command_id, self.argument(command_id))

    def _on_chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.update_buttons()

"""open_new_pool and open_add_to_pool: the New Pool wizard (name; master and members, each member's join problem
beside it; summary with the CPU masking each join implies) and the Add Server to Pool wizard (the pool; summary)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...core.commands import WizardRequest
from ...core.commands.choices import ChoiceChecks
from ...core.connection import Connection
from ...core.i18n import translate
from ...core.pool_join import join_reason, masking_note
from ...core.wizard import PageLogic, WizardFlow
from ...core.wizard.pools import (
    AddToPoolChoices,
    NewPoolChoices,
    add_to_pool_pages,
    member_key,
    new_pool_pages,
    server_name,
    standalone_servers,
    start_add_to_pool,
    start_new_pool,
)
from .name_page import named
from .page import PageWidget
from .summary import SummaryPageWidget
from .window import WizardWindow


class PoolNamePageWidget(PageWidget):
    state: NewPoolChoices

    def __init__(self, logic: PageLogic[NewPoolChoices], state: NewPoolChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.name = QLineEdit(self)
        named(self.name, "poolName", translate("PoolWizard", "Pool name"))
        self.description = QLineEdit(self)
        named(self.description, "poolDescription", translate("PoolWizard", "Pool description"))
        form = QFormLayout(self)
        form.addRow(self.caption("poolNameNote", translate(
            "PoolWizard", "A pool shares storage and networks among its servers, so that VMs can move between them "
                          "while they run (XenMotion). One server, the master, answers for the pool.")))
        form.addRow(translate("PoolWizard", "&Name:"), self.name)
        form.addRow("", self.message("name"))
        form.addRow(translate("PoolWizard", "&Description:"), self.description)
        self.name.textChanged.connect(self._edited)
        self.description.textChanged.connect(self._edited)

    def fill(self) -> None:
        self.name.setText(self.state.name)
        self.description.setText(self.state.description)

    def _edited(self, *_: object) -> None:
        if self._filling:
            return
        self.state.name = self.name.text()
        self.state.description = self.description.text()
        self.changed()


class PoolServersPageWidget(PageWidget):
    """The master (a combo of the connected servers of their own) and the members (a checked list; a server that
    cannot join the chosen master shows why beside its name)."""

    state: NewPoolChoices

    def __init__(self, logic: PageLogic[NewPoolChoices], state: NewPoolChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.master = QComboBox(self)
        named(self.master, "poolMaster", translate("PoolWizard", "Pool master"))
        for connection in state.servers:
            self.master.addItem(server_name(connection), connection.url)
        self.members = QListWidget(self)
        named(self.members, "poolMembers", translate("PoolWizard", "Members"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(translate("PoolWizard", "&Master:"), self.master)
        form.addRow("", self.message("master"))
        layout.addLayout(form)
        if not state.servers:
            layout.addWidget(self.caption("poolNoServers", translate(
                "PoolWizard", "No server of its own is connected: add the servers with Add Server first.")))
        layout.addWidget(self.caption("poolMembersNote", translate(
            "PoolWizard", "Servers that join the pool (each must be a server of its own, with no running VMs):")))
        layout.addWidget(self.members, 1)
        layout.addWidget(self.message("members"))
        self.master.currentIndexChanged.connect(self._master_changed)
        self.members.itemChanged.connect(self._member_changed)

    def _by_url(self, url: str) -> Connection | None:
        return next((c for c in self.state.servers if c.url == url), None)

    def fill(self) -> None:
        master = self.state.master
        if master is not None:
            self.master.setCurrentIndex(max(0, self.master.findData(master.url)))
        self._list_members()

    def _list_members(self) -> None:
        self.members.blockSignals(True)
        self.members.clear()
        master = self.state.master
        for connection in self.state.servers:
            if connection is master:
                continue
            reason = join_reason(connection, master) if master is not None else None
            note = masking_note(connection, master) if master is not None and reason is None else ""
            text = server_name(connection)
            if reason is not None:
                text = translate("PoolWizard", "{0} — {1}").format(text, reason)
            elif note:
                text = translate("PoolWizard", "{0} — its CPU will be masked to the pool's").format(text)
            item = QListWidgetItem(text, self.members)
            item.setData(Qt.ItemDataRole.UserRole, connection.url)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            item.setToolTip(reason or note or text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = connection in self.state.members
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self.members.blockSignals(False)

    def _master_changed(self, *_: object) -> None:
        if self._filling:
            return
        self.state.master = self._by_url(str(self.master.currentData() or ""))
        self.state.members = [m for m in self.state.members if m is not self.state.master]
        self._list_members()
        self.changed()

    def _member_changed(self, item: QListWidgetItem) -> None:
        connection = self._by_url(str(item.data(Qt.ItemDataRole.UserRole)))
        if connection is None:
            return
        checked = item.checkState() == Qt.CheckState.Checked
        if checked and connection not in self.state.members:
            self.state.members.append(connection)
        elif not checked and connection in self.state.members:
            self.state.members.remove(connection)
        self.changed()

    def choose(self, master: Connection, members: list[Connection]) -> None:
        """Pick the master and check the members as a user would (tests)."""
        self.master.setCurrentIndex(self.master.findData(master.url))
        for row in range(self.members.count()):
            item = self.members.item(row)
            wanted = any(m.url == item.data(Qt.ItemDataRole.UserRole) for m in members)
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def show_problems(self, problems: list[Any]) -> str:
        member_problems = [p for p in problems if p.field.startswith("member:")]
        label = self.message("members")
        names = {member_key(c): server_name(c) for c in self.state.servers}
        text = "\n".join(translate("PoolWizard", "{0}: {1}").format(names.get(p.field, p.field), p.text)
                         for p in member_problems)
        label.setText(text)
        label.setVisible(bool(text))
        rest = super().show_problems([p for p in problems if not p.field.startswith("member:")])
        return rest


class TargetPoolPageWidget(PageWidget):
    state: AddToPoolChoices

    def __init__(self, logic: PageLogic[AddToPoolChoices], state: AddToPoolChoices,
                 parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.pools = QListWidget(self)
        named(self.pools, "targetPools", translate("PoolWizard", "Pools"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption("targetPoolNote", translate(
            "PoolWizard", "Choose the pool {0} joins. Its local storage stays; its VMs become the pool's.").format(
            server_name(state.joiner))))
        layout.addWidget(self.pools, 1)
        layout.addWidget(self.message("pool"))
        for connection in state.pools:
            reason = join_reason(state.joiner, connection)
            text = connection.display_name if reason is None else translate("PoolWizard", "{0} — {1}").format(
                connection.display_name, reason)
            item = QListWidgetItem(text, self.pools)
            item.setData(Qt.ItemDataRole.UserRole, connection.url)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            item.setToolTip(reason or connection.display_name)
        if not state.pools:
            layout.addWidget(self.caption("targetNoPools", translate(
                "PoolWizard", "No other pool is connected: add the pool's master with Add Server first.")))
        self.pools.currentRowChanged.connect(self._edited)

    def fill(self) -> None:
        target = self.state.target
        for row in range(self.pools.count()):
            if target is not None and self.pools.item(row).data(Qt.ItemDataRole.UserRole) == target.url:
                self.pools.setCurrentRow(row)

    def choose(self, target: Connection) -> None:
        """Pick the pool as a user would (tests)."""
        for row in range(self.pools.count()):
            if self.pools.item(row).data(Qt.ItemDataRole.UserRole) == target.url:
                self.pools.setCurrentRow(row)

    def _edited(self, row: int) -> None:
        if self._filling:
            return
        item = self.pools.item(row) if row >= 0 else None
        url = str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""
        self.state.target = next((c for c in self.state.pools if c.url == url), None)
        self.changed()


def _all(request: WizardRequest) -> list[Connection]:
    return list(request.connections) or [request.connection]


def open_new_pool(request: WizardRequest, parent: QWidget | None = None,
                  choice_checks: ChoiceChecks | None = None) -> WizardWindow:
    servers = standalone_servers(_all(request))
    master = request.connection if request.connection in servers else (servers[0] if servers else None)
    state = NewPoolChoices(servers, master=master, manager=request.manager)
    flow = WizardFlow(new_pool_pages(), state)
    widgets: dict[str, type[PageWidget]] = {"name": PoolNamePageWidget, "servers": PoolServersPageWidget}
    pages: list[PageWidget] = [SummaryPageWidget(logic, state, flow) if logic.key == "summary" else
                               widgets[logic.key](logic, state) for logic in flow.pages]

    def finish(choices: NewPoolChoices) -> Any:
        return start_new_pool(request.operations, choices)

    return WizardWindow(translate("PoolWizard", "New Pool"), "newPoolWizard", flow, pages, finish, parent,
                        finish_text=translate("PoolWizard", "&Create Pool"))


def open_add_to_pool(request: WizardRequest, parent: QWidget | None = None,
                     choice_checks: ChoiceChecks | None = None) -> WizardWindow:
    joiner = request.connection
    pools = [c for c in _all(request) if c is not joiner and c.is_connected]
    target = next((c for c in pools if c.url == request.preset), None)
    state = AddToPoolChoices(joiner, pools, target, request.manager)
    flow = WizardFlow(add_to_pool_pages(), state)
    pages: list[PageWidget] = [SummaryPageWidget(logic, state, flow) if logic.key == "summary" else
                               TargetPoolPageWidget(logic, state) for logic in flow.pages]

    def finish(choices: AddToPoolChoices) -> Any:
        return start_add_to_pool(request.operations, choices)

    title = translate("PoolWizard", "Add {0} to a Pool").format(server_name(joiner))
    window = WizardWindow(title, "addToPoolWizard", flow, pages, finish, parent,
                          finish_text=translate("PoolWizard", "&Join"))
    return window

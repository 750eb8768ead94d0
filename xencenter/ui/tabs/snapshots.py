"""Snapshots tab (XenCenter's SnapshotsPage): a VM's snapshots as the tree they form, with "Now" where the VM's
current state hangs, or as a list; the chosen snapshot's details and console thumbnail; the space snapshots take per
SR; and the snapshot verbs (Take Snapshot, Revert To, Delete, New VM from Snapshot, Save as Template, Properties),
each a command disabled with its reason. Everything shown is read from the cache (core/snapshots.py) on each render.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, Qt
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import snapshots
from ...core.commands import SelectedItem
from ...core.error_sentences import format_bytes
from ...core.i18n import LazyText, translate
from ...core.objects import VM
from ...core.timetext import local_time_text
from ..models.rows import KEY_ROLE, Row, RowsModel, cell, columns
from ..widgets.buttons import button_row, make_button
from ..widgets.table import make_table
from .base import BaseTab, TabContext, shows
from .deps import Tracker

CTX = "SnapshotsTab"
REF_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = columns(CTX, (QT_TRANSLATE_NOOP("SnapshotsTab", "Name"), False),
                  (QT_TRANSLATE_NOOP("SnapshotsTab", "Taken"), False),
                  (QT_TRANSLATE_NOOP("SnapshotsTab", "Type"), False),
                  (QT_TRANSLATE_NOOP("SnapshotsTab", "Size"), True),
                  (QT_TRANSLATE_NOOP("SnapshotsTab", "Description"), False))
VM_VERBS = ("vm.take_snapshot",)  # act on the VM shown
SNAPSHOT_VERBS = ("snapshot.revert", "snapshot.delete", "vm.new_from_snapshot", "snapshot.save_as_template",
                  "snapshot.properties")  # act on the chosen snapshots


def _is_guest(item: SelectedItem) -> bool:
    vm = VM.lookup(item.connection.cache, item.ref)
    return vm is not None and vm.is_real_vm


def kind_text(snapshot: snapshots.SnapshotInfo) -> str:
    if snapshot.with_memory:
        text = translate("SnapshotsTab", "Disks and memory")
    else:
        text = translate("SnapshotsTab", "Disks only")
    return translate("SnapshotsTab", "{0}, scheduled").format(text) if snapshot.scheduled else text


def snapshot_rows(found: Sequence[snapshots.SnapshotInfo]) -> list[Row]:
    return [(s.ref, (cell(s.name), cell(local_time_text(s.taken), s.taken.timestamp() if s.taken else 0.0),
                     cell(kind_text(s)), cell(format_bytes(s.size), s.size), cell(s.description)))
            for s in reversed(found)]  # newest first, as XenCenter's list


class SnapshotsTab(BaseTab):
    KEY = "snapshots"
    TITLE = LazyText("Tabs", "Snapshots")

    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setAccessibleName(self.TITLE.text())
        self.mode = QComboBox(self)
        self.mode.setObjectName("snapshots-view-mode")
        self.mode.setAccessibleName(translate("SnapshotsTab", "Show snapshots as"))
        self.mode.addItem(translate("SnapshotsTab", "Tree view"), 0)  # the page of self.views
        self.mode.addItem(translate("SnapshotsTab", "List view"), 1)
        self.mode.currentIndexChanged.connect(self._on_mode)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("snapshots-tree")
        self.tree.setAccessibleName(translate("SnapshotsTab", "Snapshot tree"))
        self.tree.setHeaderLabels([translate("SnapshotsTab", "Name"), translate("SnapshotsTab", "Taken"),
                                   translate("SnapshotsTab", "Type")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)  # names stay readable, deep or not
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.itemSelectionChanged.connect(self._on_chosen)
        self.model = RowsModel(COLUMNS, self)
        self.list = make_table(self.model, "snapshots-list", translate("SnapshotsTab", "Snapshot list"), self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._on_chosen())
        self.views = QStackedWidget(self)
        self.views.setObjectName("snapshots-views")
        self.views.addWidget(self.tree)
        self.views.addWidget(self.list)
        self.details = QLabel(self)
        self.details.setObjectName("snapshots-details")
        self.details.setAccessibleName(translate("SnapshotsTab", "Snapshot details"))
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.thumbnail = QLabel(self)
        self.thumbnail.setObjectName("snapshots-thumbnail")
        self.thumbnail.setAccessibleName(translate("SnapshotsTab", "Console at the time of the snapshot"))
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setWordWrap(True)
        self.thumbnail.setMinimumSize(snapshots.THUMBNAIL_WIDTH, snapshots.THUMBNAIL_WIDTH * 3 // 4)
        self.usage = QLabel(self)
        self.usage.setObjectName("snapshots-usage")
        self.usage.setAccessibleName(translate("SnapshotsTab", "Space used by snapshots"))
        self.usage.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        for command_id in (*VM_VERBS, *SNAPSHOT_VERBS):
            text = context.commands.get(command_id).text.text()
            self.buttons[command_id] = make_button(self, "snapshots-" + command_id.replace(".", "-").replace("_", "-"),
                                                   text, text.rstrip("."), self._requester(command_id))
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.thumbnail)
        side_layout.addWidget(self.details, 1)
        split = QSplitter(self)
        split.setObjectName("snapshots-split")
        split.addWidget(self.views)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        top = QHBoxLayout()
        top.addWidget(self.buttons["vm.take_snapshot"])
        top.addStretch(1)
        top.addWidget(self.mode)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.usage)
        layout.addLayout(button_row(*(self.buttons[command_id] for command_id in SNAPSHOT_VERBS)))
        self.found: dict[str, snapshots.SnapshotInfo] = {}

    # -- rendering -----------------------------------------------------------------------------------------

    @shows("VM", when=_is_guest)
    def show_vm(self, tracker: Tracker, item: SelectedItem) -> None:
        kept = set(self.chosen())
        record = tracker.get("VM", item.ref) or {}
        for ref in record.get("snapshots", []) or []:  # their changes (a rename, a new child) re-render us
            tracker.get("VM", str(ref))
        found = snapshots.snapshots_of(tracker, item.ref)
        self.found = {s.ref: s for s in found}
        self._fill_tree(snapshots.tree(tracker, item.ref), kept)
        self.model.set_rows(snapshot_rows(found))
        self._choose_in_list(kept)
        usage = snapshots.usage_by_sr(tracker, item.ref)
        if not found:
            self.usage.setText(translate("SnapshotsTab", "This VM has no snapshots."))
        else:
            unknown = translate("SnapshotsTab", "an unknown SR")
            parts = [translate("SnapshotsTab", "{0} on {1}").format(format_bytes(size), name or unknown)
                     for name, size in usage]
            self.usage.setText(translate("SnapshotsTab", "{0} snapshots use {1}.").format(len(found), ", ".join(parts)))
        self._on_chosen()

    def show_nothing(self) -> None:
        self.found = {}
        self.tree.clear()
        self.model.set_rows([])
        self.usage.setText("")
        self._on_chosen()

    def _fill_tree(self, nodes: Sequence[snapshots.TreeNode], kept: set[str]) -> None:
        self.tree.blockSignals(True)
        try:
            self.tree.clear()

            def add(node: snapshots.TreeNode, parent: QTreeWidget | QTreeWidgetItem) -> None:
                shot = node.snapshot
                if shot is None:
                    entry = QTreeWidgetItem(parent, [translate("SnapshotsTab", "Now (you are here)"), "", ""])
                    font = QFont(entry.font(0))
                    font.setBold(True)
                    entry.setFont(0, font)
                    entry.setData(0, REF_ROLE, "")
                    entry.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not a snapshot: nothing to act on
                else:
                    entry = QTreeWidgetItem(parent, [shot.name, local_time_text(shot.taken), kind_text(shot)])
                    entry.setData(0, REF_ROLE, shot.ref)
                    entry.setToolTip(0, shot.description or shot.name)
                    entry.setSelected(shot.ref in kept)
                for child in node.children:
                    add(child, entry)

            for node in nodes:
                add(node, self.tree)
            self.tree.expandAll()
        finally:
            self.tree.blockSignals(False)

    def _choose_in_list(self, kept: set[str]) -> None:
        selection = self.list.selectionModel()
        selection.blockSignals(True)
        try:
            selection.clearSelection()
            for row in range(self.model.rowCount()):
                index = self.model.index(row, 0)
                if index.data(KEY_ROLE) in kept:
                    selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        finally:
            selection.blockSignals(False)

    def _on_mode(self) -> None:
        kept = set(self.chosen(self.views.currentIndex()))
        self.views.setCurrentIndex(self.mode.currentIndex())
        if self.views.currentIndex() == 0:
            self.refresh()  # the tree selects what the list had chosen
        else:
            self._choose_in_list(kept)
        self._on_chosen()

    # -- what is chosen ------------------------------------------------------------------------------------

    def chosen(self, page: int | None = None) -> list[str]:
        """The refs of the snapshots chosen in the view shown (or on `page`: 0 tree, 1 list), oldest first."""
        page = self.views.currentIndex() if page is None else page
        if page == 0:
            refs = [str(entry.data(0, REF_ROLE)) for entry in self.tree.selectedItems()]
        else:
            refs = [str(index.data(KEY_ROLE)) for index in self.list.selectionModel().selectedRows()]
        order = list(self.found)
        return sorted((ref for ref in refs if ref in self.found), key=order.index)

    def selection_for(self, command_id: str) -> list[SelectedItem]:
        item = self.item
        if item is None:
            return []
        if command_id in VM_VERBS:
            return [item]
        return [SelectedItem(item.connection, "VM", ref) for ref in self.chosen()]

    def reason(self, command_id: str) -> str | None:
        selection = self.selection_for(command_id)
        if command_id in SNAPSHOT_VERBS and not selection:
            return translate("SnapshotsTab", "Choose a snapshot in the list.")
        if command_id in ("snapshot.revert", "vm.new_from_snapshot", "snapshot.save_as_template",
                          "snapshot.properties") and len(selection) > 1:
            return translate("SnapshotsTab", "Choose only one snapshot.")
        return self.context.commands.reason(command_id, selection)

    def _on_chosen(self) -> None:
        for command_id, button in self.buttons.items():
            reason = self.reason(command_id) if self.item is not None else translate("SnapshotsTab", "Select a VM.")
            button.setEnabled(reason is None)
            button.setToolTip(reason or self.context.commands.get(command_id).text.text())
        self._show_details()

    def _show_details(self) -> None:
        refs = self.chosen()
        shot = self.found.get(refs[0]) if len(refs) == 1 else None
        if shot is None:
            self.details.setText(translate("SnapshotsTab", "{0} snapshots chosen.").format(len(refs)) if refs else
                                 translate("SnapshotsTab", "Choose a snapshot to see its details."))
            self.thumbnail.clear()
            return
        lines = [f"<b>{_escape(shot.name)}</b>",
                 translate("SnapshotsTab", "Taken: {0}").format(local_time_text(shot.taken)),
                 translate("SnapshotsTab", "Type: {0}").format(kind_text(shot)),
                 translate("SnapshotsTab", "Size: {0}").format(format_bytes(shot.size))]
        if shot.description:
            lines.append(_escape(shot.description))
        self.details.setText("<br>".join(lines))
        item = self.item
        png = snapshots.thumbnail_png(item.connection.cache, shot.ref) if item is not None else None
        picture = QPixmap()
        if png is not None and picture.loadFromData(QByteArray(png)):
            self.thumbnail.setPixmap(picture)
        else:
            self.thumbnail.setText(translate("SnapshotsTab", "No console picture was kept with this snapshot (it is "
                                                             "taken only from a running VM)."))

    # -- the verbs -----------------------------------------------------------------------------------------

    def _requester(self, command_id: str) -> Callable[[], None]:
        return lambda: self.request(command_id)

    def request(self, command_id: str) -> None:
        if self.reason(command_id) is None:
            self.run_command(command_id, None, self.selection_for(command_id))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")

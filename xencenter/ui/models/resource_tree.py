"""ResourceTreeModel: a QAbstractItemModel that shows a navigation tree spec and follows it by diffing.

`apply(spec)` compares the current tree with the new spec, parent by parent, and emits precise
beginRemoveRows / beginMoveRows / beginInsertRows / dataChanged, so selection and expansion survive event
batches. Nodes live in a dict keyed by an integer id that is the index's internal id (PySide6's
internalPointer does not keep Python objects alive).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from ...core.navigation import Node

Index = QModelIndex | QPersistentModelIndex

RefRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
ConnectionRole = Qt.ItemDataRole.UserRole + 3
ClassRole = Qt.ItemDataRole.UserRole + 4
PowerStateRole = Qt.ItemDataRole.UserRole + 5
KeyRole = Qt.ItemDataRole.UserRole + 6
IconKeyRole = Qt.ItemDataRole.UserRole + 7

ROW_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
             Qt.ItemDataRole.AccessibleTextRole, RefRole, KindRole, ConnectionRole, ClassRole, PowerStateRole,
             IconKeyRole]

IconProvider = Callable[[str], QIcon]

# Rows no view ever gives children: VMs, templates, snapshots, SRs, networks, disks.
LEAF_KINDS = frozenset({"vm", "template", "snapshot", "sr", "network", "vdi"})


class _Item:
    __slots__ = ("children", "id", "node", "parent", "row_hint")

    def __init__(self, node: Node | None, parent: _Item | None, ident: int) -> None:
        self.node = node
        self.parent = parent
        self.id = ident
        self.children: list[_Item] = []
        self.row_hint = 0

    def row(self) -> int:
        """Our row under the parent: the remembered one while it still holds (views ask again and again for the
        same rows), else looked up (O(siblings)) and remembered."""
        if self.parent is None:
            return 0
        siblings = self.parent.children
        hint = self.row_hint
        if hint < len(siblings) and siblings[hint] is self:
            return hint
        self.row_hint = hint = siblings.index(self)
        return hint


class ResourceTreeModel(QAbstractItemModel):
    def __init__(self, icons: IconProvider | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icons = icons
        self._ids = itertools.count(1)
        self._root = _Item(None, None, 0)
        self._items: dict[int, _Item] = {}
        self._by_key: dict[str, _Item] = {}
        self._flags: dict[tuple[str, str], Qt.ItemFlag] = {}

    # -- reading -----------------------------------------------------------------------------------------------

    def _item(self, index: Index) -> _Item:
        if not index.isValid():
            return self._root
        return self._items[index.internalId()]

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        owner = self._item(parent)
        if row >= len(owner.children):
            return QModelIndex()
        return self.createIndex(row, 0, owner.children[row].id)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        item = self._items.get(index.internalId())
        if item is None or item.parent is None or item.parent is self._root:
            return QModelIndex()
        return self.createIndex(item.parent.row(), 0, item.parent.id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._item(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        node = self._items[index.internalId()].node
        assert node is not None
        # Views ask for every row on each layout (thousands of calls after a change): one answer per kind of row.
        key = (node.cls, node.kind)
        found = self._flags.get(key)
        if found is None:
            found = self._flags[key] = self.node_flags(node)
        return found

    def node_flags(self, node: Node) -> Qt.ItemFlag:
        """The flags of a row; a function of the node's class and kind only (they are kept by those)."""
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if node.kind in LEAF_KINDS:  # the view then never asks for their children while laying out
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._item(index).node
        assert node is not None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return node.label
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons(node.icon) if self._icons is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tooltip or None
        return {RefRole: node.ref, KindRole: node.kind, ConnectionRole: node.connection, ClassRole: node.cls,
                PowerStateRole: node.power_state, KeyRole: node.key, IconKeyRole: node.icon}.get(role)

    def node(self, index: Index) -> Node | None:
        return self._item(index).node if index.isValid() else None

    def rows_with_children(self, parent: Index, first: int, last: int) -> list[int]:
        """Of rows first..last under `parent`, those with children: the view expands only them, and most rows (VMs)
        are leaves, which a Python loop here tells apart far faster than a model call per row."""
        children = self._item(parent).children
        return [row for row in range(max(0, first), min(last, len(children) - 1) + 1) if children[row].children]

    def node_of(self, key: str) -> Node | None:
        """The row's node by key, without making an index (cheap enough to ask for thousands of keys)."""
        item = self._by_key.get(key)
        return None if item is None else item.node

    def index_of(self, key: str) -> QModelIndex:
        item = self._by_key.get(key)
        if item is None:
            return QModelIndex()
        return self.createIndex(item.row(), 0, item.id)

    def spec(self) -> tuple[Node, ...]:
        """The tree as it stands, rebuilt as nodes (tests compare it with the spec that was applied)."""
        def rebuild(item: _Item) -> Node:
            assert item.node is not None
            return _with_children(item.node, tuple(rebuild(child) for child in item.children))
        return tuple(rebuild(child) for child in self._root.children)

    # -- applying a spec ---------------------------------------------------------------------------------------

    def apply(self, spec: Sequence[Node]) -> None:
        """Make the tree equal to `spec` with few row signals: removals, then moves, then inserts, then data.

        Children that are already in the spec's order (the longest such run) stay where they are; only the
        others move, so a renamed or re-sorted node costs one move, not one per row after it. When the children
        of many rows change at once (a thousand VMs leaving sixty servers for the pool's list), it is one layout
        change instead: each row signal makes Qt walk every persistent index (the view's expanded rows) through
        `parent()`, and the view lays out every row again after either.
        """
        if self._parents_changed(self._root, spec, LAYOUT_FROM) >= LAYOUT_FROM:
            self._apply_as_layout(spec)
        else:
            self._sync(self._root, QModelIndex(), spec)

    def _parents_changed(self, owner: _Item, spec: Sequence[Node], limit: int) -> int:
        """How many rows (up to `limit`) would get other children, this one included."""
        children = owner.children
        count = int(len(children) != len(spec) or any(
            item.node.key != node.key for item, node in zip(children, spec, strict=True)))  # type: ignore[union-attr]
        present = {item.node.key: item for item in children}  # type: ignore[union-attr]
        for node in spec:
            if count >= limit:
                break
            item = present.get(node.key)
            if item is None or item.node is node or not (node.children or item.children):
                continue  # new (built whole), the very same node, or a leaf still
            count += self._parents_changed(item, node.children, limit - count)
        return count

    def _apply_as_layout(self, spec: Sequence[Node]) -> None:
        self.layoutAboutToBeChanged.emit()  # first: views make their persistent indexes in it
        persistent = self.persistentIndexList()
        held = [self._items.get(index.internalId()) if index.isValid() else None for index in persistent]
        changed: list[_Item] = []
        self._restructure(self._root, spec, changed)
        self.changePersistentIndexList(persistent, [
            self.createIndex(item.row(), 0, item.id) if item is not None and self._items.get(item.id) is item
            else QModelIndex() for item in held])
        self.layoutChanged.emit()
        for item in changed[:LAYOUT_FROM * 8]:  # more than that: the layout change has the views redraw anyway
            index = self.createIndex(item.row(), 0, item.id)
            self.dataChanged.emit(index, index, ROW_ROLES)

    def _restructure(self, owner: _Item, spec: Sequence[Node], changed: list[_Item]) -> None:
        """`owner`'s children become the spec's without signals (inside a layout change): rows are kept by key
        under the same parent, made for new keys, forgotten for keys that went."""
        present = {item.node.key: item for item in owner.children}  # type: ignore[union-attr]
        children: list[_Item] = []
        for row, node in enumerate(spec):
            item = present.pop(node.key, None)
            if item is None:
                item = self._build(node, owner)
            elif item.node is not node:
                old, item.node = item.node, node
                if old is not None and not old.same_row(node):
                    changed.append(item)
                self._restructure(item, node.children, changed)
            item.row_hint = row
            children.append(item)
        for gone in present.values():
            self._forget(gone)
        owner.children = children

    def _sync(self, owner: _Item, parent: QModelIndex, spec: Sequence[Node]) -> None:
        if not spec and not owner.children:
            return
        wanted = {node.key for node in spec}
        # 1. Removals, from the end so rows stay valid; contiguous runs go in one signal.
        row = len(owner.children) - 1
        while row >= 0:
            if owner.children[row].node.key in wanted:  # type: ignore[union-attr]
                row -= 1
                continue
            last = row
            while row - 1 >= 0 and owner.children[row - 1].node.key not in wanted:  # type: ignore[union-attr]
                row -= 1
            self.beginRemoveRows(parent, row, last)
            for item in owner.children[row:last + 1]:
                self._forget(item)
            del owner.children[row:last + 1]
            self.endRemoveRows()
            row -= 1
        # 2. Order: moves and inserts until the children's keys are the spec's.
        self._arrange(owner, parent, spec)
        # 3. Data changes, and the same below each child.
        for position, node in enumerate(spec):
            item = owner.children[position]
            old = item.node
            if old is node:
                continue  # built from this very node just now (or handed the same node again)
            item.node = node
            index = self.createIndex(position, 0, item.id)
            if old is not None and not old.same_row(node):
                self.dataChanged.emit(index, index, ROW_ROLES)
            self._sync(item, index, node.children)

    def _arrange(self, owner: _Item, parent: QModelIndex, spec: Sequence[Node]) -> None:
        """Move and insert rows (all of owner's children are wanted) so that their keys follow `spec`."""
        children = owner.children
        if len(children) == len(spec) and all(
                item.node.key == node.key for item, node in zip(children, spec, strict=True)):  # type: ignore[union-attr]
            return
        if self._replace_leaf_span(owner, parent, spec):
            return
        present = {item.node.key: item for item in children}  # type: ignore[union-attr]
        order = {node.key: i for i, node in enumerate(spec)}
        stay = _longest_increasing([order[key] for key in present])
        # Walk the spec; every node not in `stay` goes right after its predecessor in the spec. The placed nodes
        # and those in `stay` are always in the spec's order among themselves, so the predecessor's row is at or
        # after the last placed row (`hint`): list.index from there keeps the walk linear.
        hint = 0
        position = 0
        while position < len(spec):
            if position in stay:
                position += 1
                continue
            target = 0 if position == 0 else children.index(present[spec[position - 1].key], hint) + 1
            key = spec[position].key
            item = present.get(key)
            if item is not None:  # move it (Qt's destination is a row before the move)
                row = children.index(item)
                if row != target and row + 1 != target:
                    self.beginMoveRows(parent, row, row, parent, target)
                    children.pop(row)
                    target = target if target < row else target - 1
                    children.insert(target, item)
                    self.endMoveRows()
                else:
                    target = row
                hint = target
                position += 1
                continue
            # Insert this node and the new ones right after it in one signal.
            end = position + 1
            while end < len(spec) and spec[end].key not in present and end not in stay:
                end += 1
            self.beginInsertRows(parent, target, target + end - position - 1)
            built = [self._build(node, owner) for node in spec[position:end]]
            children[target:target] = built
            for new in built:
                present[new.node.key] = new  # type: ignore[union-attr]
            self.endInsertRows()
            hint = target + len(built) - 1
            position = end

    def _replace_leaf_span(self, owner: _Item, parent: QModelIndex, spec: Sequence[Node]) -> bool:
        """Many rows arriving among leaves (a thousand VMs halting into the pool's list): the span between the
        rows that stay at both ends is leaves before and after, so it is replaced in two signals instead of one
        per row. False (nothing done) for small changes or when a row with children would be rebuilt (its
        expansion would be lost)."""
        children = owner.children
        start = 0
        limit = min(len(children), len(spec))
        while start < limit and children[start].node.key == spec[start].key:  # type: ignore[union-attr]
            start += 1
        end_old, end_new = len(children), len(spec)
        while end_old > start and end_new > start and \
                children[end_old - 1].node.key == spec[end_new - 1].key:  # type: ignore[union-attr]
            end_old -= 1
            end_new -= 1
        if end_new - start < LEAF_SPAN_MIN or end_new - start - (end_old - start) < LEAF_SPAN_MIN // 2:
            return False
        if any(item.children for item in children[start:end_old]) or any(n.children for n in spec[start:end_new]):
            return False
        if end_old > start:
            self.beginRemoveRows(parent, start, end_old - 1)
            for item in children[start:end_old]:
                self._forget(item)
            del children[start:end_old]
            self.endRemoveRows()
        self.beginInsertRows(parent, start, end_new - 1)
        children[start:start] = [self._build(node, owner) for node in spec[start:end_new]]
        self.endInsertRows()
        return True

    def _build(self, node: Node, parent: _Item) -> _Item:
        item = _Item(node, parent, next(self._ids))
        self._items[item.id] = item
        self._by_key[node.key] = item
        item.children = [self._build(child, item) for child in node.children]
        return item

    def _forget(self, item: _Item) -> None:
        for child in item.children:
            self._forget(child)
        self._items.pop(item.id, None)
        if self._by_key.get(item.node.key if item.node else "") is item:
            del self._by_key[item.node.key]  # type: ignore[union-attr]


LEAF_SPAN_MIN = 64  # rows in a span before it is replaced whole rather than row by row
LAYOUT_FROM = 8  # rows getting other children in one apply from which it is one layout change


def _longest_increasing(values: Sequence[int]) -> set[int]:
    """The values of one longest strictly increasing subsequence of `values` (patience sorting, n log n)."""
    tails: list[int] = []  # tails[k]: position in `values` of the smallest tail of an increasing run of k + 1
    tail_values: list[int] = []
    previous = [-1] * len(values)
    for i, value in enumerate(values):
        k = bisect.bisect_left(tail_values, value)
        if k == len(tail_values):
            tails.append(i)
            tail_values.append(value)
        else:
            tails[k] = i
            tail_values[k] = value
        previous[i] = tails[k - 1] if k > 0 else -1
    chosen: set[int] = set()
    i = tails[-1] if tails else -1
    while i != -1:
        chosen.add(values[i])
        i = previous[i]
    return chosen


def _with_children(node: Node, children: tuple[Node, ...]) -> Node:
    return replace(node, children=children)

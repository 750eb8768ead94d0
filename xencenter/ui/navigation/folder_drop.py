"""Drag objects onto a folder of the "Objects by Folder" tree to move them there (the Move to Folder command), a
VM onto a server to migrate it there (the Migrate wizard, preset to that server), or a server of its own onto a pool
to add it (the Add Server to Pool wizard, preset to that pool).

`OrganiseTreeModel` is the navigation model with drag and drop: objects drag, folder and server rows accept drops.
A drop changes nothing in the model (the tree follows the cache); `FolderDrops` names the dropped objects for the
window, which runs the command; its write comes back as a cache batch that moves the rows.

Signals (OrganiseTreeModel):
    dropped(list[str], str): node keys dropped on the folder with this path.
    dropped_on_host(list[str], str): node keys dropped on the server row with this key.
    dropped_on_pool(list[str], str): node keys dropped on the pool row with this key.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView

from ...core.commands import SelectedItem
from ...core.navigation import Node
from ...core.organise import formats
from ...core.organise.views import FOLDER_KIND
from ..models.resource_tree import ResourceTreeModel

if TYPE_CHECKING:  # the panel's controller builds this module's model
    from .panel import NavigationPanel

MIME_TYPE = "application/x-xencenter-tree-keys"

Index = QModelIndex | QPersistentModelIndex


class OrganiseTreeModel(ResourceTreeModel):
    dropped = Signal(list, str)
    dropped_on_host = Signal(list, str)
    dropped_on_pool = Signal(list, str)

    def node_flags(self, node: Node) -> Qt.ItemFlag:
        flags = super().node_flags(node)
        if node.cls in formats.ORGANISED_CLASSES:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        if node.kind == FOLDER_KIND or node.cls in ("host", "pool"):
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        keys = [node.key for node in (self.node(index) for index in indexes) if node is not None]
        data = QMimeData()
        data.setData(MIME_TYPE, "\n".join(dict.fromkeys(keys)).encode())
        return data

    def _folder(self, parent: Index) -> str | None:
        node = self.node(parent)
        return node.ref if node is not None and node.kind == FOLDER_KIND else None

    def _host(self, parent: Index) -> str | None:
        node = self.node(parent)
        return node.key if node is not None and node.cls == "host" else None

    def _pool(self, parent: Index) -> str | None:
        node = self.node(parent)
        return node.key if node is not None and node.cls == "pool" else None

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        if not data.hasFormat(MIME_TYPE):
            return False
        return any(found is not None for found in (self._folder(parent), self._host(parent), self._pool(parent)))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not data.hasFormat(MIME_TYPE):
            return False
        keys = [key for key in bytes(data.data(MIME_TYPE).data()).decode().split("\n") if key]
        path, host, pool = self._folder(parent), self._host(parent), self._pool(parent)
        if path is not None:
            self.dropped.emit(keys, path)
        elif host is not None:
            self.dropped_on_host.emit(keys, host)
        elif pool is not None:
            self.dropped_on_pool.emit(keys, pool)
        return False  # nothing to remove or insert here: the write comes back through the cache


class FolderDrops(QObject):
    """Turns what was dropped on a folder into the objects to move (the window runs Move to Folder on them, with
    the command's checks, as the menus do), and a VM dropped on a server into a migration to it.

    Signals:
        requested(list[SelectedItem], str): move these objects into the folder with this path.
        migrate_requested(list[SelectedItem], str): open the Migrate wizard on this VM, preset to this host ref.
        join_requested(list[SelectedItem], str): open Add Server to Pool on this server, preset to the pool behind
            this connection URL.
    """

    requested = Signal(list, str)
    migrate_requested = Signal(list, str)
    join_requested = Signal(list, str)

    def __init__(self, panel: NavigationPanel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        tree = panel.tree
        tree.setDragEnabled(True)
        tree.setAcceptDrops(True)
        tree.setDropIndicatorShown(True)
        tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        model = panel.controller.model
        if isinstance(model, OrganiseTreeModel):
            model.dropped.connect(self._on_dropped)
            model.dropped_on_host.connect(self._on_dropped_on_host)
            model.dropped_on_pool.connect(self._on_dropped_on_pool)

    def selection_of(self, keys: Sequence[str]) -> list[SelectedItem]:
        model = self.panel.controller.model
        items: list[SelectedItem] = []
        for key in keys:
            node = model.node(model.index_of(key))
            connection = self.panel.controller.connection(node.connection) if node is not None else None
            if node is not None and connection is not None and node.cls:
                items.append(SelectedItem(connection, node.cls, node.ref))
        return items

    def _on_dropped(self, keys: list[str], path: str) -> None:
        items = self.selection_of(keys)
        if items:
            self.requested.emit(items, path)

    def _on_dropped_on_host(self, keys: list[str], host_key: str) -> None:
        vms = [item for item in self.selection_of(keys) if item.cls == "VM"]
        hosts = self.selection_of([host_key])
        if vms and hosts:  # the wizard migrates one VM: the first dropped
            self.migrate_requested.emit(vms[:1], hosts[0].ref)

    def _on_dropped_on_pool(self, keys: list[str], pool_key: str) -> None:
        servers = [item for item in self.selection_of(keys) if item.cls in ("host", "pool")]
        pools = self.selection_of([pool_key])
        if servers and pools and servers[0].connection is not pools[0].connection:
            self.join_requested.emit(servers[:1], pools[0].connection.url)

"""MainWindow: composes navigation, tabs, menus, toolbar, Events and Alerts panes, and the status bar.

It owns no logic of its own: commands come from CommandActions, the tree from TreeController, the panes listen
to the core directly. As XenCenter selects its first node, the first connection's pool is selected when it
appears (so the tabs show something at start-up), unless the user has selected something by then; a first server
that cannot connect is passed over for the next one.

Signals:
    closed(): the user closed the window (the app then shuts down).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox, QSplitter, QToolBar, QWidget

from ..core.commands import CommandRegistry, SelectedItem
from ..core.commands.choices import ChoiceChecks
from ..core.connection import Connection, ConnectionState
from ..core.i18n import translate
from ..core.manager import ConnectionManager
from ..core.operations import OperationList
from ..core.servers import SettingsBackend
from ..core.turns import TurnThrottle
from .actions import CommandActions
from .commandui import DialogCommandUi
from .dialogs.options import OptionsContext, OptionsDialog
from .dialogs.shortcuts import ShortcutsDialog
from .language_menu import LanguageMenu
from .menus import POOL_MENU, SERVER_MENU, STORAGE_MENU, TOOLBAR, VM_MENU, choice_menus, context_menu, fill
from .models.resource_tree import ConnectionRole, KindRole
from .navigation.controller import TreeController
from .navigation.folder_drop import FolderDrops
from .navigation.panel import NavigationPanel
from .panes.alerts import AlertsPane
from .panes.events import EventsPane
from .simtoolbar import SimulationToolbar
from .tabslot import TabSlot
from .verbs import VerbActions
from .viewmenu import ViewMenu
from .widgets.icons import icon

FIRST_SELECTED = frozenset({"pool", "host"})  # a connected server's top node: its pool, or a standalone host
ON_THE_WAY = frozenset({ConnectionState.CONNECTING, ConnectionState.CONNECTED})  # its pool may appear any moment


class MainWindow(QMainWindow):
    closed = Signal()

    def __init__(self, manager: ConnectionManager, operations: OperationList, registry: CommandRegistry,
                 ui: DialogCommandUi | None = None, title_suffix: str = "", parent: QWidget | None = None,
                 preferences: SettingsBackend | None = None) -> None:
        super().__init__(parent)
        # The user's own preferences (the language): kept even when the servers' settings are not (the simulator).
        self.preferences = preferences if preferences is not None else manager.settings
        self.setObjectName("mainWindow")
        self.setWindowTitle(translate("MainWindow", "XenCenter") + (f" — {title_suffix}" if title_suffix else ""))
        self.setAccessibleName(self.windowTitle())
        self.setWindowIcon(icon("app"))
        self.manager = manager
        self.operations = operations
        self.ui = ui or DialogCommandUi(self)
        if self.ui.parent is None:
            self.ui.parent = self
        self.controller = TreeController(manager, self)
        self.command_actions = CommandActions(registry, manager, operations, self.ui, self)
        self.choice_checks = ChoiceChecks(self)  # the server's answers for Start On / Resume On / Migrate entries
        manager.removed.connect(self.choice_checks.forget)
        self.ui.checks = self.choice_checks  # wizards ask the server through the same cached answers
        self.choice_menus = choice_menus(self.command_actions, self.choice_checks, self)
        self.start_on_menu = self.choice_menus["vm.start_on"]
        self.navigation = NavigationPanel(self.controller, self)
        self.folder_drops = FolderDrops(self.navigation, self)  # objects dropped on a folder: Move to Folder
        self.folder_drops.requested.connect(
            lambda items, path: self.command_actions.trigger("organise.move_to_folder", path, items))
        self.folder_drops.migrate_requested.connect(  # a VM dropped on a server: Migrate, preset to it
            lambda items, host: self.command_actions.trigger("vm.migrate_wizard", host, items))
        self.folder_drops.join_requested.connect(  # a server dropped on a pool: Add Server to Pool, preset to it
            lambda items, url: self.command_actions.trigger("host.add_to_pool", url, items))
        self.tabs = TabSlot(manager, operations, registry, self, run_command=self.command_actions.trigger)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 720])
        self.setCentralWidget(splitter)
        self.events = EventsPane(operations, self)
        self.alerts = AlertsPane(manager, operations, self)
        self.events_dock = self._dock("eventsDock", translate("MainWindow", "Events"), self.events)
        self.alerts_dock = self._dock("alertsDock", translate("MainWindow", "Alerts"), self.alerts)
        self.tabifyDockWidget(self.events_dock, self.alerts_dock)
        self.events_dock.raise_()
        self.toolbar = QToolBar(translate("MainWindow", "Toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setAccessibleName(self.toolbar.windowTitle())
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.verb_actions = VerbActions(self.command_actions, parent=self)
        fill(self.toolbar, self.verb_actions, TOOLBAR)
        self.addToolBar(self.toolbar)
        self.sim_toolbar = SimulationToolbar(self.command_actions, manager, self)  # shows itself for a simulator
        self.addToolBarBreak()  # a row of its own: a hidden toolbar's row takes no room
        self.addToolBar(self.sim_toolbar)
        self._build_menus()
        self.status = QLabel(self)
        self.status.setObjectName("connectionStatus")
        self.status.setAccessibleName(translate("MainWindow", "Connection status"))
        self.statusBar().addPermanentWidget(self.status)
        self._status_refresh = TurnThrottle(self._update_status, self)
        manager.added.connect(self._watch)
        manager.removed.connect(self._status_refresh.request)
        manager.reveal_requested.connect(self._reveal)
        for connection in manager.connections():
            self._watch(connection)
        self.navigation.selection_changed.connect(self._on_selection)
        self._select_first_pool = True  # until a pool is selected for the user, or the user selects something
        self._auto_selecting = False
        self._first_pool = TurnThrottle(self._select_first, self)  # after the tree update, once per turn
        self.controller.model.rowsInserted.connect(self._on_tree_changed)
        self.controller.model.layoutChanged.connect(self._on_tree_changed)  # a big change comes as one
        self.controller.model.dataChanged.connect(self._on_tree_changed)  # a server node's state changed
        self.navigation.tree.customContextMenuRequested.connect(self._context_menu)
        self.resize(1200, 800)

    def _dock(self, name: str, title: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setAccessibleName(title)
        dock.setWidget(widget)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        return dock

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        file_menu.setObjectName("fileMenu")
        file_menu.addAction(self.command_actions["connection.add"])
        file_menu.addAction(self.command_actions["pool.import"])
        file_menu.addSeparator()
        file_menu.addAction(self.sim_toolbar.buttons["sim.lessons"])  # the toolbar's: it knows which simulator
        file_menu.addSeparator()
        quit_action = QAction(translate("MainWindow", "E&xit"), self)
        quit_action.setObjectName("action_quit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.view_menu = ViewMenu(self.navigation, self)
        bar.addMenu(self.view_menu)
        for toggle in (self.events_dock.toggleViewAction(), self.alerts_dock.toggleViewAction(),
                       self.toolbar.toggleViewAction()):
            self.view_menu.addAction(toggle)
        self.view_menu.addSeparator()
        self.language_menu = LanguageMenu(self.preferences, self)
        self.view_menu.addMenu(self.language_menu)
        for name, title, ids in (("poolMenu", translate("MainWindow", "&Pool"), POOL_MENU),
                                 ("serverMenu", translate("MainWindow", "&Server"), SERVER_MENU),
                                 ("vmMenu", translate("MainWindow", "V&M"), VM_MENU),
                                 ("storageMenu", translate("MainWindow", "S&torage"), STORAGE_MENU)):
            menu = bar.addMenu(title)
            menu.setObjectName(name)
            menu.setToolTipsVisible(True)
            fill(menu, self.command_actions, ids)
        for menu_name, title, action_name, text, slot in (
                ("toolsMenu", translate("MainWindow", "&Tools"), "action_options",
                 translate("MainWindow", "&Options..."), self.show_options),
                ("helpMenu", translate("MainWindow", "&Help"), "action_about",
                 translate("MainWindow", "&About XenCenter"), self._about)):
            menu = bar.addMenu(title)
            menu.setObjectName(menu_name)
            action = QAction(text, self)
            action.setObjectName(action_name)
            action.triggered.connect(slot)
            menu.addAction(action)
            if menu_name == "toolsMenu":
                menu.insertAction(action, self.command_actions["pool.license"])
        shortcuts = QAction(translate("MainWindow", "&Keyboard Shortcuts"), self)
        shortcuts.setObjectName("action_shortcuts")
        shortcuts.triggered.connect(self.show_shortcuts)
        menu.insertAction(menu.actions()[0], shortcuts)  # Help: the shortcuts above About

    def show_shortcuts(self) -> ShortcutsDialog:
        """Help > Keyboard Shortcuts: non-modal, so the list can stay open beside the window."""
        dialog = ShortcutsDialog(self.command_actions.registry, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_options(self) -> OptionsDialog:
        """Tools > Options...: opened window-modal; OK saves every page into the settings."""
        dialog = OptionsDialog(OptionsContext(self.manager.settings, self.command_actions.registry), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, translate("MainWindow", "About XenCenter"),
                          translate("MainWindow", "XenCenter-Qt: a management console for Xen pools."),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("aboutDialog")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _reveal(self, connection: Connection) -> None:
        self._select_first_pool = False  # the user asked for this server: the start-up choice must not override it
        self.navigation.select_connection(connection)

    def _on_selection(self, items: list[SelectedItem]) -> None:
        if items and not self._auto_selecting:
            self._select_first_pool = False  # the user chose: never override it
        self.command_actions.set_selection(items)
        self.sim_toolbar.set_selection(items)
        self.tabs.set_selection(items)

    def _on_tree_changed(self, *_: object) -> None:
        if self._select_first_pool:
            self._first_pool.request()

    def _select_first(self) -> None:
        """Select the first connection's pool (or standalone host) once, unless something is selected already."""
        tree = self.navigation.tree
        if not self._select_first_pool or tree.selectionModel().hasSelection():
            return  # keep the user's selection
        index = self._first_pool_index()
        if index is not None:
            self._select_first_pool = False
            self._auto_selecting = True
            try:
                tree.setCurrentIndex(index)
            finally:
                self._auto_selecting = False

    def _first_pool_index(self) -> QModelIndex | None:
        """The top-most pool of the tree; None while a server above it may still connect."""
        shown = self.navigation.tree.model()  # the model itself, or the filter while a search is typed
        for row in range(shown.rowCount()):
            top = shown.index(row, 0)
            kind = top.data(KindRole)
            if kind in FIRST_SELECTED:
                return top
            if kind == "connection":
                connection = self.controller.connection(str(top.data(ConnectionRole) or ""))
                if connection is not None and connection.state in ON_THE_WAY:
                    return None  # wait for it: it comes first
            elif kind == "group":  # the Objects view: the first pool of its Pools group
                for child_row in range(shown.rowCount(top)):
                    child = shown.index(child_row, 0, top)
                    if child.data(KindRole) == "pool":
                        return child
        return None

    def _context_menu(self, position: QPoint) -> None:
        self.command_actions.update.flush()  # the menu must show the current enablement
        menu = context_menu(self.command_actions, self.navigation.selected_items(), self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.navigation.tree.viewport().mapToGlobal(position))

    def _watch(self, connection: object) -> None:
        connection.state_changed.connect(self._status_refresh.request)  # type: ignore[attr-defined]
        self._status_refresh()

    def _update_status(self) -> None:
        connections = self.manager.connections()
        connected = sum(1 for c in connections if c.state is ConnectionState.CONNECTED)
        self.status.setText(translate("MainWindow", "Connected to {0} of {1} servers").format(connected,
                                                                                             len(connections)))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)

"""MainWindow: composes navigation, tabs, menus, toolbar, Events and Alerts panes, and the status bar.

It owns no logic of its own: commands come from CommandActions, the tree from TreeController, the panes listen
to the core directly.

Signals:
    closed(): the user closed the window (the app then shuts down).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox, QSplitter, QToolBar, QWidget

from ..core.commands import CommandRegistry, SelectedItem
from ..core.connection import ConnectionState
from ..core.i18n import translate
from ..core.manager import ConnectionManager
from ..core.operations import OperationList
from .actions import CommandActions
from .commandui import DialogCommandUi
from .icons import icon
from .menus import POOL_MENU, SERVER_MENU, TOOLBAR, VM_MENU, StartOnMenu, context_menu, fill
from .navigation.controller import TreeController
from .navigation.panel import NavigationPanel
from .panes.alerts import AlertsPane
from .panes.events import EventsPane
from .tabslot import TabSlot
from .throttle import TurnThrottle
from .viewmenu import ViewMenu

CTX = "MainWindow"


class MainWindow(QMainWindow):
    closed = Signal()

    def __init__(self, manager: ConnectionManager, operations: OperationList, registry: CommandRegistry,
                 ui: DialogCommandUi | None = None, title_suffix: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(translate(CTX, "XenCenter") + (f" — {title_suffix}" if title_suffix else ""))
        self.setAccessibleName(self.windowTitle())
        self.setWindowIcon(icon("app"))
        self.manager = manager
        self.operations = operations
        self.ui = ui or DialogCommandUi(self)
        if self.ui.parent is None:
            self.ui.parent = self
        self.controller = TreeController(manager, self)
        self.command_actions = CommandActions(registry, manager, operations, self.ui, self)
        self.start_on_menu = StartOnMenu(self.command_actions, self)
        self.command_actions["vm.start_on"].setMenu(self.start_on_menu)
        self.navigation = NavigationPanel(self.controller, self)
        self.tabs = TabSlot(manager, operations, registry, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 720])
        self.setCentralWidget(splitter)
        self.events = EventsPane(operations, self)
        self.alerts = AlertsPane(manager, operations, self)
        self.events_dock = self._dock("eventsDock", translate(CTX, "Events"), self.events)
        self.alerts_dock = self._dock("alertsDock", translate(CTX, "Alerts"), self.alerts)
        self.tabifyDockWidget(self.events_dock, self.alerts_dock)
        self.events_dock.raise_()
        self.toolbar = QToolBar(translate(CTX, "Toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setAccessibleName(self.toolbar.windowTitle())
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        fill(self.toolbar, self.command_actions, TOOLBAR)
        self.addToolBar(self.toolbar)
        self._build_menus()
        self.status = QLabel(self)
        self.status.setObjectName("connectionStatus")
        self.status.setAccessibleName(translate(CTX, "Connection status"))
        self.statusBar().addPermanentWidget(self.status)
        self._status_refresh = TurnThrottle(self._update_status, self)
        manager.added.connect(self._watch)
        manager.removed.connect(self._status_refresh.request)
        for connection in manager.connections():
            self._watch(connection)
        self.navigation.selection_changed.connect(self._on_selection)
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
        file_menu = bar.addMenu(translate(CTX, "&File"))
        file_menu.setObjectName("fileMenu")
        file_menu.addAction(self.command_actions["connection.add"])
        file_menu.addSeparator()
        quit_action = QAction(translate(CTX, "E&xit"), self)
        quit_action.setObjectName("action_quit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.view_menu = ViewMenu(self.navigation, self)
        bar.addMenu(self.view_menu)
        for toggle in (self.events_dock.toggleViewAction(), self.alerts_dock.toggleViewAction(),
                       self.toolbar.toggleViewAction()):
            self.view_menu.addAction(toggle)
        for name, title, ids in (("poolMenu", translate(CTX, "&Pool"), POOL_MENU),
                                 ("serverMenu", translate(CTX, "&Server"), SERVER_MENU),
                                 ("vmMenu", translate(CTX, "V&M"), VM_MENU)):
            menu = bar.addMenu(title)
            menu.setObjectName(name)
            menu.setToolTipsVisible(True)
            fill(menu, self.command_actions, ids)
        help_menu = bar.addMenu(translate(CTX, "&Help"))
        help_menu.setObjectName("helpMenu")
        about = QAction(translate(CTX, "&About XenCenter"), self)
        about.setObjectName("action_about")
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, translate(CTX, "About XenCenter"),
                          translate(CTX, "XenCenter-Qt: a management console for Xen pools."),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("aboutDialog")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _on_selection(self, items: list[SelectedItem]) -> None:
        self.command_actions.set_selection(items)
        self.tabs.set_selection(items)

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
        self.status.setText(translate(CTX, "Connected to {0} of {1} servers").format(connected, len(connections)))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)

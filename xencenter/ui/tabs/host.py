"""TabHost: the object tabs for the current selection, as XenCenter's main tab control shows them.

Which tabs: those of `registry.TABS`, in order, whose declarations fit the selection (`applies_to`); Search is
the last tab and the only one for a multi-select. The current tab is kept when the new selection still has it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from ...core.commands import CommandRegistry, SelectedItem
from ...core.connection import Connection
from ...core.manager import ConnectionManager
from ...core.operations import OperationList
from .base import BaseTab, TabContext
from .registry import TABS


class TabHost(QTabWidget):
    """Signals: currentChanged(int) (QTabWidget's). A tab's button runs a verb through `run_command` (the window's
    CommandActions), as the menus do."""

    def __init__(self, manager: ConnectionManager, operations: OperationList, commands: CommandRegistry,
                 parent: QWidget | None = None, tabs: Sequence[type[BaseTab]] = TABS,
                 run_command: Callable[[str], object] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("object-tabs")
        self.setAccessibleName(QCoreApplication.translate("Tabs", "Object tabs"))
        self.setDocumentMode(True)
        self.context = TabContext(manager, operations, commands, run_command)
        self._tabs = {cls.KEY: cls(self.context, self) for cls in tabs}
        for tab in self._tabs.values():
            tab.setVisible(False)
        self._selection: list[SelectedItem] = []
        manager.removed.connect(self._on_removed)

    def selection(self) -> list[SelectedItem]:
        return list(self._selection)

    def set_selection(self, items: list[SelectedItem]) -> None:
        self._selection = list(items)
        current = self.current_key()
        wanted = [tab for tab in self._tabs.values() if type(tab).applies_to(self._selection)]
        for tab in self._tabs.values():
            if tab not in wanted:
                tab.unbind()  # a hidden tab must not follow the old selection's cache
        rebuilt = [self.widget(i) for i in range(self.count())] != wanted
        if rebuilt:
            self.blockSignals(True)  # one currentChanged for the whole rebuild, below
            try:
                self.clear()
                for tab in wanted:
                    self.addTab(tab, tab.title())
                keep = self._tabs.get(current or "")
                if keep is not None and keep in wanted:
                    self.setCurrentWidget(keep)
            finally:
                self.blockSignals(False)
        for tab in wanted:
            tab.set_items(self._selection)  # only the visible one renders; the others catch up when shown
        if rebuilt:
            self.currentChanged.emit(self.currentIndex())

    def _on_removed(self, connection: Connection) -> None:
        """A removed server's objects leave the selection (its cache goes away with it)."""
        if any(item.connection is connection for item in self._selection):
            self.set_selection([item for item in self._selection if item.connection is not connection])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def current_key(self) -> str | None:
        widget = self.currentWidget()
        return widget.KEY if isinstance(widget, BaseTab) else None

    def tab_keys(self) -> list[str]:
        """The keys of the tabs shown, in order ("general", "memory", ... "search")."""
        return [w.KEY for w in (self.widget(i) for i in range(self.count())) if isinstance(w, BaseTab)]

    def tab(self, key: str) -> BaseTab:
        return self._tabs[key]

    def show_tab(self, key: str) -> None:
        tab = self._tabs[key]
        if self.indexOf(tab) >= 0:
            self.setCurrentWidget(tab)

    def retranslate(self) -> None:
        """Tab captions and the current tab's contents in the new language (hidden tabs catch up when shown)."""
        for index in range(self.count()):
            widget = self.widget(index)
            if isinstance(widget, BaseTab):
                self.setTabText(index, widget.title())
        for tab in self._tabs.values():
            if self.indexOf(tab) >= 0:
                tab.refresh()

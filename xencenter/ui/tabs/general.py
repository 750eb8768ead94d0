"""General tab: the selected object's properties as a two-column grid (pool, host, VM, template, SR, network, VDI)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.commands import SelectedItem
from .base import BaseTab, TabContext
from .organise_rows import OrganiseBar, organise_properties
from .properties import BY_CLASS, CTX
from .table import RowsModel, cell, columns, make_table

COLUMNS = columns(CTX, (QT_TRANSLATE_NOOP("GeneralTab", "Property"), False),
                  (QT_TRANSLATE_NOOP("GeneralTab", "Value"), False))


class GeneralTab(BaseTab):
    KEY = "general"
    TITLE = str(QT_TRANSLATE_NOOP("Tabs", "General"))

    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = RowsModel(COLUMNS, self)
        self.view = make_table(self.model, "general-properties",
                               QCoreApplication.translate("GeneralTab", "Properties"), self)
        self.view.setSortingEnabled(False)  # the grid reads top to bottom
        self.view.horizontalHeader().setDefaultSectionSize(180)
        self.missing = QLabel(self)
        self.missing.setObjectName("general-missing")
        self.missing.setVisible(False)
        layout = QVBoxLayout(self)
        self.organise = OrganiseBar(context, self)
        layout.addWidget(self.missing)
        layout.addWidget(self.organise)
        layout.addWidget(self.view)

    @classmethod
    def applies_to(cls, items: Sequence[SelectedItem]) -> bool:
        return len(items) == 1 and items[0].cls in BY_CLASS

    def populate(self) -> None:
        item = self.item
        props = BY_CLASS[item.cls](self.track(item.connection), item.ref) if item is not None and \
            item.cls in BY_CLASS else []
        self.missing.setText(QCoreApplication.translate("GeneralTab", "This object no longer exists."))
        self.missing.setVisible(not props)
        props += organise_properties(self.track(item.connection), item) if props and item is not None else []
        self.organise.set_item(item if props else None)
        self.model.set_rows([(key, (cell(label), cell(value))) for key, label, value in props])

    def value(self, key: str) -> str:
        """The shown value of property `key` (tests, automation)."""
        return self.model.text(key, 1)

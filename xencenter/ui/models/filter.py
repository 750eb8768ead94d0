"""ResourceFilterModel: search-as-you-type over the resource tree (matches and their ancestors stay visible)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt


class ResourceFilterModel(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterRole(Qt.ItemDataRole.DisplayRole)
        self.setDynamicSortFilter(True)  # follow the source's inserts and data changes while a filter is set

    def set_search(self, text: str) -> None:
        self.setFilterFixedString(text.strip())

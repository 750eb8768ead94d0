"""The object tabs, in the order XenCenter shows them. The TabHost offers each tab whose declaration (`@shows`
hooks, or its own `applies_to`) fits the selection; adding a tab is writing its class and listing it here."""

from __future__ import annotations

from .base import BaseTab
from .connection import ConnectionTab
from .general import GeneralTab
from .logs import LogsTab
from .memory import MemoryTab
from .networking import NetworkingTab
from .nics import NicsTab
from .search import SearchTab
from .storage import StorageTab
from .users import UsersTab

TABS: tuple[type[BaseTab], ...] = (ConnectionTab, GeneralTab, MemoryTab, StorageTab, NetworkingTab, NicsTab,
                                   UsersTab, LogsTab, SearchTab)

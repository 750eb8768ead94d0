"""The object tabs, in the order XenCenter shows them. The TabHost offers each tab whose declaration (`@shows`
hooks, or its own `applies_to`) fits the selection; adding a tab is writing its class and listing it here."""

from __future__ import annotations

from .base import BaseTab
from .connection import ConnectionTab
from .console import ConsoleTab
from .general import GeneralTab
from .ha import HaTab
from .logs import LogsTab
from .memory import MemoryTab
from .networking import NetworkingTab
from .nics import NicsTab
from .performance import PerformanceTab
from .search import SearchTab
from .snapshots import SnapshotsTab
from .storage import StorageTab
from .users import UsersTab
from .wlb import WlbTab
from .xen_internals import XenInternalsTab

TABS: tuple[type[BaseTab], ...] = (ConnectionTab, GeneralTab, MemoryTab, StorageTab, NetworkingTab, NicsTab,
                                   ConsoleTab, PerformanceTab, SnapshotsTab, HaTab, WlbTab, UsersTab, XenInternalsTab,
                                   LogsTab, SearchTab)

"""Xen internals tab (hosts and VMs): Xen's architecture drawn live, the host's memory as Xen sees it (ballooning
animated), and for a VM what PV or HVM means for it.

For a host, the Architecture view of that host; for a VM, the PV-against-HVM view and, while it runs, the
architecture of its host with its domain emphasised. The drawing is a pure function of the cache (core/xenarch.py);
on a simulator the `sim` plugin's split_drivers answer adds each pair's xenstore paths. It is fetched again when the
drawn devices change (a VM starts, stops, migrates or hot-plugs a disk) and is kept only as that last answer.
"""

from __future__ import annotations

import json
from typing import Any, cast

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.asyncutil import spawn
from ...core.cache import ObjectCache
from ...core.commands import SelectedItem
from ...core.connection import Connection
from ...core.i18n import LazyText, translate
from ...core.objects import VM
from ...core.simclock import call_sim
from ...core.virtmode import virtualization_mode
from ...core.xenapi.errors import XenAPIError, XenAPIFailure
from ...core.xenarch import Architecture, architecture
from ...core.xenmemory import xen_memory
from .applies import guest_or_template, live_host
from .archview import ArchitectureView
from .base import BaseTab, TabContext, shows
from .deps import Tracker
from .migrationview import Figures, MigrationView, parse_figures
from .virtmodeview import VirtModeView
from .xenmemview import XenMemoryView


def _real_vm(item: SelectedItem) -> bool:
    vm = VM.lookup(item.connection.cache, item.ref)
    return guest_or_template(item) and vm is not None and not vm.is_template


class XenInternalsTab(BaseTab):
    KEY = "xen_internals"
    TITLE = LazyText("Tabs", "Xen internals")

    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setAccessibleName(self.title())
        self.mode = VirtModeView(self)
        self.note = QLabel(self)
        self.note.setObjectName("xenNote")
        self.note.setAccessibleName(translate("XenInternals", "Note"))
        self.note.setWordWrap(True)
        self.view = ArchitectureView(self)
        self.migration = MigrationView(self)
        self.memory = XenMemoryView(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.mode)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.memory)
        layout.addWidget(self.migration)
        # The simulator's last split_drivers answer per (connection, host), and what was drawn when it was asked.
        self._pictures: dict[tuple[int, str], dict[str, Any]] = {}
        self._asked: dict[tuple[int, str], frozenset[str]] = {}
        self._no_plugin: set[int] = set()
        # The last live migration's figures per (connection, VM, where it is now), and what was asked already.
        self._migrations: dict[tuple[int, str, str], Figures] = {}
        self._asked_migration: set[tuple[int, str, str]] = set()

    @shows("host", when=live_host)
    def show_host(self, tracker: Tracker, item: SelectedItem) -> None:
        self.mode.hide()
        self.note.hide()
        self.migration.hide()
        self._draw(tracker, item.connection, item.ref, "")

    @shows("VM", when=_real_vm)
    def show_vm(self, tracker: Tracker, item: SelectedItem) -> None:
        vm = tracker.view(VM, item.ref)
        if vm is None:
            return
        self.mode.show_facts(virtualization_mode(cast(ObjectCache, tracker), vm))
        self.mode.show()
        self._show_migration(tracker, item)
        host = vm.resident_on if vm.power_state in ("Running", "Paused") else None
        if host is None:
            self.note.setText(translate("XenInternals", "{0} is not running, so it is no domain on any host: start it "
                                                        "to see its frontends and dom0's backends.").format(vm.name))
            self.note.show()
            self.view.set_architecture(None)
            self.memory.hide()
            return
        self.note.hide()
        self._draw(tracker, item.connection, host, item.ref)

    def _show_migration(self, tracker: Tracker, item: SelectedItem) -> None:
        """The VM's live migration: the running task's figures as they come, else the last one's (asked once per
        place the VM is resident on, from a simulator)."""
        self.migration.show()
        for _ref, task in tracker.items("task"):  # every task change re-renders: a migration reports each round
            config = task.get("other_config") or {}
            if config.get("sim:vm") == item.ref and task.get("status") == "pending":
                figures = parse_figures(config, "sim:")
                if figures is not None:
                    self.migration.show_figures(figures, live=True, source=tracker.name_of("host", figures.source),
                                                destination=tracker.name_of("host", figures.destination))
                    return
        record = tracker.get("VM", item.ref) or {}
        key = (id(item.connection), item.ref, str(record.get("resident_on", "")))
        last = self._migrations.get(key)
        if last is None and key not in self._asked_migration and id(item.connection) not in self._no_plugin:
            self._asked_migration.add(key)
            spawn(self._fetch_migration(item.connection, item.ref, key), name="xen_internals.migration", owner=self)
        self.migration.show_figures(last, live=False,
                                    source=tracker.name_of("host", last.source) if last else "",
                                    destination=tracker.name_of("host", last.destination) if last else "")

    async def _fetch_migration(self, connection: Connection, vm: str, key: tuple[int, str, str]) -> None:
        try:
            stats = json.loads(await call_sim(connection, "migration_stats", {"vm": vm}))
        except (XenAPIError, ValueError):
            return  # no migration yet (the plugin says so), or a real pool
        figures = parse_figures(stats) if isinstance(stats, dict) else None
        if figures is not None:
            self._migrations[key] = figures
            self.refresh()

    def _draw(self, tracker: Tracker, connection: Connection, host: str, emphasis: str) -> None:
        self.memory.show()
        self.memory.show_memory(xen_memory(cast(ObjectCache, tracker), host))
        key = (id(connection), host)
        arch = architecture(cast(ObjectCache, tracker), host, self._pictures.get(key))
        self.view.set_architecture(arch, emphasis)
        if arch is not None:
            self._fetch_if_changed(connection, host, arch)

    def _fetch_if_changed(self, connection: Connection, host: str, arch: Architecture) -> None:
        key = (id(connection), host)
        drawn = frozenset(link.key for link in arch.links) | {guest.key for guest in arch.guests}
        if id(connection) in self._no_plugin or self._asked.get(key) == drawn:
            return
        self._asked[key] = drawn
        spawn(self._fetch(connection, host, key), name="xen_internals.split_drivers", owner=self)

    async def _fetch(self, connection: Connection, host: str, key: tuple[int, str]) -> None:
        try:
            picture = json.loads(await call_sim(connection, "split_drivers", {}, host=host))
        except XenAPIFailure:
            self._no_plugin.add(id(connection))  # a real pool: the cache alone draws it
            return
        except (XenAPIError, ValueError):
            self._asked.pop(key, None)  # ask again at the next change
            return
        if isinstance(picture, dict):
            self._pictures[key] = picture
            self.refresh()

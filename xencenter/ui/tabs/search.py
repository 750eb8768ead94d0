"""Search tab: a table of objects with columns by kind; the only tab for a multi-select, always the last.

A multi-select lists the selected objects; a single object lists every object of its kind on its connection
(a pool or server node: its servers, VMs, storage and networks).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.commands import CONNECTION, SelectedItem
from ...core.connection import Connection
from ...core.i18n import LazyText, translate
from ...core.objects import SR, VM, Host, Pool, as_int
from ...core.organise.views import SAVED_SEARCH_CLASS
from ...core.plurals import plurals
from ..models.rows import Cell, Column, Row, RowsModel, cell, columns
from ..widgets.table import make_table
from . import fmt
from .base import BaseTab, TabContext
from .deps import Tracker
from .properties import guest_ips, power_state_text, version_text
from .saved_search_view import SavedSearchView

CTX = "SearchTab"
def _cols(*specs: tuple[object, bool]) -> tuple[Column, ...]:
    return columns(CTX, *specs)


NAME = (QT_TRANSLATE_NOOP("SearchTab", "Name"), False)
DESCRIPTION = (QT_TRANSLATE_NOOP("SearchTab", "Description"), False)
SIZE = (QT_TRANSLATE_NOOP("SearchTab", "Size"), True)
MEMORY = (QT_TRANSLATE_NOOP("SearchTab", "Memory"), True)
COLUMNS: dict[str, tuple[Column, ...]] = {
    "VM": _cols(NAME, DESCRIPTION, (QT_TRANSLATE_NOOP("SearchTab", "Power state"), False),
                (QT_TRANSLATE_NOOP("SearchTab", "Server"), False), (QT_TRANSLATE_NOOP("SearchTab", "vCPUs"), True),
                MEMORY, (QT_TRANSLATE_NOOP("SearchTab", "IP address"), False)),
    "host": _cols(NAME, DESCRIPTION, (QT_TRANSLATE_NOOP("SearchTab", "CPUs"), True), MEMORY,
                  (QT_TRANSLATE_NOOP("SearchTab", "Free memory"), True),
                  (QT_TRANSLATE_NOOP("SearchTab", "Version"), False)),
    "SR": _cols(NAME, DESCRIPTION, (QT_TRANSLATE_NOOP("SearchTab", "Type"), False),
                (QT_TRANSLATE_NOOP("SearchTab", "Shared"), False), SIZE,
                (QT_TRANSLATE_NOOP("SearchTab", "Used"), True)),
    "network": _cols(NAME, DESCRIPTION, (QT_TRANSLATE_NOOP("SearchTab", "Bridge"), False),
                     (QT_TRANSLATE_NOOP("SearchTab", "MTU"), True)),
    "pool": _cols(NAME, DESCRIPTION, (QT_TRANSLATE_NOOP("SearchTab", "Master"), False),
                  (QT_TRANSLATE_NOOP("SearchTab", "Servers"), True)),
    "VDI": _cols(NAME, DESCRIPTION, SIZE, (QT_TRANSLATE_NOOP("SearchTab", "Storage"), False)),
}
MIXED = _cols(NAME, (QT_TRANSLATE_NOOP("SearchTab", "Type"), False), DESCRIPTION,
              (QT_TRANSLATE_NOOP("SearchTab", "Pool"), False))

KIND_NAMES: dict[str, object] = {
    "VM": QT_TRANSLATE_NOOP("SearchTab", "VM"), "host": QT_TRANSLATE_NOOP("SearchTab", "Server"),
    "SR": QT_TRANSLATE_NOOP("SearchTab", "Storage"), "network": QT_TRANSLATE_NOOP("SearchTab", "Network"),
    "pool": QT_TRANSLATE_NOOP("SearchTab", "Pool"), "VDI": QT_TRANSLATE_NOOP("SearchTab", "Virtual disk"),
    "template": QT_TRANSLATE_NOOP("SearchTab", "Template"), "snapshot": QT_TRANSLATE_NOOP("SearchTab", "Snapshot"),
}


def _size(value: object) -> Cell:
    number = as_int(value, -1)
    return cell(fmt.size(number), number)


def vm_cells(t: Tracker, ref: str) -> tuple[Cell, ...]:
    vm = t.view(VM, ref)
    assert vm is not None
    host = vm.resident_host
    running = vm.power_state in ("Running", "Paused")
    return (cell(power_state_text(vm.power_state)), cell(host.name if host is not None else ""),
            cell(vm.vcpus, vm.vcpus), _size(vm.memory_actual if running else vm.memory_dynamic_max),
            cell(", ".join(guest_ips(t, vm))))


def host_cells(t: Tracker, ref: str) -> tuple[Cell, ...]:
    host = t.view(Host, ref)
    assert host is not None
    cpus = as_int((host.field("cpu_info") or {}).get("cpu_count"), 0) or len(host.field("host_CPUs") or ())
    return (cell(cpus, cpus), _size(host.memory_total if host.metrics else -1),
            _size(host.memory_free if host.metrics else -1), cell(version_text(host)))


def sr_cells(t: Tracker, ref: str) -> tuple[Cell, ...]:
    sr = t.view(SR, ref)
    assert sr is not None
    return (cell(sr.type), cell(fmt.yes_no(sr.shared)), _size(sr.physical_size), _size(sr.physical_utilisation))


def network_cells(t: Tracker, ref: str) -> tuple[Cell, ...]:
    record = t.get("network", ref) or {}
    mtu = as_int(record.get("MTU"), 0)
    return cell(str(record.get("bridge") or "")), cell(mtu or fmt.unknown(), mtu)


def pool_cells(t: Tracker, ref: str) -> tuple[Cell, ...]:
    pool = t.view(Pool, ref)
    assert pool is not None
    count = len(t.all_of("host"))
    return cell(t.name_of("host", pool.master, fmt.unknown())), cell(count, count)


def vdi_cells(t: Tracker, ref: str) -> tuple[Cell, ...]:
    record = t.get("VDI", ref) or {}
    return _size(record.get("virtual_size")), cell(t.name_of("SR", record.get("SR"), fmt.unknown()))


CELLS: dict[str, Callable[[Tracker, str], tuple[Cell, ...]]] = {
    "VM": vm_cells, "host": host_cells, "SR": sr_cells, "network": network_cells, "pool": pool_cells,
    "VDI": vdi_cells,
}


def kind_of(t: Tracker, cls: str, ref: str) -> str:
    if cls == "VM":
        vm = t.view(VM, ref)
        if vm is not None and vm.is_snapshot:
            return "snapshot"
        if vm is not None and vm.is_template:
            return "template"
    return cls


def peers(t: Tracker, item: SelectedItem) -> list[tuple[str, str]]:
    """What a single selection lists: (cls, ref) pairs."""
    if item.cls in ("pool", "connection"):
        found = [("pool", ref) for ref in t.all_of("pool")] + [("host", ref) for ref in t.all_of("host")]
        found += [("VM", ref) for ref, rec in t.items("VM") if VM(ref, rec, t.cache).is_real_vm]
        found += [("SR", ref) for ref in t.all_of("SR")] + [("network", ref) for ref in t.all_of("network")]
        return found
    if item.cls == "VM":
        wanted = kind_of(t, "VM", item.ref)
        return [("VM", ref) for ref, rec in t.items("VM")
                if kind_of(t, "VM", ref) == wanted and not rec.get("is_control_domain")]
    if item.cls in CELLS:
        return [(item.cls, ref) for ref in t.all_of(item.cls)]
    return []


class SearchTab(BaseTab):
    KEY = "search"
    TITLE = LazyText("Tabs", "Search")

    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = RowsModel(MIXED, self)
        self.view = make_table(self.model, "search-results", translate("SearchTab", "Search results"), self)
        self.summary = QLabel(self)
        self.summary.setObjectName("search-summary")
        self.saved = SavedSearchView(self)  # a selected saved search runs here, with its own columns and groups
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        layout.addWidget(self.saved)

    @classmethod
    def applies_to(cls, items: Sequence[SelectedItem]) -> bool:
        """Any selection of objects, one or many (Search lists the selection); not a server node that shows no
        objects, which has the Connection tab instead."""
        return bool(items) and not (len(items) == 1 and items[0].cls == CONNECTION)

    def populate(self) -> None:
        saved = len(self.items) == 1 and self.items[0].cls == SAVED_SEARCH_CLASS
        for widget, shown in ((self.saved, saved), (self.view, not saved), (self.summary, not saved)):
            widget.setVisible(shown)
        if saved:
            return self.saved.show_search(self.items[0], self.context.manager.connections(), self.track)
        entries: list[tuple[Connection, Tracker, str, str]] = []
        if len(self.items) == 1:
            item = self.items[0]
            tracker = self.track(item.connection)
            entries = [(item.connection, tracker, cls, ref) for cls, ref in peers(tracker, item)]
        else:
            for item in self.items:
                entries.append((item.connection, self.track(item.connection), item.cls, item.ref))
        entries = [e for e in entries if e[1].get(e[2], e[3]) is not None]  # dangling refs: not shown
        classes = {cls for _, _, cls, _ in entries}
        single = next(iter(classes)) if len(classes) == 1 and next(iter(classes)) in CELLS else None
        self.model.set_columns(COLUMNS[single] if single else MIXED)
        rows: list[tuple[tuple[str, str], Row]] = []
        for connection, tracker, cls, ref in entries:
            record = tracker.get(cls, ref) or {}
            name = str(record.get("name_label") or "")
            if cls == "pool" and not name:
                pool = tracker.view(Pool, ref)
                name = pool.display_name if pool is not None else ""
            head = (cell(name or fmt.unknown()),)
            description = cell(str(record.get("name_description") or ""))
            if single:
                cells = (*head, description, *CELLS[cls](tracker, ref))
            else:
                kind = kind_of(tracker, cls, ref)
                kind_text = QCoreApplication.translate("SearchTab", str(KIND_NAMES.get(kind, kind)))
                cells = (*head, cell(kind_text), description, cell(connection.display_name))
            rows.append(((cls, name.lower()), (f"{connection.url}|{ref}", cells)))
        keyed: dict[str, Row] = {}
        for _, row in sorted(rows, key=lambda r: (r[0], r[1][0])):
            keyed.setdefault(row[0], row)
        self.model.set_rows(list(keyed.values()))
        count = len(keyed)
        self.summary.setText(plurals().objects(count))

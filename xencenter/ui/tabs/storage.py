"""Storage tab: a VM's disks and DVD drive, an SR's virtual disks, or the SRs of a host or pool."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ...core.commands import SelectedItem
from ...core.i18n import LazyText, translate
from ...core.objects import SR, VM, Host, as_int
from ..models.rows import Cell, Row, RowsModel, cell, columns
from ..widgets.table import make_table
from . import fmt
from .applies import guest_or_template, live_host
from .base import BaseTab, TabContext, shows
from .cdrom import CdDrive
from .deps import Tracker
from .disk_cache import DiskCachePanel

CTX = "StorageTab"

VBD_COLUMNS = columns(
    CTX,
    (QT_TRANSLATE_NOOP("StorageTab", "Position"), True), (QT_TRANSLATE_NOOP("StorageTab", "Name"), False),
    (QT_TRANSLATE_NOOP("StorageTab", "Size"), True), (QT_TRANSLATE_NOOP("StorageTab", "Storage"), False),
    (QT_TRANSLATE_NOOP("StorageTab", "Read-only"), False), (QT_TRANSLATE_NOOP("StorageTab", "Active"), False),
    (QT_TRANSLATE_NOOP("StorageTab", "Device"), False))
VDI_COLUMNS = columns(
    CTX,
    (QT_TRANSLATE_NOOP("StorageTab", "Name"), False), (QT_TRANSLATE_NOOP("StorageTab", "Description"), False),
    (QT_TRANSLATE_NOOP("StorageTab", "Size"), True), (QT_TRANSLATE_NOOP("StorageTab", "Used"), True),
    (QT_TRANSLATE_NOOP("StorageTab", "Virtual machine"), False))
SR_COLUMNS = columns(
    CTX,
    (QT_TRANSLATE_NOOP("StorageTab", "Name"), False), (QT_TRANSLATE_NOOP("StorageTab", "Description"), False),
    (QT_TRANSLATE_NOOP("StorageTab", "Type"), False), (QT_TRANSLATE_NOOP("StorageTab", "Shared"), False),
    (QT_TRANSLATE_NOOP("StorageTab", "Size"), True), (QT_TRANSLATE_NOOP("StorageTab", "Used"), True),
    (QT_TRANSLATE_NOOP("StorageTab", "Usage"), True))


def _size_cell(value: object) -> Cell:
    number = as_int(value, -1)
    return cell(fmt.size(number), number)


def vbd_rows(tracker: Tracker, vm: VM) -> list[Row]:
    rows: list[tuple[int, Row]] = []
    for ref in vm.vbds:
        vbd = tracker.get("VBD", ref)
        if vbd is None or vbd.get("type") == "CD":
            continue  # CD drives have their own row below the table
        vdi = tracker.record("VDI", vbd.get("VDI"))
        position = as_int(vbd.get("userdevice"), -1)
        name = str(vdi.get("name_label") or "") if vdi is not None else ""
        sr = tracker.name_of("SR", vdi.get("SR"), fmt.unknown()) if vdi is not None else fmt.unknown()
        rows.append((position, (ref, (
            cell(position if position >= 0 else fmt.unknown(), position), cell(name or fmt.unknown()),
            _size_cell(vdi.get("virtual_size") if vdi is not None else None), cell(sr),
            cell(fmt.yes_no(vbd.get("mode") == "RO")), cell(fmt.yes_no(vbd.get("currently_attached"))),
            cell(str(vbd.get("device") or ""))))))
    return [row for _, row in sorted(rows, key=lambda r: (r[0], r[1][0]))]


def vdi_rows(tracker: Tracker, sr: SR) -> list[Row]:
    rows = []
    for ref in sr.field("VDIs") or ():
        vdi = tracker.get("VDI", str(ref))
        if vdi is None:
            continue
        vms = sorted({tracker.name_of("VM", vbd.get("VM"), fmt.unknown())
                      for vbd in (tracker.get("VBD", str(r)) for r in vdi.get("VBDs") or ()) if vbd is not None})
        name = str(vdi.get("name_label") or "")
        rows.append((name.lower(), (str(ref), (
            cell(name or fmt.unknown()), cell(str(vdi.get("name_description") or "")),
            _size_cell(vdi.get("virtual_size")), _size_cell(vdi.get("physical_utilisation")),
            cell(", ".join(vms))))))
    return [row for _, row in sorted(rows)]


def sr_rows(tracker: Tracker, refs: Sequence[str]) -> list[Row]:
    rows = []
    for ref in refs:
        sr = tracker.view(SR, ref)
        if sr is None:
            continue
        used, total = sr.physical_utilisation, sr.physical_size
        usage = 100 * used / total if total > 0 else -1.0
        rows.append((sr.name.lower(), (ref, (
            cell(sr.name or fmt.unknown()), cell(sr.description), cell(sr.type or fmt.unknown()),
            cell(fmt.yes_no(sr.shared)), _size_cell(total), _size_cell(used),
            cell(fmt.percent(used, total), usage)))))
    return [row for _, row in sorted(rows)]


def host_srs(tracker: Tracker, host: Host) -> list[str]:
    refs = []
    for pbd_ref in host.field("PBDs") or ():
        pbd = tracker.record("PBD", pbd_ref)
        if pbd is not None and str(pbd.get("SR")) not in refs:
            refs.append(str(pbd.get("SR")))
    return refs


class StorageTab(BaseTab):
    KEY = "storage"
    TITLE = LazyText("Tabs", "Storage")

    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.vbds = RowsModel(VBD_COLUMNS, self)
        self.vdis = RowsModel(VDI_COLUMNS, self)
        self.srs = RowsModel(SR_COLUMNS, self)
        self.cd = CdDrive(context.operations, self)
        self.stack = QStackedWidget(self)
        vm_page = QWidget()
        vm_layout = QVBoxLayout(vm_page)
        self.vbd_table = make_table(self.vbds, "storage-vbds", translate("StorageTab", "Virtual disks"), vm_page)
        vm_layout.addWidget(self.vbd_table)
        self.disk_cache = DiskCachePanel(self, self.vbd_table, self.vbds, vm_page)
        vm_layout.addWidget(self.disk_cache)
        vm_layout.addWidget(self.cd)
        self.vm_page = vm_page
        self.vdi_page = make_table(self.vdis, "storage-vdis", translate("StorageTab", "Virtual disks on this storage"))
        self.sr_page = make_table(self.srs, "storage-srs", translate("StorageTab", "Storage repositories"))
        for page in (self.vm_page, self.vdi_page, self.sr_page):
            self.stack.addWidget(page)
        QVBoxLayout(self).addWidget(self.stack)

    @shows("VM", when=guest_or_template)
    def show_vm(self, tracker: Tracker, item: SelectedItem) -> None:
        self.stack.setCurrentWidget(self.vm_page)
        vm = tracker.view(VM, item.ref)
        self.vbds.set_rows(vbd_rows(tracker, vm) if vm is not None else [])
        self.disk_cache.show_for(item.connection)  # the chosen disk's VDI is tracked by vbd_rows
        if vm is not None:
            self.cd.show_drive(tracker, item.connection, vm)

    @shows("SR")
    def show_sr(self, tracker: Tracker, item: SelectedItem) -> None:
        self.stack.setCurrentWidget(self.vdi_page)
        sr = tracker.view(SR, item.ref)
        self.vdis.set_rows(vdi_rows(tracker, sr) if sr is not None else [])

    @shows("host", when=live_host)
    def show_host(self, tracker: Tracker, item: SelectedItem) -> None:
        self.stack.setCurrentWidget(self.sr_page)
        host = tracker.view(Host, item.ref)
        self.srs.set_rows(sr_rows(tracker, host_srs(tracker, host) if host is not None else []))

    @shows("pool")
    def show_pool(self, tracker: Tracker, item: SelectedItem) -> None:
        self.stack.setCurrentWidget(self.sr_page)
        self.srs.set_rows(sr_rows(tracker, sorted(tracker.all_of("SR"))))

"""The columns a saved search names (`<column name="memory" width="125"/>`), as text and sort key per object.

XenCenter's column names: "name", "state" (power state), "cpu", "memory", "disks", "network", "ip", "ha",
"uptime", and "CustomField:<name>" for a custom field. Old searches also carry names no XenCenter knows (a
custom field's bare name, or "CustomField:" repeated by an old bug); those columns are left out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..i18n import translate
from . import formats
from .objects import Item, guest_ips, networks_of, object_type, vdis_of, vm_memory

CUSTOM_PREFIX = "CustomField:"

Cell = tuple[str, Any]  # shown text, sort key


def _size(value: int | None) -> Cell:
    if value is None:
        return "", -1
    units = ("B", "KiB", "MiB", "GiB", "TiB")
    amount, unit = float(value), 0
    while amount >= 1024 and unit < len(units) - 1:
        amount, unit = amount / 1024, unit + 1
    text = f"{amount:.0f} {units[unit]}" if unit < 3 else f"{amount:.1f} {units[unit]}"
    return text, value


def _state(item: Item) -> Cell:
    if item.cls == "VM" and object_type(item) == "VM":
        state = str(item.record.get("power_state") or "")
        return state, state
    return "", ""


def _cpu(item: Item) -> Cell:
    if item.cls == "VM":
        count = int(item.record.get("VCPUs_at_startup") or 0)
        return (str(count), count) if count else ("", 0)
    if item.cls == "host":
        count = len(item.record.get("host_CPUs") or ()) or int(
            formats.mapping(item.record.get("cpu_info")).get("cpu_count") or 0)
        return (str(count), count) if count else ("", 0)
    return "", 0


def _memory(item: Item) -> Cell:
    if item.cls == "host":
        metrics = item.cache.get("host_metrics", str(item.record.get("metrics")))
        return _size(int(metrics.get("memory_total") or 0) if metrics is not None else None)
    return _size(vm_memory(item))


def _disks(item: Item) -> Cell:
    if item.cls in ("SR", "VDI"):
        key = "virtual_size" if item.cls == "VDI" else "physical_size"
        try:
            return _size(int(item.record.get(key) or 0))
        except (TypeError, ValueError):
            return "", -1
    disks = vdis_of(item)
    return (str(len(disks)), len(disks)) if item.cls == "VM" else ("", 0)


def _network(item: Item) -> Cell:
    names = sorted({net.name for net in networks_of(item) if net.name}, key=str.casefold)
    return ", ".join(names), ", ".join(names)


def _ip(item: Item) -> Cell:
    ips = guest_ips(item)
    return ", ".join(ips), ", ".join(ips)


def _ha(item: Item) -> Cell:
    priority = str(item.record.get("ha_restart_priority") or "") if item.cls == "VM" else ""
    return priority, priority


def _name(item: Item) -> Cell:
    return item.name, item.name.casefold()


COLUMNS: dict[str, tuple[object, Callable[[Item], Cell]]] = {
    "name": (QT_TRANSLATE_NOOP("SavedSearch", "Name"), _name),
    "state": (QT_TRANSLATE_NOOP("SavedSearch", "Power state"), _state),
    "cpu": (QT_TRANSLATE_NOOP("SavedSearch", "vCPUs"), _cpu),
    "memory": (QT_TRANSLATE_NOOP("SavedSearch", "Memory"), _memory),
    "disks": (QT_TRANSLATE_NOOP("SavedSearch", "Disks"), _disks),
    "network": (QT_TRANSLATE_NOOP("SavedSearch", "Networks"), _network),
    "ip": (QT_TRANSLATE_NOOP("SavedSearch", "IP address"), _ip),
    "ha": (QT_TRANSLATE_NOOP("SavedSearch", "HA restart priority"), _ha),
}


class Column:
    """One shown column: its key in the search, header text and cell function."""

    def __init__(self, key: str, width: int) -> None:
        self.key = key
        self.width = width
        self.field = key[len(CUSTOM_PREFIX):] if key.startswith(CUSTOM_PREFIX) else ""

    def title(self) -> str:
        if self.field:
            return self.field
        return translate("SavedSearch", str(COLUMNS[self.key][0]))

    def cell(self, item: Item) -> Cell:
        if self.field:
            value = str(formats.mapping(item.record.get("other_config")).get(
                formats.CUSTOM_FIELD_PREFIX + self.field, "") or "")
            return value, value.casefold()
        return COLUMNS[self.key][1](item)


def columns_of(spec: list[tuple[str, int]]) -> list[Column]:
    """The search's columns this console can show, name first (XenCenter always shows the name)."""
    shown = [Column(key, width) for key, width in spec if key in COLUMNS or (
        key.startswith(CUSTOM_PREFIX) and key[len(CUSTOM_PREFIX):] and
        not key[len(CUSTOM_PREFIX):].startswith(CUSTOM_PREFIX))]
    names = [column for column in shown if column.key == "name"]
    rest = [column for column in shown if column.key != "name"]
    return (names[:1] or [Column("name", 200)]) + [c for i, c in enumerate(rest) if c.key not in
                                                   {r.key for r in rest[:i]}]

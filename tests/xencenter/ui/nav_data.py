"""A dict-backed CacheReader and record builders for the navigation tests (no Qt)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from xencenter.core.navigation import ConnectionView


class DictCache:
    def __init__(self) -> None:
        self.tables: dict[str, dict[str, dict[str, Any]]] = {}

    def items(self, cls: str) -> Iterable[tuple[str, Mapping[str, Any]]]:
        return list(self.tables.get(cls, {}).items())

    def get(self, cls: str, ref: str) -> Mapping[str, Any] | None:
        return self.tables.get(cls, {}).get(ref)

    def put(self, cls: str, ref: str, **record: Any) -> str:
        self.tables.setdefault(cls, {})[ref] = record
        return ref

    def drop(self, cls: str, ref: str) -> None:
        self.tables.get(cls, {}).pop(ref, None)


def lab(pool_name: str = "Lab") -> DictCache:
    """A pool of two hosts: a running VM on each, a halted VM, a template, shared and local storage."""
    c = DictCache()
    c.put("pool", "P", name_label=pool_name, master="H1")
    for host in ("H1", "H2"):
        c.put("host_metrics", f"M{host}", live=True)
        c.put("host", host, name_label=f"host-{host[-1]}", enabled=True, metrics=f"M{host}")
    c.put("VM", "dom0", name_label="Control domain", is_control_domain=True, power_state="Running", resident_on="H1")
    c.put("VM", "web", name_label="web", power_state="Running", resident_on="H1")
    c.put("VM", "db", name_label="db", power_state="Running", resident_on="H2")
    c.put("VM", "old", name_label="old", power_state="Halted", resident_on="OpaqueRef:NULL")
    c.put("VM", "tpl", name_label="Debian template", is_a_template=True, power_state="Halted")
    c.put("VM", "snap", name_label="web snapshot", is_a_snapshot=True, is_a_template=True, power_state="Halted")
    c.put("PBD", "pbd1", host="H1")
    c.put("PBD", "pbd2", host="H2")
    c.put("PBD", "pbd3", host="H1")
    c.put("SR", "nfs", name_label="NFS", shared=True, PBDs=["pbd1", "pbd2"])
    c.put("SR", "local1", name_label="Local storage", shared=False, PBDs=["pbd3"])
    c.put("network", "net0", name_label="Management")
    return c


def view(cache: DictCache, key: str = "c1", state: str = "connected", name: str = "Lab") -> ConnectionView:
    return ConnectionView(key, name, state, cache)

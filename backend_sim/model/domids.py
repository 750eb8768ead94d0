"""Domain ids per host: Xen numbers domains from 1 after a boot and never reuses one until reboot."""

from __future__ import annotations

from ..store.store import Store
from . import vm_fields


class Domids:
    def __init__(self) -> None:
        self._next: dict[str, int] = {}

    def allocate(self, host_ref: str) -> int:
        domid = self._next.get(host_ref, 1)
        self._next[host_ref] = domid + 1
        return domid

    def host_rebooted(self, host_ref: str) -> None:
        self._next[host_ref] = 1

    def continue_from(self, store: Store) -> None:
        """A loaded pool already has domains numbered: new ones follow the highest per host."""
        hosts = store.table("host")
        for vm in store.table("VM").values():
            host, domid = vm_fields.resident_on(vm), vm["domid"]
            if isinstance(domid, int) and domid > 0 and host in hosts:
                self._next[host] = max(self._next.get(host, 1), domid + 1)

"""Which single selections the device tabs (Storage, Networking) apply to."""

from __future__ import annotations

from collections.abc import Sequence

from ...core.commands.base import SelectedItem
from ...core.objects import VM, Host


def one_object_with_devices(items: Sequence[SelectedItem], also: tuple[str, ...]) -> bool:
    """One real VM or template (not a snapshot, not dom0), one live host, or one object of the `also` classes."""
    if len(items) != 1:
        return False
    item = items[0]
    cache = item.connection.cache
    if item.cls == "VM":
        vm = VM.lookup(cache, item.ref)
        return vm is not None and not vm.is_snapshot and not vm.is_control_domain
    if item.cls == "host":
        host = Host.lookup(cache, item.ref)
        return host is not None and host.is_live
    return item.cls in also

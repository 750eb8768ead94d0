"""The finer rules of the tabs' `@shows(..., when=...)` declarations, shared by several tabs."""

from __future__ import annotations

from ...core.commands.base import SelectedItem
from ...core.objects import VM, Host


def guest_or_template(item: SelectedItem) -> bool:
    """A real VM or a template: not a snapshot, not a server's control domain."""
    vm = VM.lookup(item.connection.cache, item.ref)
    return vm is not None and not vm.is_snapshot and not vm.is_control_domain


def live_host(item: SelectedItem) -> bool:
    host = Host.lookup(item.connection.cache, item.ref)
    return host is not None and host.is_live


def real_guest(item: SelectedItem) -> bool:
    """A guest VM: not a template, a snapshot or a server's control domain."""
    vm = VM.lookup(item.connection.cache, item.ref)
    return vm is not None and vm.is_real_vm

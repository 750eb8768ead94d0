"""IntelliCache: a server caches shared virtual disks on its own file-based (ext) storage.

Server verbs: Enable IntelliCache (the local SR chosen in a submenu) and Disable IntelliCache. Like xapi they need
the server disabled with no running VMs (maintenance mode), a local SR whose SM can cache (SR_CACHING: ext, nfs),
and a licence with IntelliCache (restrict_intellicache). Disk verbs: whether a disk may be cached
(VDI.set_allow_caching) and whether it is reset to its state at boot on each start (VDI.set_on_boot), which xapi
refuses for a disk in use by a running VM or on storage whose SM cannot reset.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..cache import ObjectCache
from ..i18n import LazyText
from ..licensing import pool_edition, restricted
from ..objects import VDI, Host, is_null
from ..operations import OperationRunner
from .base import Command, SelectedItem, Verb
from .host import HostCommand, HostVerb, running_guests
from .subject import ObjectCommand, Subject

RESTRICTION = "restrict_intellicache"
CACHING = "SR_CACHING"  # SM's capability: the SR can hold a local cache
RESET = "VDI_RESET_ON_BOOT/2"  # SM's capability: a disk on the SR can be reset at each boot
ON_BOOT = ("persist", "reset")

VDIS = Subject(view=VDI, select=LazyText("Commands", "Select a virtual disk."),
               gone=LazyText("Commands", "The virtual disk no longer exists."))


def licence_reason(cache: ObjectCache) -> str | None:
    if restricted(cache, RESTRICTION):
        return QCoreApplication.translate("Commands", "The pool's edition ({0}) does not include "
                                                      "IntelliCache.").format(pool_edition(cache))
    return None


def sm_can(cache: ObjectCache, sr_type: str, capability: str) -> bool:
    """Whether the SM driver of `sr_type` advertises `capability` (the pool's SM records)."""
    return any(sm.get("type") == sr_type and capability in (sm.get("capabilities") or ())
               for _ref, sm in cache.items("SM"))


def local_srs(host: Host) -> list[tuple[str, str, str | None]]:
    """(SR ref, name, why it cannot be the cache or None) for the server's own storage, by name."""
    cache = host.cache
    found = []
    for pbd_ref in host.field("PBDs") or ():
        pbd = cache.get("PBD", str(pbd_ref)) or {}
        sr_ref = str(pbd.get("SR", ""))
        sr = cache.get("SR", sr_ref)
        if sr is None or sr.get("shared") or sr.get("content_type") == "iso" or len(sr.get("PBDs") or ()) != 1:
            continue
        reason = None
        if not sm_can(cache, str(sr.get("type", "")), CACHING):
            reason = QCoreApplication.translate("Commands", "Storage of type {0} cannot hold a cache; it must be "
                                                            "file-based (ext).").format(sr.get("type", ""))
        elif not pbd.get("currently_attached"):
            reason = QCoreApplication.translate("Commands", "The storage is not plugged in.")
        found.append((str(sr.get("name_label") or sr_ref).casefold(), sr_ref, str(sr.get("name_label") or sr_ref),
                      reason))
    return [(ref, name, reason) for _, ref, name, reason in sorted(found)]


def maintenance_reason(host: Host) -> str | None:
    """xapi changes a server's cache only while it is disabled with no running VMs."""
    if host.metrics is not None and not host.is_live:
        return QCoreApplication.translate("Commands", "The server is not reachable.")
    if host.enabled:
        return QCoreApplication.translate("Commands", "Put the server into maintenance mode first: IntelliCache "
                                                      "changes only while it runs no VMs.")
    if running_guests(host):
        return QCoreApplication.translate("Commands", "VMs are running on the server.")
    return None


class EnableIntelliCache(HostCommand):
    """Enable IntelliCache: the argument is the local SR to cache on, chosen in a submenu (ChoosesArgument)."""

    def host_reason(self, host: Host) -> str | None:
        licence = licence_reason(host.cache)
        if licence is not None:
            return licence
        if not any(reason is None for _, _, reason in local_srs(host)):
            return QCoreApplication.translate("Commands", "The server has no local file-based (ext) storage to "
                                                          "cache on.")
        return maintenance_reason(host)

    def object_reason(self, host: Host, item: SelectedItem, argument: Any) -> str | None:
        reason = self.host_reason(host)
        if reason is not None or argument is None:
            return reason
        choice = next((c for c in local_srs(host) if c[0] == argument), None)
        if choice is None:
            return QCoreApplication.translate("Commands", "That storage is not the server's own.")
        return choice[2]

    def choices(self, item: SelectedItem) -> list[tuple[str, str, str | None]]:
        host = Host.lookup(item.connection.cache, item.ref)
        return local_srs(host) if host is not None else []

    async def check_choice(self, item: SelectedItem, argument: str) -> str | None:
        return None  # xapi has no dry run of this call: the cache's answer is all there is

    async def job(self, runner: OperationRunner, host: str, argument: Any) -> Any:
        return await runner.call("host.enable_local_storage_caching", host, argument)


class DisableIntelliCache(HostCommand):
    def host_reason(self, host: Host) -> str | None:
        licence = licence_reason(host.cache)
        if licence is not None:
            return licence
        if is_null(host.field("local_cache_sr")):
            return QCoreApplication.translate("Commands", "IntelliCache is not enabled on this server.")
        return maintenance_reason(host)

    async def job(self, runner: OperationRunner, host: str, argument: Any) -> Any:
        return await runner.call("host.disable_local_storage_caching", host)


def in_use_by_running_vm(vdi: VDI) -> bool:
    for vbd_ref in vdi.field("VBDs") or ():
        vbd = vdi.cache.get("VBD", str(vbd_ref)) or {}
        if vbd.get("currently_attached"):
            return True
    return False


@dataclass(frozen=True, kw_only=True)
class VdiVerb(Verb):
    method: str = ""  # the VDI setter; its argument is the new value


class VdiSetting(ObjectCommand):
    """A disk's IntelliCache setting; the argument is the new value (checked by the subclass)."""

    subject = VDIS
    verb: VdiVerb

    def object_reason(self, vdi: VDI, item: SelectedItem, argument: Any) -> str | None:
        return None

    async def job(self, runner: OperationRunner, ref: str, argument: Any) -> Any:
        return await runner.call(self.verb.method, ref, argument)


class SetAllowCaching(VdiSetting):
    def object_reason(self, vdi: VDI, item: SelectedItem, argument: Any) -> str | None:
        if argument is not None and not isinstance(argument, bool):
            return QCoreApplication.translate("Commands", "Choose whether the disk is cached.")
        return None


class SetOnBoot(VdiSetting):
    def object_reason(self, vdi: VDI, item: SelectedItem, argument: Any) -> str | None:
        if argument is not None and argument not in ON_BOOT:
            return QCoreApplication.translate("Commands", "Choose whether the disk is reset at each start.")
        sr = vdi.cache.get("SR", str(vdi.field("SR") or "")) or {}
        if not sm_can(vdi.cache, str(sr.get("type", "")), RESET):
            return QCoreApplication.translate("Commands", "Disks on this storage cannot be reset at each start.")
        if in_use_by_running_vm(vdi):
            return QCoreApplication.translate("Commands", "The disk is in use by a running VM; shut the VM down "
                                                          "first.")
        return None


ENABLE = HostVerb(id="host.enable_intellicache", text=LazyText("Commands", "Enable IntelliCache"),
                  title=LazyText("Commands", "Enabling IntelliCache on server '{0}'"), icon="sr-new",
                  method="host.enable_local_storage_caching", needs_argument=True)
DISABLE = HostVerb(id="host.disable_intellicache", text=LazyText("Commands", "Disable IntelliCache"),
                   title=LazyText("Commands", "Disabling IntelliCache on server '{0}'"), icon="sr-detach",
                   method="host.disable_local_storage_caching")
ALLOW_CACHING = VdiVerb(id="vdi.set_allow_caching", text=LazyText("Commands", "Cache this disk (IntelliCache)"),
                        title=LazyText("Commands", "Changing the caching of disk '{0}'"), icon="vdi",
                        method="VDI.set_allow_caching")
ON_BOOT_VERB = VdiVerb(id="vdi.set_on_boot",
                       text=LazyText("Commands", "Reset to the state at boot on each start (on_boot reset)"),
                       title=LazyText("Commands", "Changing what disk '{0}' keeps at each start"), icon="vdi",
                       method="VDI.set_on_boot")


def intellicache_commands() -> list[Command]:
    return [EnableIntelliCache(ENABLE), DisableIntelliCache(DISABLE), SetAllowCaching(ALLOW_CACHING),
            SetOnBoot(ON_BOOT_VERB)]


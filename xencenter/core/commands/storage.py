"""SR verbs: Repair, Detach, Forget, Destroy, Set as Default, Properties (name and description).

An SR is attached to a server through its PBD there. Detach unplugs every PBD (the SR stays known, its
disks kept); Repair creates the PBDs a shared SR lacks on some server and plugs every unplugged one; Forget
drops the SR from the pool (its data stays on the device, so the New SR wizard can reattach it); Destroy
erases it. Each says why it cannot run from the cache, as XenCenter's SR commands do.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..i18n import LazyText
from ..objects import SR
from ..operations import OperationRunner
from .base import Command, CommandContext, SelectedItem, Verb
from .subject import SRS, ObjectCommand


@dataclass(frozen=True, kw_only=True)
class SrVerb(Verb):
    method: str = ""


def pbds(sr: SR) -> list[tuple[str, dict[str, Any]]]:
    found = []
    for ref in sr.record.get("PBDs", []):
        record = sr.cache.get("PBD", ref)
        if record is not None:
            found.append((ref, dict(record)))
    return found


def plugged(sr: SR) -> list[str]:
    return [ref for ref, record in pbds(sr) if record.get("currently_attached")]


def hosts_without_pbd(sr: SR) -> list[str]:
    """Servers of the pool a shared SR has no PBD on (a server that joined later, or a PBD destroyed)."""
    if not sr.shared:
        return []
    have = {record.get("host") for _, record in pbds(sr)}
    return sorted(ref for ref, _ in sr.cache.items("host") if ref not in have)


def disks_in_use(sr: SR) -> bool:
    for vdi in sr.record.get("VDIs", []):
        record = sr.cache.get("VDI", vdi) or {}
        for vbd in record.get("VBDs", []):
            if (sr.cache.get("VBD", vbd) or {}).get("currently_attached"):
                return True
    return False


def _busy(sr: SR) -> str | None:
    current = sr.record.get("current_operations") or {}
    if current:
        busy = ", ".join(sorted(set(current.values())))
        return QCoreApplication.translate("Commands", "The storage repository is busy ({0}).").format(busy)
    return None


def _in_use() -> str:
    return QCoreApplication.translate("Commands", "A virtual disk on it is in use by a running VM.")


def pool_default_sr(sr: SR) -> str:
    pool = next(iter(sr.cache.items("pool")), None)
    return str(pool[1].get("default_SR", "")) if pool is not None else ""


class SrCommand(ObjectCommand):
    subject = SRS
    verb: SrVerb

    def object_reason(self, sr: SR, item: SelectedItem, argument: Any) -> str | None:
        return _busy(sr) or self.sr_reason(sr)

    def sr_reason(self, sr: SR) -> str | None:
        raise NotImplementedError

    def sr_of(self, runner: OperationRunner, ref: str) -> SR:
        sr = SR.lookup(runner.connection.cache, ref)
        if sr is None:
            raise RuntimeError(SRS.gone.text())
        return sr


class RepairSr(SrCommand):
    def sr_reason(self, sr: SR) -> str | None:
        if not pbds(sr) and not sr.shared:
            return QCoreApplication.translate("Commands", "The storage repository has no server to attach to.")
        if len(plugged(sr)) == len(pbds(sr)) and not hosts_without_pbd(sr):
            return QCoreApplication.translate("Commands", "The storage repository is attached to every server.")
        return None

    async def job(self, runner: OperationRunner, ref: str, argument: Any) -> Any:
        sr = self.sr_of(runner, ref)
        known = pbds(sr)
        config = dict(known[0][1].get("device_config", {})) if known else {}
        todo = [pbd for pbd, record in known if not record.get("currently_attached")]
        for host in hosts_without_pbd(sr):
            todo.append(await runner.call("PBD.create", {"host": host, "SR": ref, "device_config": config,
                                                         "other_config": {}}))
        for index, pbd in enumerate(todo):
            await runner.call("PBD.plug", pbd)
            runner.set_progress((index + 1) / len(todo))


class DetachSr(SrCommand):
    def sr_reason(self, sr: SR) -> str | None:
        if not plugged(sr):
            return QCoreApplication.translate("Commands", "The storage repository is already detached.")
        return _in_use() if disks_in_use(sr) else None

    async def job(self, runner: OperationRunner, ref: str, argument: Any) -> Any:
        await unplug_all(runner, self.sr_of(runner, ref))


async def unplug_all(runner: OperationRunner, sr: SR) -> None:
    attached = plugged(sr)
    for index, pbd in enumerate(attached):
        await runner.call("PBD.unplug", pbd)
        runner.set_progress((index + 1) / (len(attached) + 1))


class ForgetSr(SrCommand):
    def sr_reason(self, sr: SR) -> str | None:
        return _in_use() if disks_in_use(sr) else None

    async def job(self, runner: OperationRunner, ref: str, argument: Any) -> Any:
        await unplug_all(runner, self.sr_of(runner, ref))
        await runner.call("SR.forget", ref)


class DestroySr(SrCommand):
    def sr_reason(self, sr: SR) -> str | None:
        if disks_in_use(sr):
            return _in_use()
        if not pbds(sr):
            return QCoreApplication.translate("Commands", "The storage repository is not attached to any server; "
                                                          "Forget it instead.")
        managed = [v for v in sr.record.get("VDIs", []) if (sr.cache.get("VDI", v) or {}).get("managed", True)
                   and (sr.cache.get("VDI", v) or {}).get("type") != "rrd"]
        if managed and sr.type != "iso":
            return QCoreApplication.translate("Commands", "The storage repository still holds virtual disks; "
                                                          "delete them first.")
        return None

    async def job(self, runner: OperationRunner, ref: str, argument: Any) -> Any:
        await unplug_all(runner, self.sr_of(runner, ref))
        await runner.call("SR.destroy", ref)


class SetDefaultSr(SrCommand):
    def sr_reason(self, sr: SR) -> str | None:
        if pool_default_sr(sr) == sr.ref:
            return QCoreApplication.translate("Commands", "It is already the pool's default storage.")
        if sr.record.get("content_type") == "iso" or sr.type in ("iso", "udev"):
            return QCoreApplication.translate("Commands", "A library of ISOs or removable devices cannot hold "
                                                          "new virtual disks.")
        if not plugged(sr):
            return QCoreApplication.translate("Commands", "The storage repository is detached.")
        return None

    async def job(self, runner: OperationRunner, ref: str, argument: Any) -> Any:
        pool = next(iter(runner.connection.cache.items("pool")))[0]
        await runner.call("pool.set_default_SR", pool, ref)
        # XenCenter moves suspend images and crash dumps along with new disks.
        await runner.call("pool.set_suspend_image_SR", pool, ref)
        await runner.call("pool.set_crash_dump_SR", pool, ref)


class SrProperties(SrCommand):
    """Properties...: the SR's name and description, asked in a dialog, then set as one Operation."""

    def object_reason(self, sr: SR, item: SelectedItem, argument: Any) -> str | None:
        return None  # renaming is allowed whatever the SR is doing

    async def run(self, context: CommandContext) -> None:
        item = context.selection[0]
        sr = SR.lookup(item.connection.cache, item.ref)
        if sr is None or self.reason(item) is not None:
            return
        title = QCoreApplication.translate("Commands", "Properties of '{0}'").format(sr.name)
        answer = await context.ui.ask_name_description(title, sr.name, sr.description)
        if answer is None:
            return
        self.start(replace(context, argument=answer), item)  # the same `started` list: callers see the Operation

    async def job(self, runner: OperationRunner, ref: str, argument: Any) -> Any:
        name, description = argument
        await runner.call("SR.set_name_label", ref, name)
        await runner.call("SR.set_name_description", ref, description)


REPAIR = SrVerb(id="sr.repair", text=LazyText("Commands", "Repair..."), icon="sr-repair",
                title=LazyText("Commands", "Repairing storage repository '{0}'"),
                permissions=("pbd.create", "pbd.plug"))
DETACH = SrVerb(id="sr.detach", text=LazyText("Commands", "Detach"), icon="sr-detach",
                title=LazyText("Commands", "Detaching storage repository '{0}'"), method="PBD.unplug",
                confirmation=LazyText("Commands", "Detach {0}? Its virtual disks stay on it but cannot be used "
                                                  "until it is repaired."))
FORGET = SrVerb(id="sr.forget", text=LazyText("Commands", "Forget"), icon="sr-forget",
                title=LazyText("Commands", "Forgetting storage repository '{0}'"),
                permissions=("pbd.unplug", "sr.forget"),
                confirmation=LazyText("Commands", "Forget {0}? The pool will no longer know it; its data stays "
                                                  "on the storage and can be attached again with New SR."))
DESTROY = SrVerb(id="sr.destroy", text=LazyText("Commands", "Destroy..."), icon="sr-destroy",
                 title=LazyText("Commands", "Destroying storage repository '{0}'"),
                 permissions=("pbd.unplug", "sr.destroy"),
                 confirmation=LazyText("Commands", "Destroy {0}? Everything on it is erased for good."))
SET_DEFAULT = SrVerb(id="sr.set_default", text=LazyText("Commands", "Set as Default"), icon="sr-default",
                     title=LazyText("Commands", "Setting '{0}' as the default storage"),
                     permissions=("pool.set_default_sr", "pool.set_suspend_image_sr", "pool.set_crash_dump_sr"))


PROPERTIES = SrVerb(id="sr.properties", text=LazyText("Commands", "Properties..."), icon="sr",
                    title=LazyText("Commands", "Setting the properties of '{0}'"),
                    permissions=("sr.set_name_label", "sr.set_name_description"))


def storage_commands() -> list[Command]:
    return [RepairSr(REPAIR), DetachSr(DETACH), ForgetSr(FORGET), DestroySr(DESTROY), SetDefaultSr(SET_DEFAULT),
            SrProperties(PROPERTIES)]

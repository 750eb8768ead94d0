"""The Migrate wizard's pages: destination (pool and host, each host checked by the server), storage (a disk on
storage the host cannot reach must move: Storage XenMotion), networking, the migration network, summary."""

from __future__ import annotations

from ...error_sentences import format_bytes
from ...i18n import LazyText, translate
from ...objects import SR, Host, Network
from ..eligibility import ChoiceEligibility
from ..page import PageLogic, Problem
from .choices import MigrateChoices, disk_srs, vm_disks, vm_vifs


def _name(obj: SR | Network | Host | None) -> str:
    return obj.name if obj is not None else translate("Migrate", "(none)")


class DestinationPage(PageLogic[MigrateChoices]):
    key = "destination"
    title = LazyText("Migrate", "Destination")

    def __init__(self, checks: ChoiceEligibility | None) -> None:
        self.checks = checks  # the server's answers to VM.assert_can_migrate(vm, host), cached

    def request_checks(self, state: MigrateChoices, host_refs: list[str]) -> None:
        if self.checks is not None:
            self.checks.request(state.vm, host_refs)

    def reason(self, state: MigrateChoices, host: str) -> str | None:
        """None when the server said yes; else its sentence (or "checking..." while it has not answered)."""
        if self.checks is None:
            return None
        answer = self.checks.get(state.vm, host)
        return translate("Migrate", "checking...") if answer.pending else answer.reason

    def problems(self, state: MigrateChoices) -> list[Problem]:
        host = Host.lookup(state.target_cache, state.host)
        if not state.host or host is None:
            return [Problem("host", translate("Migrate", "Choose the server to migrate the VM to."))]
        reason = self.reason(state, state.host)
        if reason is not None:
            return [Problem("host", translate("Migrate", "'{0}' cannot take the VM: {1}").format(host.name, reason))]
        return []

    def summary(self, state: MigrateChoices) -> list[tuple[str, str]]:
        host = Host.lookup(state.target_cache, state.host)
        pool = (state.target or state.connection).display_name
        return [
            (translate("Migrate", "VM"), state.record.name if state.record else state.vm),
            (translate("Migrate", "Destination"), translate("Migrate", "{0} in {1}").format(_name(host), pool)),
            (translate("Migrate", "Mode"), mode_text(state)),
        ]


def mode_text(state: MigrateChoices) -> str:
    if state.cross_pool:
        return (
            translate("Migrate", "Cross-pool migration (live)")
            if state.live
            else translate("Migrate", "Cross-pool move (the VM is not running)")
        )
    if state.pool_migrate:
        return translate("Migrate", "Live migration (XenMotion)")
    if state.live:
        return translate("Migrate", "Live migration with its storage (Storage XenMotion)")
    return translate("Migrate", "Move (the VM is not running)")


class StoragePage(PageLogic[MigrateChoices]):
    key = "storage"
    title = LazyText("Migrate", "Storage")

    def applies(self, state: MigrateChoices) -> bool:
        return bool(vm_disks(state.cache, state.vm))

    def problems(self, state: MigrateChoices) -> list[Problem]:
        host = Host.lookup(state.target_cache, state.host)
        reachable = {sr.ref for sr in disk_srs(state.target_cache, state.host)}
        problems = []
        for disk in vm_disks(state.cache, state.vm):
            target = state.disks.get(disk.vdi, "")
            if not target:
                problems.append(
                    Problem(f"disk:{disk.vdi}", translate("Migrate", "Choose an SR for '{0}'.").format(disk.name))
                )
            elif target not in reachable:
                sr = SR.lookup(state.target_cache, target) or SR.lookup(state.cache, target)
                problems.append(
                    Problem(
                        f"disk:{disk.vdi}",
                        translate(
                            "Migrate",
                            "'{0}' cannot reach '{1}', so XenMotion cannot leave the disk there: choose storage "
                            "the server reaches and the disk moves with the VM (Storage XenMotion).",
                        ).format(_name(host), _name(sr)),
                    )
                )
        return problems

    def summary(self, state: MigrateChoices) -> list[tuple[str, str]]:
        lines = []
        moves = state.storage_moves()
        for disk in vm_disks(state.cache, state.vm):
            sr = SR.lookup(state.target_cache, state.disks.get(disk.vdi, "")) or SR.lookup(state.cache, disk.sr)
            where = (
                translate("Migrate", "moves to {0}") if disk.vdi in moves else translate("Migrate", "stays on {0}")
            ).format(_name(sr))
            lines.append((translate("Migrate", "Disk {0}").format(disk.name), f"{format_bytes(disk.size)}, {where}"))
        return lines


class NetworkPage(PageLogic[MigrateChoices]):
    key = "network"
    title = LazyText("Migrate", "Networking")

    def applies(self, state: MigrateChoices) -> bool:
        return bool(vm_vifs(state.cache, state.vm))

    def problems(self, state: MigrateChoices) -> list[Problem]:
        return [
            Problem(f"vif:{vif.vif}", translate("Migrate", "Choose a network for interface {0}.").format(vif.device))
            for vif in vm_vifs(state.cache, state.vm)
            if Network.lookup(state.target_cache, state.vifs.get(vif.vif, "")) is None
        ]

    def summary(self, state: MigrateChoices) -> list[tuple[str, str]]:
        return [
            (
                translate("Migrate", "Interface {0}").format(vif.device),
                _name(Network.lookup(state.target_cache, state.vifs.get(vif.vif, ""))),
            )
            for vif in vm_vifs(state.cache, state.vm)
        ]


class TransferPage(PageLogic[MigrateChoices]):
    """The network the disks and memory travel on (migrate_receive's network); plain XenMotion needs none."""

    key = "transfer"
    title = LazyText("Migrate", "Migration Network")

    def applies(self, state: MigrateChoices) -> bool:
        return not state.pool_migrate

    def problems(self, state: MigrateChoices) -> list[Problem]:
        if Network.lookup(state.target_cache, state.transfer_network) is None:
            return [Problem("transfer", translate("Migrate", "Choose the network the migration uses."))]
        return []

    def summary(self, state: MigrateChoices) -> list[tuple[str, str]]:
        return [
            (
                translate("Migrate", "Migration network"),
                _name(Network.lookup(state.target_cache, state.transfer_network)),
            )
        ]


class SummaryPage(PageLogic[MigrateChoices]):
    key = "summary"
    title = LazyText("Migrate", "Finish")


def migrate_pages(checks: ChoiceEligibility | None) -> list[PageLogic[MigrateChoices]]:
    return [DestinationPage(checks), StoragePage(), NetworkPage(), TransferPage(), SummaryPage()]

"""The New VM wizard's storage, networking and summary pages."""

from __future__ import annotations

import re

from ...cache import ObjectCache
from ...error_sentences import format_bytes
from ...i18n import LazyText, translate
from ...objects import SR, Host, Network
from ..page import PageLogic, Problem
from .choices import DiskChoice, NewVmChoices
from .hosts import reaches
from .template import WINDOWS_MIN_DISK, GiB

MAX_DISK = 2040 * GiB  # the largest VHD xapi creates
MIN_DISK = 1024**2
_MAC = re.compile(r"^[0-9a-f]{2}(:[0-9a-f]{2}){5}$")


def sr_free(sr: SR) -> int:
    return max(0, sr.physical_size - sr.physical_utilisation)


def disk_srs(cache: ObjectCache) -> list[SR]:
    """The SRs a disk can go to: not ISO libraries or drives, by name."""
    found = [SR(ref, rec, cache) for ref, rec in cache.items("SR") if rec.get("content_type") != "iso"]
    return sorted(found, key=lambda sr: (not sr.shared, sr.name.lower()))


def disk_problem(state: NewVmChoices, disk: DiskChoice) -> str:
    info = state.info
    if disk.size < MIN_DISK:
        return translate("NewVm", "A disk needs a size of at least 1 MiB.")
    if disk.size > MAX_DISK:
        return translate("NewVm", "A disk can be at most {0}.").format(format_bytes(MAX_DISK))
    if disk.size < disk.min_size:
        return translate("NewVm", "A disk cloned from the template can grow but not shrink (at least {0}).").format(
            format_bytes(disk.min_size)
        )
    if disk.bootable and info is not None and info.is_windows and disk.size < WINDOWS_MIN_DISK:
        return translate("NewVm", "Windows needs a system disk of at least {0}.").format(format_bytes(WINDOWS_MIN_DISK))
    sr = SR.lookup(state.cache, disk.sr)
    if sr is None or sr.field("content_type") == "iso":
        return translate("NewVm", "Choose a storage repository for the disk.")
    home = Host.lookup(state.cache, state.home)
    if home is not None and not reaches(home, sr.ref):
        return translate("NewVm", "The home server '{0}' cannot reach '{1}'.").format(home.name, sr.name)
    return ""


class StoragePage(PageLogic[NewVmChoices]):
    key = "storage"
    title = LazyText("NewVm", "Storage")

    def problems(self, state: NewVmChoices) -> list[Problem]:
        problems = [
            Problem(f"disk:{index}", text)
            for index, disk in enumerate(state.disks)
            if (text := disk_problem(state, disk))
        ]
        needs: dict[str, int] = {}
        for disk in state.disks:
            if not disk.vdi:  # new disks take space; clones share the template's blocks
                needs[disk.sr] = needs.get(disk.sr, 0) + disk.size
        for sr_ref, need in sorted(needs.items()):
            sr = SR.lookup(state.cache, sr_ref)
            if sr is not None and need > sr_free(sr):
                problems.append(
                    Problem(
                        "disks",
                        translate("NewVm", "Not enough space on '{0}': the disks need {1}, {2} is free.").format(
                            sr.name, format_bytes(need), format_bytes(sr_free(sr))
                        ),
                    )
                )
        return problems

    def summary(self, state: NewVmChoices) -> list[tuple[str, str]]:
        lines = []
        for disk in state.disks:
            sr = SR.lookup(state.cache, disk.sr)
            lines.append(
                (
                    translate("NewVm", "Disk {0}").format(disk.device),
                    translate("NewVm", "{0} on {1}").format(format_bytes(disk.size), sr.name if sr else ""),
                )
            )
        return lines or [(translate("NewVm", "Disks"), translate("NewVm", "None"))]


def next_device(disks: list[DiskChoice]) -> str:
    """The first free userdevice for an added disk (3 is kept for the CD drive, as xapi's templates do)."""
    used = {disk.device for disk in disks} | {"3"}
    number = 0
    while str(number) in used:
        number += 1
    return str(number)


def mac_problem(state: NewVmChoices, index: int) -> str:
    mac = state.vifs[index].mac.strip().lower()
    if not mac:
        return ""
    if not _MAC.match(mac):
        return translate(
            "NewVm",
            "Type a MAC address as six pairs of hexadecimal digits, e.g. 02:16:3e:12:34:56, or leave it "
            "empty for a generated one.",
        )
    if int(mac[:2], 16) & 1:
        return translate("NewVm", "{0} is a multicast address; a network interface needs a unicast one.").format(mac)
    others = [v.mac.strip().lower() for i, v in enumerate(state.vifs) if i != index]
    if mac in others or any(str(rec.get("MAC", "")).lower() == mac for _, rec in state.cache.items("VIF")):
        return translate("NewVm", "The MAC address {0} is already used by another network interface.").format(mac)
    return ""


class NetworkPage(PageLogic[NewVmChoices]):
    key = "network"
    title = LazyText("NewVm", "Networking")

    def problems(self, state: NewVmChoices) -> list[Problem]:
        problems = []
        info = state.info
        if info is not None and len(state.vifs) > info.max_vifs:
            problems.append(
                Problem(
                    "vifs",
                    translate("NewVm", "The template allows at most {0} network interfaces.").format(info.max_vifs),
                )
            )
        for index, vif in enumerate(state.vifs):
            if Network.lookup(state.cache, vif.network) is None:
                problems.append(
                    Problem(f"vif:{index}", translate("NewVm", "Choose a network for interface {0}.").format(index))
                )
            elif text := mac_problem(state, index):
                problems.append(Problem(f"vif:{index}", text))
        return problems

    def summary(self, state: NewVmChoices) -> list[tuple[str, str]]:
        lines = []
        for index, vif in enumerate(state.vifs):
            network = Network.lookup(state.cache, vif.network)
            mac = vif.mac.strip() or translate("NewVm", "generated MAC")
            lines.append(
                (translate("NewVm", "Interface {0}").format(index), f"{network.name if network else ''} ({mac})")
            )
        return lines or [(translate("NewVm", "Networking"), translate("NewVm", "None"))]


class SummaryPage(PageLogic[NewVmChoices]):
    """The last page: what the other pages chose (its own choice, starting the VM, is a checkbox on it)."""

    key = "summary"
    title = LazyText("NewVm", "Finish")

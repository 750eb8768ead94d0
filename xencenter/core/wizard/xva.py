"""The Export and Import wizards' logic: a VM to an XVA file (file, compression, verification) and an XVA file or
an OVF/OVA package into a pool (file, storage, a package's networks, start afterwards), each finishing as one
Operation over core/xva.py's streams or core/ovf_import.py's steps."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..cache import NULL_REF, ObjectCache
from ..connection import Connection
from ..error_sentences import format_bytes
from ..i18n import LazyText, translate
from ..operation import Operation
from ..operations import OperationList, OperationRunner
from ..ovf import OvfError, OvfPackage, read_package
from ..ovf_import import start_ovf_import
from ..xva import OVF_SUFFIXES, export_vm, import_xva, readable_reason, verify_xva, writable_reason
from .page import PageLogic, Problem


@dataclass
class ExportChoices:
    connection: Connection
    vm: str
    path: str
    compress: bool = False
    verify: bool = True


@dataclass
class ImportChoices:
    connection: Connection
    path: str = ""
    sr: str = ""
    start: bool = False
    networks: dict[int, str] = field(default_factory=dict)  # an OVF package's NIC -> the pool's network

    def package(self) -> OvfPackage | str | None:
        """The OVF package the path names (or why it cannot be read); None for an XVA."""
        return package_at(self.path)


_PACKAGES: dict[tuple[str, float], OvfPackage | str] = {}


def package_at(text: str) -> OvfPackage | str | None:
    """The OVF/OVA at `text`, read once per file version; the reason as a string when it cannot be read."""
    path = Path(text.strip()).expanduser()
    if not path.name.lower().endswith(OVF_SUFFIXES):
        return None
    try:
        key = (str(path), path.stat().st_mtime)
    except OSError:
        return None  # readable_reason says so
    if key not in _PACKAGES:
        try:
            _PACKAGES[key] = read_package(path)
        except OvfError as exc:
            _PACKAGES[key] = str(exc)
    return _PACKAGES[key]


def pool_networks(cache: ObjectCache) -> list[tuple[str, str]]:
    """(ref, name) of the networks a NIC can join (not the host-internal guest installer network)."""
    found = [(ref, str(rec.get("name_label", ref))) for ref, rec in cache.items("network")
             if str((rec.get("other_config") or {}).get("is_guest_installer_network", "")) != "true"]
    return sorted(found, key=lambda item: item[1].casefold())


def default_networks(cache: ObjectCache, package: OvfPackage) -> dict[int, str]:
    """Each NIC on the pool's network of the same name, else on the first network."""
    networks = pool_networks(cache)
    by_name = {name.casefold(): ref for ref, name in networks}
    first = networks[0][0] if networks else ""
    return {index: by_name.get(name.casefold(), first) for index, name in enumerate(package.networks)}


def vm_name(cache: ObjectCache, vm: str) -> str:
    return str((cache.get("VM", vm) or {}).get("name_label", vm))


def disk_bytes(cache: ObjectCache, vm: str) -> int:
    """What the VM's disks hold (physical utilisation): the export's size before compression, for progress."""
    total = 0
    for vbd in (cache.get("VM", vm) or {}).get("VBDs", []):
        record = cache.get("VBD", vbd) or {}
        vdi = cache.get("VDI", str(record.get("VDI", NULL_REF)))
        if record.get("type") == "Disk" and vdi is not None:
            total += int(vdi.get("physical_utilisation", 0) or 0)
    return total


def default_export(connection: Connection, vm: str) -> ExportChoices:
    name = "".join(c if c.isalnum() or c in "-_." else "_" for c in vm_name(connection.cache, vm)) or "vm"
    return ExportChoices(connection, vm, str(Path.home() / f"{name}.xva"))


def import_srs(cache: ObjectCache) -> list[tuple[str, str, int]]:
    """(ref, name, free bytes) of the SRs an import can write disks to."""
    found = []
    for ref, record in cache.items("SR"):
        if record.get("content_type") in ("iso", "udev"):
            continue
        free = int(record.get("physical_size", 0) or 0) - int(record.get("physical_utilisation", 0) or 0)
        found.append((ref, str(record.get("name_label", ref)), free))
    return sorted(found, key=lambda item: item[1].casefold())


class ExportFilePage(PageLogic[ExportChoices]):
    key = "file"
    title = LazyText("XvaWizard", "Export File")

    def problems(self, state: ExportChoices) -> list[Problem]:
        path = Path(state.path.strip()).expanduser()
        if not state.path.strip():
            return [Problem("path", translate("XvaWizard", "Type the path of the file to write."))]
        if not path.name.lower().endswith((".xva", ".xva.gz")):
            return [Problem("path", translate("XvaWizard", "The file name must end in .xva."))]
        reason = writable_reason(path)
        return [Problem("path", reason)] if reason else []

    def summary(self, state: ExportChoices) -> list[tuple[str, str]]:
        return [(translate("XvaWizard", "VM"), vm_name(state.connection.cache, state.vm)),
                (translate("XvaWizard", "File"), str(Path(state.path.strip()).expanduser()))]


class ExportOptionsPage(PageLogic[ExportChoices]):
    key = "options"
    title = LazyText("XvaWizard", "Options")

    def summary(self, state: ExportChoices) -> list[tuple[str, str]]:
        yes, no = translate("XvaWizard", "Yes"), translate("XvaWizard", "No")
        return [(translate("XvaWizard", "Compressed (gzip)"), yes if state.compress else no),
                (translate("XvaWizard", "Verified after export"), yes if state.verify else no)]


class ImportFilePage(PageLogic[ImportChoices]):
    key = "file"
    title = LazyText("XvaWizard", "Import Source")

    def problems(self, state: ImportChoices) -> list[Problem]:
        if not state.path.strip():
            return [Problem("path", translate("XvaWizard", "Choose the XVA file or OVF package to import."))]
        reason = readable_reason(Path(state.path.strip()).expanduser())
        if reason:
            return [Problem("path", reason)]
        package = state.package()
        return [Problem("path", package)] if isinstance(package, str) else []

    def summary(self, state: ImportChoices) -> list[tuple[str, str]]:
        lines = [(translate("XvaWizard", "File"), str(Path(state.path.strip()).expanduser()))]
        package = state.package()
        if isinstance(package, OvfPackage):
            lines += [(translate("XvaWizard", "Virtual system"), package.name),
                      (translate("XvaWizard", "CPUs and memory"), translate("XvaWizard", "{0} vCPUs, {1}").format(
                          package.vcpus, format_bytes(package.memory))),
                      (translate("XvaWizard", "Disks"), ", ".join(format_bytes(d.capacity) for d in package.disks)
                       or translate("XvaWizard", "(none)"))]
        return lines


class ImportStoragePage(PageLogic[ImportChoices]):
    key = "storage"
    title = LazyText("XvaWizard", "Storage")

    def problems(self, state: ImportChoices) -> list[Problem]:
        srs = {ref: free for ref, _name, free in import_srs(state.connection.cache)}
        if state.sr not in srs:
            return [Problem("sr", translate("XvaWizard", "Choose the SR for the VM's disks."))]
        package = state.package()
        size = package.capacity if isinstance(package, OvfPackage) else _file_size(state.path)
        if size and size > srs[state.sr]:
            return [Problem("sr", translate("XvaWizard", "The file holds {0} and the SR has {1} free.").format(
                format_bytes(size), format_bytes(srs[state.sr])))]
        return []

    def summary(self, state: ImportChoices) -> list[tuple[str, str]]:
        sr = state.connection.cache.get("SR", state.sr) or {}
        yes, no = translate("XvaWizard", "Yes"), translate("XvaWizard", "No")
        return [(translate("XvaWizard", "Storage"), str(sr.get("name_label", state.sr))),
                (translate("XvaWizard", "Start the VM afterwards"), yes if state.start else no)]


def _file_size(path: str) -> int:
    try:
        return Path(path.strip()).expanduser().stat().st_size
    except OSError:
        return 0


class ImportNetworkPage(PageLogic[ImportChoices]):
    """An OVF package's NICs, each on a network of the pool (an XVA brings its own VIFs: no such page)."""

    key = "networks"
    title = LazyText("XvaWizard", "Networking")

    def applies(self, state: ImportChoices) -> bool:
        package = state.package()
        return isinstance(package, OvfPackage) and bool(package.networks)

    def problems(self, state: ImportChoices) -> list[Problem]:
        package = state.package()
        if not isinstance(package, OvfPackage):
            return []
        known = {ref for ref, _ in pool_networks(state.connection.cache)}
        return [Problem(f"nic:{index}", translate("XvaWizard", "Choose a network for this interface."))
                for index in range(len(package.networks)) if state.networks.get(index) not in known]

    def summary(self, state: ImportChoices) -> list[tuple[str, str]]:
        package = state.package()
        if not isinstance(package, OvfPackage):
            return []
        cache = state.connection.cache
        return [(translate("XvaWizard", "Interface {0} ({1})").format(index, name),
                 str((cache.get("network", state.networks.get(index, "")) or {}).get("name_label", "")))
                for index, name in enumerate(package.networks)]


class SummaryPage(PageLogic[Any]):
    key = "summary"
    title = LazyText("XvaWizard", "Finish")


def export_pages() -> list[PageLogic[ExportChoices]]:
    return [ExportFilePage(), ExportOptionsPage(), SummaryPage()]


def import_pages() -> list[PageLogic[ImportChoices]]:
    return [ImportFilePage(), ImportStoragePage(), ImportNetworkPage(), SummaryPage()]


def start_export(operations: OperationList, choices: ExportChoices) -> Operation:
    target = Path(choices.path.strip()).expanduser()
    expected = max(1, disk_bytes(choices.connection.cache, choices.vm))

    async def job(runner: OperationRunner) -> Any:
        share = 0.9 if choices.verify else 1.0
        written = await export_vm(choices.connection, choices.vm, target, compress=choices.compress,
                                  progress=lambda n: runner.set_progress(min(share, share * n / expected)))
        if choices.verify:
            runner.set_description(translate("XvaWizard", "Verifying the checksums"))
            await asyncio.to_thread(verify_xva, target)
        runner.set_progress(1.0)
        return written

    title = translate("XvaWizard", "Exporting '{0}' to {1}").format(vm_name(choices.connection.cache, choices.vm),
                                                                     target.name)
    return operations.start(title, choices.connection, [choices.vm], job)


def start_import(operations: OperationList, choices: ImportChoices) -> Operation:
    package = choices.package()
    if isinstance(package, OvfPackage):
        networks = choices.networks or default_networks(choices.connection.cache, package)
        return start_ovf_import(operations, choices.connection, package, choices.sr, networks, choices.start)
    source = Path(choices.path.strip()).expanduser()
    size = max(1, _file_size(choices.path))

    async def job(runner: OperationRunner) -> Any:
        share = 0.8 if choices.start else 1.0
        vm = await import_xva(choices.connection, source, choices.sr,
                              progress=lambda n: runner.set_progress(min(share, share * n / size)))
        if choices.start:
            await runner.run_task("VM.start", vm, False, False, span=(0.8, 1.0))
        return vm

    title = translate("XvaWizard", "Importing {0}").format(source.name)
    return operations.start(title, choices.connection, [], job)

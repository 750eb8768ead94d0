"""OVF and OVA packages (DMTF's Open Virtualization Format) read for import: the virtual system's name, CPUs,
memory, disks and networks from the descriptor, and each disk's contents as raw bytes.

An `.ovf` is the XML descriptor with its disk files beside it; an `.ova` is a tar of the same. Disk files are
read in the formats VMware, VirtualBox and XenServer write into packages: VMDK stream-optimized (compressed grains
after markers), VHD fixed (raw data and a footer), and raw images. Other formats (VMDK monolithic sparse, VHD
dynamic, qcow2) are refused with a sentence saying how to convert them. The descriptor is parsed with defusedxml
(a package is untrusted input); tags and attributes are matched by local name, so OVF 1.x and 2.x both read.
"""

from __future__ import annotations

import re
import struct
import tarfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from defusedxml import ElementTree
from PySide6.QtCore import QCoreApplication

from .usererror import UserError

SECTOR = 512
CHUNK = 1 << 20
ZEROS = bytes(CHUNK)
VMDK_MAGIC = b"KDMV"
VHD_COOKIE = b"conectix"
CPU, MEMORY, ETHERNET, DISK = "3", "4", "10", "17"


class OvfError(UserError):
    """A package that cannot be imported, said in a sentence for the user."""


@dataclass(frozen=True)
class OvfDisk:
    disk_id: str
    href: str  # the file in the package
    capacity: int  # bytes the VM sees


@dataclass(frozen=True)
class OvfPackage:
    path: Path
    name: str
    description: str
    vcpus: int
    memory: int  # bytes
    disks: tuple[OvfDisk, ...]
    networks: tuple[str, ...]  # the network each NIC connects to, in NIC order

    @property
    def capacity(self) -> int:
        return sum(disk.capacity for disk in self.disks)


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def _attr(element: Any, name: str, default: str = "") -> str:
    for key, value in element.attrib.items():
        if _local(key) == name:
            return str(value)
    return default


def _children(element: Any, name: str) -> list[Any]:
    return [child for child in element.iter() if _local(child.tag) == name]


def _text(element: Any, name: str) -> str:
    found = next((child for child in element if _local(child.tag) == name), None)
    return (found.text or "").strip() if found is not None and found.text else ""


def units(text: str) -> int:
    """OVF's allocation units ("byte * 2^20", "MegaBytes", "byte") as a multiplier."""
    text = text.strip().lower().replace(" ", "")
    match = re.fullmatch(r"byte(?:s)?\*2\^(\d+)", text)
    if match:
        return int(2 ** int(match[1]))
    named = {"": 1, "byte": 1, "bytes": 1, "kilobytes": 1 << 10, "kb": 1 << 10, "megabytes": 1 << 20, "mb": 1 << 20,
             "gigabytes": 1 << 30, "gb": 1 << 30}
    if text in named:
        return named[text]
    raise OvfError(QCoreApplication.translate("Ovf", "The package uses unknown allocation units '{0}'.").format(text))


def _number(text: str, what: str) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        raise OvfError(QCoreApplication.translate("Ovf", "The package's {0} is not a number: '{1}'.").format(
            what, text)) from None
    if value < 0:
        raise OvfError(QCoreApplication.translate("Ovf", "The package's {0} is negative.").format(what))
    return value


def parse_descriptor(data: bytes, path: Path) -> OvfPackage:
    try:
        root = ElementTree.fromstring(data)
    except Exception as exc:  # defusedxml raises ParseError or its own refusals (entities, DTDs)
        raise OvfError(QCoreApplication.translate("Ovf", "The OVF descriptor is not valid XML: {0}").format(
            exc)) from None
    if _local(root.tag) != "Envelope":
        raise OvfError(QCoreApplication.translate("Ovf", "The file is not an OVF descriptor (no Envelope)."))
    files = {_attr(f, "id"): _attr(f, "href") for f in _children(root, "File")}
    disks_by_id = {}
    for disk in _children(root, "Disk"):
        amount = _number(_attr(disk, "capacity", "0"), QCoreApplication.translate("Ovf", "disk capacity"))
        capacity = amount * units(_attr(disk, "capacityAllocationUnits", "byte"))
        href = files.get(_attr(disk, "fileRef"), "")
        disks_by_id[_attr(disk, "diskId")] = OvfDisk(_attr(disk, "diskId"), href, capacity)
    systems = _children(root, "VirtualSystem")
    if not systems:
        raise OvfError(QCoreApplication.translate("Ovf", "The package describes no virtual system."))
    system = systems[0]
    name = _text(system, "Name") or _attr(system, "id") or path.stem
    description = next((_text(s, "Description") for s in _children(system, "OperatingSystemSection")), "")
    vcpus, memory = 1, 0
    disks: list[OvfDisk] = []
    networks: list[str] = []
    for item in _children(system, "Item"):
        kind = _text(item, "ResourceType")
        if kind == CPU:
            count = _number(_text(item, "VirtualQuantity") or "1", QCoreApplication.translate("Ovf", "CPU count"))
            vcpus = max(1, count)
        elif kind == MEMORY:
            amount = _number(_text(item, "VirtualQuantity") or "0", QCoreApplication.translate("Ovf", "memory size"))
            memory = amount * units(_text(item, "AllocationUnits") or "byte * 2^20")
        elif kind == DISK:
            resource = _text(item, "HostResource")
            disk_id = resource.rsplit("/", 1)[-1]
            if disk_id in disks_by_id:
                disks.append(disks_by_id[disk_id])
        elif kind == ETHERNET:
            networks.append(_text(item, "Connection"))
    if memory <= 0:
        raise OvfError(QCoreApplication.translate("Ovf", "The package gives the virtual system no memory."))
    return OvfPackage(path, name, description, vcpus, memory, tuple(disks), tuple(networks))


def read_package(path: Path) -> OvfPackage:
    """The package's descriptor, read (OvfError with a sentence when it cannot be)."""
    try:
        if path.suffix.lower() == ".ova":
            with tarfile.open(path, "r:") as archive:
                member = next((m for m in archive if m.isfile() and m.name.lower().endswith(".ovf")), None)
                if member is None:
                    raise OvfError(QCoreApplication.translate("Ovf", "The OVA holds no .ovf descriptor."))
                handle = archive.extractfile(member)
                data = handle.read() if handle is not None else b""
        else:
            data = path.read_bytes()
    except (OSError, tarfile.TarError) as exc:
        raise OvfError(QCoreApplication.translate("Ovf", "The package cannot be read: {0}").format(exc)) from None
    package = parse_descriptor(data, path)
    for disk in package.disks:
        if not disk.href:
            raise OvfError(QCoreApplication.translate("Ovf", "A disk of the package names no file."))
    return package


@contextmanager
def disk_file(package: OvfPackage, disk: OvfDisk) -> Iterator[IO[bytes]]:
    """The disk's file in the package, open for reading."""
    try:
        if package.path.suffix.lower() == ".ova":
            with tarfile.open(package.path, "r:") as archive:
                handle = archive.extractfile(disk.href)
                if handle is None:
                    raise KeyError(disk.href)
                yield handle
        else:
            target = (package.path.parent / disk.href).resolve()
            if package.path.parent.resolve() not in target.parents:
                raise KeyError(disk.href)  # a descriptor must not point outside its folder
            with target.open("rb") as handle:
                yield handle
    except (KeyError, OSError, tarfile.TarError):
        raise OvfError(QCoreApplication.translate("Ovf", "The package lacks the disk file {0}.").format(
            disk.href)) from None


def raw_chunks(handle: IO[bytes], capacity: int) -> Iterator[bytes]:
    """The disk's contents as raw bytes, `capacity` in all, whatever its format."""
    head = handle.read(SECTOR)
    if head[:4] == VMDK_MAGIC:
        yield from _vmdk_stream(handle, head, capacity)
        return
    yield from _plain(handle, head, capacity)


def _plain(handle: IO[bytes], head: bytes, capacity: int) -> Iterator[bytes]:
    """Raw data (a raw image, or a fixed VHD, whose footer is left out); zeros up to the capacity."""
    sent = 0
    pending = head
    while True:
        chunk = handle.read(CHUNK)
        data = pending + chunk
        if not chunk:  # `data` is the last piece: drop a VHD footer at its end
            if data[-SECTOR:-SECTOR + 8] == VHD_COOKIE:
                disk_type = struct.unpack(">I", data[-SECTOR + 60:-SECTOR + 64])[0]
                if disk_type != 2:
                    raise OvfError(QCoreApplication.translate("Ovf", "Only fixed VHD disks can be imported; convert "
                                                                     "dynamic ones with qemu-img convert -O raw."))
                data = data[:-SECTOR]
            if sent + len(data) > capacity:
                raise OvfError(QCoreApplication.translate("Ovf", "A disk file is larger than its capacity."))
            if data:
                yield data
            sent += len(data)
            break
        keep = SECTOR  # the last sector may be a footer: held back until the next read says it is not the end
        out, pending = data[:-keep], data[-keep:]
        if sent + len(out) > capacity:
            raise OvfError(QCoreApplication.translate("Ovf", "A disk file is larger than its capacity."))
        sent += len(out)
        yield out
    yield from _zeros(capacity - sent)


def _zeros(count: int) -> Iterator[bytes]:
    while count > 0:
        piece = min(count, CHUNK)
        yield ZEROS[:piece]
        count -= piece


def _vmdk_stream(handle: IO[bytes], head: bytes, capacity: int) -> Iterator[bytes]:
    """A stream-optimized VMDK: markers in order, each grain deflated; gaps are zeros."""
    flags, sectors = struct.unpack("<IQ", head[8:20])
    overhead = struct.unpack("<Q", head[64:72])[0]
    if not flags & (1 << 16) or not flags & (1 << 17):
        raise OvfError(QCoreApplication.translate("Ovf", "Only stream-optimized VMDK disks can be imported; "
                                                         "convert others with qemu-img convert -O raw."))
    capacity = max(capacity, sectors * SECTOR)
    position = SECTOR
    skip = overhead * SECTOR - position
    if skip < 0 or len(handle.read(skip)) != skip:
        raise OvfError(QCoreApplication.translate("Ovf", "The VMDK disk is cut short."))
    position += skip
    written = 0
    while True:
        marker = handle.read(16)
        if len(marker) < 16:
            raise OvfError(QCoreApplication.translate("Ovf", "The VMDK disk is cut short."))
        value, size = struct.unpack("<QI", marker[:12])
        if size:  # a grain: LBA, compressed size, data
            body = marker[12:] + handle.read(size - 4)
            offset = value * SECTOR
            if offset < written:
                raise OvfError(QCoreApplication.translate("Ovf", "The VMDK disk's grains are out of order."))
            try:
                data = zlib.decompress(body[:size])
            except zlib.error:
                raise OvfError(QCoreApplication.translate("Ovf", "A grain of the VMDK disk is damaged.")) from None
            yield from _zeros(offset - written)
            data = data[:max(0, capacity - offset)]
            yield data
            written = offset + len(data)
            used = 12 + size
            pad = (-used) % SECTOR
            handle.read(pad)
            continue
        kind = struct.unpack("<I", marker[12:16])[0]
        if kind == 0:  # end of stream
            break
        handle.read(SECTOR - 16 + value * SECTOR)  # a grain table, directory or footer: not needed in order
    yield from _zeros(capacity - written)

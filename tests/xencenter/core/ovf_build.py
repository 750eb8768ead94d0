"""Builders of OVF packages for the tests (imported by name): a descriptor, a stream-optimized VMDK, a fixed VHD and
an OVA tar, written the way VMware and XenServer write them."""

from __future__ import annotations

import io
import struct
import tarfile
import zlib
from pathlib import Path

SECTOR = 512
GRAIN_SECTORS = 128  # 64 KiB grains, VMware's default


def descriptor(name: str, disks: list[tuple[str, str, int]], networks: list[str], *, vcpus: int = 2,
               memory_mib: int = 1024) -> str:
    """disks: (disk id, file name, capacity in bytes)."""
    files = "".join(f'<File ovf:id="file{i}" ovf:href="{href}"/>' for i, (_d, href, _c) in enumerate(disks))
    disk_rows = "".join(f'<Disk ovf:diskId="{disk}" ovf:fileRef="file{i}" ovf:capacity="{cap // (1 << 20)}" '
                        f'ovf:capacityAllocationUnits="byte * 2^20"/>' for i, (disk, _h, cap) in enumerate(disks))
    nets = "".join(f'<Network ovf:name="{n}"/>' for n in dict.fromkeys(networks))
    items = [f"<Item><rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>{vcpus}</rasd:VirtualQuantity>"
             f"</Item>",
             f"<Item><rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits><rasd:ResourceType>4</rasd:ResourceType>"
             f"<rasd:VirtualQuantity>{memory_mib}</rasd:VirtualQuantity></Item>"]
    items += [f"<Item><rasd:HostResource>ovf:/disk/{disk}</rasd:HostResource><rasd:ResourceType>17"
              f"</rasd:ResourceType></Item>" for disk, _h, _c in disks]
    items += [f"<Item><rasd:Connection>{n}</rasd:Connection><rasd:ResourceType>10</rasd:ResourceType></Item>"
              for n in networks]
    return ('<?xml version="1.0"?><Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1" '
            'xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1" '
            'xmlns:rasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData">'
            f"<References>{files}</References><DiskSection>{disk_rows}</DiskSection>"
            f"<NetworkSection>{nets}</NetworkSection>"
            f'<VirtualSystem ovf:id="{name}"><Name>{name}</Name>'
            "<OperatingSystemSection><Description>Debian 12</Description></OperatingSystemSection>"
            f"<VirtualHardwareSection>{''.join(items)}</VirtualHardwareSection></VirtualSystem></Envelope>")


def stream_vmdk(contents: dict[int, bytes], capacity: int) -> bytes:
    """A stream-optimized VMDK of `capacity` bytes holding `contents` (grain index -> grain data, in order)."""
    overhead = 1
    header = struct.pack("<4sIIQQQQIQQQB4sH", b"KDMV", 3, (1 << 16) | (1 << 17) | 1, capacity // SECTOR,
                         GRAIN_SECTORS, 0, 0, 512, 0, 0xFFFFFFFFFFFFFFFF, overhead, 0, b"\n \r\n", 1)
    out = bytearray(header.ljust(SECTOR, b"\0"))
    for index, data in sorted(contents.items()):
        packed = zlib.compress(data)
        marker = struct.pack("<QI", index * GRAIN_SECTORS, len(packed)) + packed
        out += marker + bytes((-len(marker)) % SECTOR)
    out += struct.pack("<QII", 0, 0, 0).ljust(SECTOR, b"\0")  # end of stream
    return bytes(out)


def fixed_vhd(data: bytes, disk_type: int = 2) -> bytes:
    footer = bytearray(SECTOR)
    footer[0:8] = b"conectix"
    footer[60:64] = struct.pack(">I", disk_type)
    return data + bytes(footer)


def write_ova(path: Path, ovf: str, files: dict[str, bytes]) -> Path:
    with tarfile.open(path, "w") as archive:
        for name, data in [(path.stem + ".ovf", ovf.encode()), *files.items()]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path

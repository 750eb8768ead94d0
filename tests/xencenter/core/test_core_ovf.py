"""OVF and OVA packages read for import: the descriptor's facts, each disk format decoded to raw bytes, and the
refusals (bad XML, entities, formats that need converting, a file pointing outside its folder)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from ovf_build import descriptor, fixed_vhd, stream_vmdk, write_ova

from xencenter.core.ovf import OvfError, disk_file, raw_chunks, read_package, units

MIB = 1 << 20


def raw(package: Any, index: int) -> bytes:
    disk = package.disks[index]
    with disk_file(package, disk) as handle:
        return b"".join(raw_chunks(handle, disk.capacity))


def test_an_ova_with_a_stream_vmdk_and_a_raw_disk(tmp_path: Path) -> None:
    grain = bytes(range(256)) * 256  # 64 KiB
    vmdk = stream_vmdk({0: grain, 5: grain[::-1]}, 2 * MIB)
    image = b"boot" * 1000
    ovf = descriptor("debian", [("d0", "debian-disk1.vmdk", 2 * MIB), ("d1", "data.img", MIB)],
                     ["VM Network", "Backup"], vcpus=2, memory_mib=1536)
    package = read_package(write_ova(tmp_path / "debian.ova", ovf, {"debian-disk1.vmdk": vmdk, "data.img": image}))
    assert (package.name, package.vcpus, package.memory) == ("debian", 2, 1536 * MIB)
    assert package.description == "Debian 12" and package.networks == ("VM Network", "Backup")
    assert [d.capacity for d in package.disks] == [2 * MIB, MIB] and package.capacity == 3 * MIB
    first = raw(package, 0)
    assert len(first) == 2 * MIB and first[:len(grain)] == grain
    assert first[5 * len(grain):6 * len(grain)] == grain[::-1] and first[len(grain):5 * len(grain)].count(0) == \
        4 * len(grain)
    second = raw(package, 1)
    assert len(second) == MIB and second.startswith(image) and second[len(image):].count(0) == MIB - len(image)


def test_an_ovf_folder_with_a_fixed_vhd(tmp_path: Path) -> None:
    data = b"x" * 4096
    (tmp_path / "disk.vhd").write_bytes(fixed_vhd(data))
    (tmp_path / "vm.ovf").write_text(descriptor("vm", [("d0", "disk.vhd", MIB)], []))
    package = read_package(tmp_path / "vm.ovf")
    assert raw(package, 0)[:4096] == data and len(raw(package, 0)) == MIB


@pytest.mark.parametrize(("files", "text"), [
    ({"disk.vhd": fixed_vhd(b"x" * 4096, disk_type=3)}, "Only fixed VHD"),
    ({"disk.vhd": b"KDMV" + bytes(508)}, "Only stream-optimized VMDK"),
    ({"disk.vhd": b"y" * (2 * MIB)}, "larger than its capacity"),
])
def test_disk_formats_that_need_converting_are_refused(tmp_path: Path, files: dict[str, bytes], text: str) -> None:
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "vm.ovf").write_text(descriptor("vm", [("d0", "disk.vhd", MIB)], []))
    package = read_package(tmp_path / "vm.ovf")
    with pytest.raises(OvfError, match=text):
        raw(package, 0)


def test_grains_out_of_order_are_refused(tmp_path: Path) -> None:
    grain = b"z" * 65536
    good = stream_vmdk({3: grain}, MIB)
    other = stream_vmdk({1: grain}, MIB)
    swapped = good[:512 * 1] + good[512:-512] + other[512:-512] + good[-512:]
    (tmp_path / "d.vmdk").write_bytes(swapped)
    (tmp_path / "vm.ovf").write_text(descriptor("vm", [("d0", "d.vmdk", MIB)], []))
    with pytest.raises(OvfError, match="out of order"):
        raw(read_package(tmp_path / "vm.ovf"), 0)


@pytest.mark.parametrize(("text", "reason"), [
    ("not xml at all", "not valid XML"),
    ('<!DOCTYPE x [<!ENTITY e "boom">]><Envelope>&e;</Envelope>', "not valid XML"),
    ("<Other/>", "not an OVF descriptor"),
    ("<Envelope/>", "no virtual system"),
])
def test_bad_descriptors_say_why(tmp_path: Path, text: str, reason: str) -> None:
    (tmp_path / "vm.ovf").write_text(text)
    with pytest.raises(OvfError, match=reason):
        read_package(tmp_path / "vm.ovf")


def test_a_disk_outside_the_packages_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "pkg"
    folder.mkdir()
    (tmp_path / "secret.img").write_bytes(b"s")
    (folder / "vm.ovf").write_text(descriptor("vm", [("d0", "../secret.img", MIB)], []))
    with pytest.raises(OvfError, match="lacks the disk file"):
        raw(read_package(folder / "vm.ovf"), 0)


def test_units() -> None:
    assert units("byte * 2^30") == 1 << 30 and units("MegaBytes") == MIB and units("byte") == 1
    with pytest.raises(OvfError):
        units("furlongs")

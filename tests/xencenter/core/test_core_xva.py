"""core/xva.py without a server: which files can be written or imported, and the checksum verification."""

from __future__ import annotations

import hashlib
import io
import tarfile
from pathlib import Path
from typing import Any

import pytest

from xencenter.core.xva import TransferError, part_path, readable_reason, verify_xva, writable_reason


def xva(path: Path, blocks: dict[str, bytes], sums: dict[str, str]) -> Path:
    with tarfile.open(path, "w") as archive:
        for name, data in [("ova.xml", b"<value/>"), *blocks.items(),
                           *((f"{n}.checksum", s.encode()) for n, s in sums.items())]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


def test_the_checksums_are_verified(tmp_path: Path, qapp: Any) -> None:
    block = b"\x01" * 4096
    good = hashlib.sha1(block, usedforsecurity=False).hexdigest()
    verify_xva(xva(tmp_path / "good.xva", {"Ref:1/00000000": block}, {"Ref:1/00000000": good}))
    with pytest.raises(TransferError, match="block Ref:1/00000000 does not match"):
        verify_xva(xva(tmp_path / "bad.xva", {"Ref:1/00000000": block}, {"Ref:1/00000000": "0" * 40}))
    (tmp_path / "junk.xva").write_bytes(b"junk")
    with pytest.raises(TransferError, match="cannot be read back"):
        verify_xva(tmp_path / "junk.xva")


def test_which_files_can_be_written_and_imported(tmp_path: Path, qapp: Any) -> None:
    assert writable_reason(tmp_path / "a.xva") == ""
    assert "does not exist" in writable_reason(tmp_path / "nope" / "a.xva")
    assert "is a folder" in writable_reason(tmp_path)
    assert part_path(tmp_path / "a.xva").name == "a.xva.part"
    assert "no file" in readable_reason(tmp_path / "missing.xva")
    (tmp_path / "vm.ova").write_bytes(b"x")
    assert readable_reason(tmp_path / "vm.ova") == "", "an OVA is tried (its descriptor is read next)"
    (tmp_path / "vm.qcow2").write_bytes(b"x")
    assert "OVF package" in readable_reason(tmp_path / "vm.qcow2")
    (tmp_path / "vm.txt").write_bytes(b"x")
    assert "Choose an XVA file" in readable_reason(tmp_path / "vm.txt")
    (tmp_path / "vm.xva").write_bytes(b"x")
    assert readable_reason(tmp_path / "vm.xva") == ""

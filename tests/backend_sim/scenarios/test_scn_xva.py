"""Scenario: a VM exported from the course lab as an XVA (/export) imports into the Remote site (/import) with
its disks byte for byte (read back through /export_raw_vdi), its settings and its networks; gzip, curl, a corrupt
checksum, a bad tar and a missing session are refused with clear errors and leave nothing behind."""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import httpx
import pytest

from scnsim import Pool, lab_fixtures

pools, pool = lab_fixtures()
MiB = 1 << 20
DISK_SIZE = 40 * MiB
WRITTEN = {0: os.urandom(MiB), 7: bytes([7]) * MiB, 39: b"tail" * 1000}  # block index -> data at its start


def session_of(pool: Pool) -> str:
    return str(pool.session._session)


def http(pool: Pool) -> httpx.Client:
    return httpx.Client(base_url=pool.url, timeout=60, params={"session_id": session_of(pool)})


def expected_disk() -> bytes:
    disk = bytearray(DISK_SIZE)
    for index, data in WRITTEN.items():
        disk[index * MiB:index * MiB + len(data)] = data
    return bytes(disk)


@pytest.fixture(scope="module")
def source(pools: tuple[Pool, Pool]) -> dict[str, str]:
    """A halted VM on the lab with one 40 MiB data disk holding three written blocks, and a VIF."""
    lab = pools[0]
    x = lab.x
    guest = next(ref for ref, r in x.VM.get_all_records().items()
                 if r["power_state"] == "Halted" and not r["is_a_template"] and not r["is_control_domain"]
                 and not r["is_a_snapshot"])
    vm = lab.run("VM.clone", guest, "xva-source")
    x.VM.set_VCPUs_max(vm, "2")
    x.VM.add_to_other_config(vm, "course", "xva")
    sr = x.pool.get_default_SR(x.pool.get_all()[0])
    vdi = x.VDI.create({"name_label": "xva data", "name_description": "", "SR": sr, "virtual_size": str(DISK_SIZE),
                        "type": "user", "sharable": False, "read_only": False, "other_config": {},
                        "xenstore_data": {}, "sm_config": {}, "tags": []})
    x.VBD.create({"VM": vm, "VDI": vdi, "userdevice": "5", "bootable": False, "mode": "RW", "type": "Disk",
                  "unpluggable": True, "empty": False, "other_config": {}, "qos_algorithm_type": "",
                  "qos_algorithm_params": {}})
    with http(lab) as client:
        for index, data in WRITTEN.items():
            block = bytearray(client.get("/export_raw_vdi", params={"vdi": vdi}).content)
            assert len(block) == DISK_SIZE
            block[index * MiB:index * MiB + len(data)] = data
            reply = client.put("/import_raw_vdi", params={"vdi": vdi, "format": "raw"}, content=bytes(block))
            assert reply.status_code == 200, reply.text
    return {"vm": vm, "vdi": vdi}


def export_xva(lab: Pool, vm: str, **params: str) -> bytes:
    with http(lab) as client:
        reply = client.get("/export", params={"ref": vm, **params})
        assert reply.status_code == 200, reply.text
        return reply.content


def import_xva(far: Pool, body: bytes) -> tuple[httpx.Response, str]:
    task = far.x.task.create("import", "")
    with http(far) as client:
        reply = client.put("/import", params={"task_id": task}, content=body)
    return reply, task


def imported_disk(far: Pool, vm: str, userdevice: str) -> bytes:
    vbd = next(v for v in far.x.VM.get_VBDs(vm) if far.x.VBD.get_userdevice(v) == userdevice)
    with http(far) as client:
        return client.get("/export_raw_vdi", params={"vdi": far.x.VBD.get_VDI(vbd)}).content


def check_imported(far: Pool, task: str) -> str:
    assert far.x.task.get_status(task) == "success", far.x.task.get_error_info(task)
    result = far.x.task.get_result(task)
    assert result.startswith("<value><array><data><value>OpaqueRef:")
    vm = result.split("<value>")[2].split("</value>")[0]
    record = far.x.VM.get_record(vm)
    assert record["name_label"] == "xva-source" and record["VCPUs_max"] == "2"
    assert record["other_config"]["course"] == "xva" and record["power_state"] == "Halted"
    assert hashlib.sha256(imported_disk(far, vm, "5")).digest() == hashlib.sha256(expected_disk()).digest()
    for vif in far.x.VM.get_VIFs(vm):
        assert far.x.VIF.get_network(vif) in far.x.network.get_all()
    return vm


def test_the_source_disk_reads_back_as_written(pools: tuple[Pool, Pool], source: dict[str, str]) -> None:
    with http(pools[0]) as client:
        assert client.get("/export_raw_vdi", params={"vdi": source["vdi"]}).content == expected_disk()


def test_the_xva_is_xapis_format(pools: tuple[Pool, Pool], source: dict[str, str]) -> None:
    body = export_xva(pools[0], source["vm"])
    with tarfile.open(fileobj=io.BytesIO(body)) as tar:
        names = tar.getnames()
        assert names[0] == "ova.xml"
        assert any(n.endswith("/00000007.checksum") for n in names)
        assert not any(n.endswith("/00000006") for n in names)  # zero blocks skipped
        assert any(n.endswith("/00000039") for n in names)
        for name in names:
            if name.endswith(".checksum"):
                block = tar.extractfile(name[:-len(".checksum")]).read()  # type: ignore[union-attr]
                checksum = tar.extractfile(name).read().decode()  # type: ignore[union-attr]
                assert checksum == hashlib.sha1(block).hexdigest()


def test_round_trip_to_the_other_pool(pools: tuple[Pool, Pool], source: dict[str, str]) -> None:
    lab, far = pools
    reply, task = import_xva(far, export_xva(lab, source["vm"]))
    assert reply.status_code == 200, reply.text
    assert check_imported(far, task) == reply.text


def test_gzip_round_trip(pools: tuple[Pool, Pool], source: dict[str, str]) -> None:
    lab, far = pools
    body = export_xva(lab, source["vm"], use_compression="true")
    assert body[:2] == b"\x1f\x8b" and gzip.decompress(body)[257:262] == b"ustar"
    reply, task = import_xva(far, body)
    assert reply.status_code == 200, reply.text
    check_imported(far, task)


def test_curl_round_trip(pools: tuple[Pool, Pool], source: dict[str, str], tmp_path: Path) -> None:
    if shutil.which("curl") is None:
        pytest.skip("curl is not installed")
    lab, far = pools
    path = tmp_path / "vm.xva"
    export_url = f"{lab.url}/export?ref={source['vm']}&session_id={session_of(lab)}"
    subprocess.run(["curl", "-sf", "-o", str(path), export_url], check=True, timeout=60)
    task = far.x.task.create("import", "")
    subprocess.run(["curl", "-sf", "-T", str(path), f"{far.url}/import?session_id={session_of(far)}&task_id={task}"],
                   check=True, timeout=60)
    check_imported(far, task)


def corrupt(body: bytes) -> bytes:
    """The XVA with one byte of block 7 changed (its checksum file left as it was)."""
    out = io.BytesIO()
    with tarfile.open(fileobj=io.BytesIO(body)) as src, \
            tarfile.open(fileobj=out, mode="w", format=tarfile.USTAR_FORMAT) as dst:
        for info in src.getmembers():
            data = src.extractfile(info).read()  # type: ignore[union-attr]
            if info.name.endswith("/00000007"):
                data = b"\x08" + data[1:]
            dst.addfile(info, io.BytesIO(data))
    return out.getvalue()


def vm_count(far: Pool) -> tuple[int, int]:
    return len(far.x.VM.get_all()), len(far.x.VDI.get_all())


def test_a_corrupt_block_is_refused_and_leaves_nothing(pools: tuple[Pool, Pool], source: dict[str, str]) -> None:
    lab, far = pools
    before = vm_count(far)
    reply, task = import_xva(far, corrupt(export_xva(lab, source["vm"])))
    assert reply.status_code == 400
    assert "IMPORT_ERROR" in reply.text and "checksum mismatch in block" in reply.text
    assert far.x.task.get_status(task) == "failure"
    assert far.x.task.get_error_info(task)[0] == "IMPORT_ERROR"
    assert vm_count(far) == before


@pytest.mark.parametrize("body", [b"", b"not a tar at all" * 64, b"\x28\xb5\x2f\xfd" + bytes(600),
                                  b"\x1f\x8b garbage" + bytes(600)])
def test_bad_bodies_are_400_with_a_reason(pools: tuple[Pool, Pool], body: bytes) -> None:
    far = pools[1]
    before = vm_count(far)
    reply, task = import_xva(far, body)
    assert far.x.task.get_status(task) == "failure"
    assert reply.status_code == 400 and "IMPORT_ERROR" in reply.text, reply.text
    assert vm_count(far) == before


def test_no_session_is_refused(pools: tuple[Pool, Pool], source: dict[str, str]) -> None:
    lab = pools[0]
    with httpx.Client(base_url=lab.url, timeout=30) as client:
        assert client.get("/export", params={"ref": source["vm"]}).status_code == 401
        assert client.put("/import", content=b"x").status_code == 401
        assert client.get("/export_raw_vdi", params={"vdi": source["vdi"]}).status_code == 401
        assert client.put("/import_raw_vdi", params={"vdi": source["vdi"]}, content=b"x").status_code == 401


def test_bad_parameters_are_400(pools: tuple[Pool, Pool], source: dict[str, str]) -> None:
    lab = pools[0]
    with http(lab) as client:
        assert client.get("/export").status_code == 400
        assert "HANDLE_INVALID" in client.get("/export", params={"ref": "OpaqueRef:nope"}).text
        assert "zstd" in client.get("/export", params={"ref": source["vm"], "use_compression": "zstd"}).text
        assert client.get("/export_raw_vdi", params={"vdi": source["vdi"], "format": "vhd"}).status_code == 400
        reply = client.put("/import_raw_vdi", params={"vdi": source["vdi"]}, content=bytes(DISK_SIZE + 1))
        assert reply.status_code == 400 and "virtual size" in reply.text
        running = next(ref for ref, r in lab.x.VM.get_all_records().items()
                       if r["power_state"] == "Running" and not r["is_control_domain"])
        assert "VM_BAD_POWER_STATE" in client.get("/export", params={"ref": running}).text

"""model/storage.py directly on a Store (no HTTP): accounting, chains, SR_FULL and the operation rules."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from backend_sim.errors import ApiError
from backend_sim.model import storage
from backend_sim.scenarios.builder import GiB, HostSpec, MiB, PoolBuilder
from backend_sim.store.store import Store
from backend_sim.wire.values import NULL_REF, DateTime

NOW = DateTime("20260301T10:00:00Z")


@dataclass
class Pool:
    store: Store
    hosts: list[str]
    nfs: str
    iscsi: str
    iso: str
    local: str
    vm: str
    disk: str
    cd: str


@pytest.fixture
def pool() -> Pool:
    store = Store(seed=7)
    b = PoolBuilder(store, now=1_700_000_000.0)
    b.pool("Storage test")
    h1 = b.host(HostSpec("h1"))
    h2 = b.host(HostSpec("h2"))
    nfs = b.sr("NFS", "nfs", 100 * GiB, hosts=[h1, h2], shared=True, content_type="user",
               device_config={"server": "192.0.2.1", "serverpath": "/vms"})
    iscsi = b.sr("iSCSI", "lvmoiscsi", 60 * GiB, hosts=[h1, h2], shared=True, content_type="user",
                 device_config={"target": "192.0.2.2", "targetIQN": "iqn.x", "SCSIid": "36001"})
    iso = b.sr("ISO", "iso", 50 * GiB, hosts=[h1, h2], shared=True, content_type="iso",
               device_config={"location": "192.0.2.1:/iso"})
    b.vdi(iso, "install.iso", 600 * MiB, read_only=True)
    vm = b.vm("guest", memory=GiB, disks=[(nfs, 10 * GiB)])
    vbds = {store.get("VBD", v)["type"]: v for v in store.get("VM", vm)["VBDs"]}
    for sr in store.table("SR"):
        storage.refresh_sr(store, sr)
    disk = store.get("VBD", vbds["Disk"])["VDI"]
    return Pool(store, [h1, h2], nfs, iscsi, iso, b.built.local_srs[h1], vm, disk, vbds["CD"])


def assert_sums(store: Store) -> None:
    """Every SR's figures are exactly the sums over its VDIs, and never negative."""
    for ref, sr in store.table("SR").items():
        vdis = [store.get("VDI", v) for v in sr["VDIs"]]
        assert sr["physical_utilisation"] == sum(v["physical_utilisation"] for v in vdis), ref
        assert sr["virtual_allocation"] == sum(v["virtual_size"] for v in vdis if v["managed"]), ref
        assert sr["physical_utilisation"] >= 0
        assert all(v["physical_utilisation"] >= 0 for v in vdis)


def used(store: Store, sr: str) -> int:
    return int(store.get("SR", sr)["physical_utilisation"])


def error_of(exc: pytest.ExceptionInfo[ApiError]) -> list[str]:
    return exc.value.description


def test_refresh_makes_sums_exact(pool: Pool) -> None:
    assert_sums(pool.store)
    vdi = pool.store.get("VDI", pool.disk)
    assert vdi["sm_config"][storage.DATA_KEY] == str(10 * GiB // 3)
    assert vdi["physical_utilisation"] == 10 * GiB // 3 + storage.vhd_overhead(10 * GiB)


def test_create_thin_and_thick(pool: Pool) -> None:
    s = pool.store
    before = used(s, pool.nfs)
    thin = storage.create_vdi(s, pool.nfs, "thin", 500 * GiB)  # thin SRs may be overprovisioned
    assert s.get("VDI", thin)["physical_utilisation"] == storage.vhd_overhead(500 * GiB)
    assert used(s, pool.nfs) == before + storage.vhd_overhead(500 * GiB)
    thick = storage.create_vdi(s, pool.iscsi, "thick", 20 * GiB + 1)
    record = s.get("VDI", thick)
    assert record["virtual_size"] == 20 * GiB + 2 * MiB  # whole VHD blocks
    assert record["physical_utilisation"] == record["virtual_size"] + storage.vhd_overhead(record["virtual_size"])
    assert record["sm_config"]["vdi_type"] == "vhd"
    assert record["SR"] == pool.iscsi and thick in s.get("SR", pool.iscsi)["VDIs"]
    assert_sums(s)
    with pytest.raises(ApiError) as exc:
        storage.create_vdi(s, pool.iscsi, "too big", 50 * GiB)
    assert error_of(exc) == ["SR_FULL", str(used(s, pool.iscsi) + 50 * GiB + storage.vhd_overhead(50 * GiB)),
                             str(60 * GiB)]
    with pytest.raises(ApiError) as exc:
        storage.create_vdi(s, pool.nfs, "huge", 3000 * GiB)
    assert exc.value.code == "SR_BACKEND_FAILURE_79"
    assert_sums(s)


def test_snapshot_chain_shares_blocks(pool: Pool) -> None:
    s = pool.store
    data = 10 * GiB // 3
    before = used(s, pool.nfs)
    snap = storage.snapshot_vdi(s, pool.disk, now=NOW)
    live, shot = s.get("VDI", pool.disk), s.get("VDI", snap)
    base = storage.parent_of(s, pool.disk)
    assert base is not None and storage.parent_of(s, snap) == base
    assert shot["is_a_snapshot"] and shot["snapshot_of"] == pool.disk and shot["snapshot_time"] == NOW
    assert snap in live["snapshots"]
    base_record = s.get("VDI", base)
    assert not base_record["managed"] and base_record["read_only"] and base_record["name_label"] == "base copy"
    assert storage.data_of(base_record) == data and storage.data_of(live) == 0
    # The blocks moved, they were not copied: only two empty VHDs were added.
    assert used(s, pool.nfs) == before + 2 * storage.vhd_overhead(10 * GiB)
    assert storage.content_of(s, pool.disk) == data == storage.content_of(s, snap)
    assert_sums(s)
    # The guest writes: only the live leaf grows.
    assert storage.guest_writes(s, pool.disk, GiB) == GiB
    assert storage.data_of(s.get("VDI", pool.disk)) == GiB and storage.data_of(s.get("VDI", snap)) == 0
    assert used(s, pool.nfs) == before + 2 * storage.vhd_overhead(10 * GiB) + GiB
    second = storage.snapshot_vdi(s, pool.disk, now=NOW)
    assert storage.chain(s, second)[1:] == storage.chain(s, pool.disk)[1:]
    assert len(storage.chain(s, pool.disk)) == 3
    assert_sums(s)


def test_destroying_a_snapshot_coalesces(pool: Pool) -> None:
    s = pool.store
    before = used(s, pool.nfs)
    snap = storage.snapshot_vdi(s, pool.disk, now=NOW)
    storage.guest_writes(s, pool.disk, GiB)
    storage.destroy_vdi(s, snap)
    assert storage.chain(s, pool.disk) == [pool.disk]
    assert storage.data_of(s.get("VDI", pool.disk)) == 10 * GiB // 3 + GiB
    assert used(s, pool.nfs) == before + GiB
    assert s.get("VDI", pool.disk)["snapshots"] == []
    assert_sums(s)


def test_destroying_the_live_disk_keeps_what_snapshots_need(pool: Pool) -> None:
    s = pool.store
    baseline = used(s, pool.nfs) - s.get("VDI", pool.disk)["physical_utilisation"]
    snap = storage.snapshot_vdi(s, pool.disk, now=NOW)
    base = storage.parent_of(s, snap)
    storage.destroy_vdi(s, pool.disk)
    assert s.find("VDI", pool.disk) is None
    assert s.get("VM", pool.vm)["VBDs"] == [pool.cd]  # xapi destroys the disk's VBDs with it
    # One child left: the base copy is coalesced into the snapshot.
    assert s.find("VDI", base) is None and storage.data_of(s.get("VDI", snap)) == 10 * GiB // 3
    storage.destroy_vdi(s, snap)
    assert used(s, pool.nfs) == baseline
    assert_sums(s)


def test_orphan_base_copies_are_collected(pool: Pool) -> None:
    s = pool.store
    baseline = used(s, pool.nfs) - s.get("VDI", pool.disk)["physical_utilisation"]
    a = storage.snapshot_vdi(s, pool.disk, now=NOW)
    b = storage.clone_vdi(s, pool.disk, name_label="clone")
    assert s.get("VDI", b)["name_label"] == "clone" and not s.get("VDI", b)["is_a_snapshot"]
    for vdi in (pool.disk, a, b):
        storage.destroy_vdi(s, vdi)
    assert used(s, pool.nfs) == baseline
    assert all(v["managed"] for v in (s.get("VDI", r) for r in s.get("SR", pool.nfs)["VDIs"]))
    assert_sums(s)


def test_clone_of_a_snapshot_shares_its_parent(pool: Pool) -> None:
    s = pool.store
    snap = storage.snapshot_vdi(s, pool.disk, now=NOW)
    before = used(s, pool.nfs)
    clone = storage.clone_vdi(s, snap)
    assert storage.parent_of(s, clone) == storage.parent_of(s, snap)
    assert used(s, pool.nfs) == before + storage.vhd_overhead(10 * GiB)
    assert_sums(s)


def test_thick_snapshot_deflates_the_base(pool: Pool) -> None:
    s = pool.store
    disk = storage.create_vdi(s, pool.iscsi, "db", 10 * GiB)
    full = 10 * GiB + storage.vhd_overhead(10 * GiB)
    assert storage.guest_writes(s, disk, 3 * GiB) == 3 * GiB
    assert s.get("VDI", disk)["physical_utilisation"] == full  # writes fill an inflated LV
    before = used(s, pool.iscsi)
    snap = storage.snapshot_vdi(s, disk, now=NOW)
    overhead = storage.vhd_overhead(10 * GiB)
    assert s.get("VDI", disk)["physical_utilisation"] == full
    assert s.get("VDI", snap)["physical_utilisation"] == overhead
    assert used(s, pool.iscsi) == before + 3 * GiB + 2 * overhead
    assert storage.snapshot_needs(s, disk) == {pool.iscsi: overhead}  # the leaf has no data of its own yet
    assert_sums(s)


def test_copy_is_full_and_checks_space(pool: Pool) -> None:
    s = pool.store
    storage.snapshot_vdi(s, pool.disk, now=NOW)
    storage.guest_writes(s, pool.disk, GiB)
    content = 10 * GiB // 3 + GiB
    copy = storage.copy_vdi(s, pool.disk, pool.nfs)
    record = s.get("VDI", copy)
    assert storage.chain(s, copy) == [copy] and storage.data_of(record) == content
    assert not record["read_only"] and record["virtual_size"] == 10 * GiB
    assert storage.copy_seconds(s, pool.disk) == pytest.approx(1.0 + content / storage.COPY_BYTES_PER_SECOND)
    thick_copy = storage.copy_vdi(s, pool.disk, pool.iscsi)  # thick: the whole virtual size
    assert s.get("VDI", thick_copy)["physical_utilisation"] == 10 * GiB + storage.vhd_overhead(10 * GiB)
    for _ in range(4):  # 60 GiB hold five inflated 10 GiB copies
        storage.copy_vdi(s, pool.disk, pool.iscsi)
    needed = used(s, pool.iscsi) + 10 * GiB + storage.vhd_overhead(10 * GiB)
    with pytest.raises(ApiError) as exc:
        storage.copy_vdi(s, pool.disk, pool.iscsi)
    assert error_of(exc) == ["SR_FULL", str(needed), str(60 * GiB)]
    assert_sums(s)


def test_copy_into_an_existing_vdi(pool: Pool) -> None:
    s = pool.store
    small = storage.create_vdi(s, pool.nfs, "small", 5 * GiB)
    with pytest.raises(ApiError) as exc:
        storage.copy_vdi(s, pool.disk, pool.nfs, into=small)
    assert error_of(exc) == ["VDI_TOO_SMALL", small, str(10 * GiB)]
    target = storage.create_vdi(s, pool.nfs, "target", 20 * GiB)
    assert storage.copy_vdi(s, pool.disk, NULL_REF, into=target) == target
    assert storage.data_of(s.get("VDI", target)) == 10 * GiB // 3
    assert_sums(s)


def test_resize_grows_only(pool: Pool) -> None:
    s = pool.store
    with pytest.raises(ApiError) as exc:
        storage.resize_vdi(s, pool.disk, GiB)
    assert error_of(exc) == ["SR_BACKEND_FAILURE_79", "", "VDI Invalid size [opterr=shrinking not allowed]", ""]
    storage.resize_vdi(s, pool.disk, 20 * GiB)
    assert s.get("VDI", pool.disk)["virtual_size"] == 20 * GiB
    disk = storage.create_vdi(s, pool.iscsi, "db", 10 * GiB)
    with pytest.raises(ApiError) as exc:
        storage.resize_vdi(s, disk, 100 * GiB)
    assert exc.value.code == "SR_FULL"
    assert s.get("VDI", disk)["virtual_size"] == 10 * GiB
    assert_sums(s)


def test_guest_writes_are_capped(pool: Pool) -> None:
    s = pool.store
    vdi = storage.create_vdi(s, pool.nfs, "big", 2000 * GiB)
    free = storage.sr_free(s, pool.nfs)
    assert storage.guest_writes(s, vdi, 5 * GiB) == 5 * GiB
    assert storage.guest_writes(s, vdi, 1000 * GiB) == free - 5 * GiB  # the SR is now full
    assert storage.sr_free(s, pool.nfs) == 0
    assert storage.guest_writes(s, vdi, 1) == 0
    small = storage.create_vdi(s, pool.iscsi, "small", GiB)
    assert storage.guest_writes(s, small, 2 * GiB) == GiB
    assert_sums(s)


def test_chain_depth_is_limited(pool: Pool) -> None:
    s = pool.store
    for _ in range(storage.MAX_CHAIN - 1):
        storage.guest_writes(s, pool.disk, MiB)
        storage.snapshot_vdi(s, pool.disk, now=NOW)
    storage.guest_writes(s, pool.disk, MiB)
    with pytest.raises(ApiError) as exc:
        storage.snapshot_vdi(s, pool.disk, now=NOW)
    assert exc.value.code == "SR_BACKEND_FAILURE_109"
    assert_sums(s)


def test_device_config_per_driver() -> None:
    cases = [("nfs", {}, "SR_BACKEND_FAILURE_102"), ("nfs", {"server": "a"}, "SR_BACKEND_FAILURE_101"),
             ("nfs", {"server": "a", "serverpath": "x"}, "SR_BACKEND_FAILURE_103"),
             ("lvmoiscsi", {"target": "a"}, "SR_BACKEND_FAILURE_96"),
             ("lvmoiscsi", {"target": "a", "targetIQN": "b"}, "SR_BACKEND_FAILURE_107"),
             ("iso", {}, "SR_BACKEND_FAILURE_94"), ("lvm", {}, "SR_BACKEND_FAILURE_90"),
             ("zfs", {}, "SR_UNKNOWN_DRIVER")]
    for sr_type, config, code in cases:
        with pytest.raises(ApiError) as exc:
            storage.validate_device_config(sr_type, config)
        assert exc.value.code == code, (sr_type, config)
    assert storage.validate_device_config("ext", {"device": "/dev/sdb"}).thin


def test_vdi_rules(pool: Pool) -> None:
    s = pool.store
    storage.refresh_vdi(s, pool.disk)
    assert "resize" in s.get("VDI", pool.disk)["allowed_operations"]
    disk_vbd = next(v for v in s.get("VDI", pool.disk)["VBDs"])
    s.update("VM", pool.vm, {"power_state": "Running"})
    s.update("VBD", disk_vbd, {"currently_attached": True})
    storage.refresh_storage(s, "VM", pool.vm)
    allowed = s.get("VDI", pool.disk)["allowed_operations"]
    assert "snapshot" in allowed and "clone" in allowed and "copy" not in allowed and "resize" not in allowed
    with pytest.raises(ApiError) as exc:
        storage.check_vdi(s, pool.disk, "destroy")
    assert error_of(exc) == ["VDI_IN_USE", pool.disk, "destroy"]
    snap = storage.snapshot_vdi(s, pool.disk, now=NOW)
    base = storage.parent_of(s, snap)
    assert base is not None
    with pytest.raises(ApiError) as exc:
        storage.check_vdi(s, base, "destroy")
    assert error_of(exc) == ["VDI_NOT_MANAGED", base]
    iso_vdi = s.get("SR", pool.iso)["VDIs"][0]
    with pytest.raises(ApiError) as exc:
        storage.check_vdi(s, iso_vdi, "clone")
    assert error_of(exc) == ["SR_OPERATION_NOT_SUPPORTED", pool.iso]
    s.update("VDI", snap, {"current_operations": {"OpaqueRef:task": "copy"}})
    with pytest.raises(ApiError) as exc:
        storage.check_vdi(s, snap, "snapshot")
    assert exc.value.code == "OPERATION_NOT_ALLOWED"
    storage.check_vdi(s, snap, "clone")
    with pytest.raises(ApiError) as exc:
        storage.check_vdi(s, snap, "destroy")
    assert error_of(exc) == ["OTHER_OPERATION_IN_PROGRESS", "VDI", snap, "copy", "OpaqueRef:task"]


def test_sr_rules(pool: Pool) -> None:
    s = pool.store
    assert "destroy" not in s.get("SR", pool.nfs)["allowed_operations"]
    assert "vdi_create" in s.get("SR", pool.nfs)["allowed_operations"]
    with pytest.raises(ApiError) as exc:
        storage.check_sr(s, pool.nfs, "destroy")
    assert error_of(exc) == ["SR_HAS_PBD", pool.nfs]
    for pbd in s.get("SR", pool.nfs)["PBDs"]:
        s.update("PBD", pbd, {"currently_attached": False})
    with pytest.raises(ApiError) as exc:
        storage.check_sr(s, pool.nfs, "destroy")
    assert error_of(exc) == ["SR_NOT_EMPTY"]
    storage.check_sr(s, pool.nfs, "forget")
    with pytest.raises(ApiError) as exc:
        storage.check_sr(s, pool.iso, "vdi_clone")
    assert error_of(exc) == ["SR_OPERATION_NOT_SUPPORTED", pool.iso]
    with pytest.raises(ApiError) as exc:
        storage.assert_sr_plugged(s, pool.nfs)
    assert error_of(exc) == ["SR_HAS_NO_PBDS", pool.nfs]


def test_vbd_rules(pool: Pool) -> None:
    s = pool.store
    disk_vbd = s.get("VDI", pool.disk)["VBDs"][0]
    storage.refresh_storage(s, "VM", pool.vm)
    assert s.get("VBD", pool.cd)["allowed_operations"] == ["attach", "insert"]
    assert s.get("VBD", disk_vbd)["allowed_operations"] == ["attach"]
    table = storage.vbd_errors(s, pool.cd, sharing=True)
    assert table["eject"] is not None and table["eject"].description == ["VBD_IS_EMPTY", pool.cd]
    assert table["plug"] is not None
    assert table["plug"].description == ["VM_BAD_POWER_STATE", pool.vm, "running", "halted"]
    disk_table = storage.vbd_errors(s, disk_vbd, sharing=True)
    assert disk_table["insert"] is not None
    assert disk_table["insert"].description == ["VBD_NOT_REMOVABLE_MEDIA", disk_vbd]
    assert disk_table["unplug"] is not None and disk_table["unplug"].code == "VBD_NOT_UNPLUGGABLE"
    s.update("VM", pool.vm, {"power_state": "Suspended"})
    cd_table = storage.vbd_errors(s, pool.cd, sharing=True)
    assert cd_table["insert"] is not None
    assert cd_table["insert"].description == ["VM_BAD_POWER_STATE", pool.vm, "halted, running", "suspended"]
    s.update("VM", pool.vm, {"power_state": "Running"})
    s.update("VBD", pool.cd, {"currently_attached": True})
    storage.refresh_storage(s, "VM", pool.vm)
    assert s.get("VBD", pool.cd)["allowed_operations"] == ["attach", "insert", "unplug", "unplug_force", "pause",
                                                           "unpause"]


def test_hvm_guests_need_pv_drivers_to_hotplug(pool: Pool) -> None:
    s = pool.store
    s.update("VM", pool.vm, {"power_state": "Running", "domain_type": "hvm", "HVM_boot_policy": "BIOS order"})
    disk_vbd = s.get("VDI", pool.disk)["VBDs"][0]
    s.update("VBD", disk_vbd, {"currently_attached": True})
    table = storage.vbd_errors(s, disk_vbd, sharing=False)
    assert table["unplug"] is not None and table["unplug"].code == "VBD_NOT_UNPLUGGABLE"
    s.update("VBD", disk_vbd, {"unpluggable": True})
    table = storage.vbd_errors(s, disk_vbd, sharing=False)
    assert table["unplug"] is not None and table["unplug"].description == ["VM_MISSING_PV_DRIVERS", pool.vm]
    metrics = s.create("VM_guest_metrics", {"PV_drivers_detected": True, "can_use_hotplug_vbd": "unspecified"})
    s.update("VM", pool.vm, {"guest_metrics": metrics})
    assert storage.vbd_errors(s, disk_vbd, sharing=False)["unplug"] is None
    cd_table = storage.vbd_errors(s, pool.cd, sharing=False)
    assert cd_table["insert"] is None  # HVM CD drives take media; they just cannot be hot-plugged
    assert cd_table["plug"] is not None and cd_table["plug"].code == "OPERATION_NOT_ALLOWED"


def test_guest_writes_keep_sums_exact_incrementally(pool: Pool) -> None:
    s = pool.store
    thick = storage.create_vdi(s, pool.iscsi, "thick", 4 * GiB)
    for vdi, sr in ((pool.disk, pool.nfs), (thick, pool.iscsi)):
        for _ in range(5):
            storage.guest_writes(s, vdi, 700 * MiB)
            assert_sums(s)
        assert used(s, sr) == storage.sr_usage(s, sr)

"""Scenario: IntelliCache on the course lab, on the stepped clock.

Expected behaviour is xapi's (xapi_host.ml enable/disable_local_storage_caching, xapi_vdi.ml set_on_boot and
set_allow_caching): the host must be disabled with no guest running (HOST_NOT_DISABLED, HOST_IN_USE); the SR must
be unshared, on one PBD and of a type whose SM can cache (ext, nfs), else SR_OPERATION_NOT_SUPPORTED; a local SR
of another host is HOST_CANNOT_SEE_SR; the calls need a licence with IntelliCache. A disk whose on_boot is
reset loses what a run wrote. Boots of a caching disk on a caching host read the shared SR once, then the
local cache: the shared SR's read throughput on that host drops while the guest reads as much as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import XenAPI

from scnsim import NULL, GiB, MiB, Pool, lab

BOOT_SAMPLE = 10.0  # seconds into a boot: the read burst is at full strength
NIGHT = 2 * 3600  # 02:00 UTC: the lab's weekday-morning boot storm (07:45-09:00) is hours away


@pytest.fixture(scope="module")
def pool() -> Iterator[Pool]:
    with lab() as (_, session):
        # The load model follows the time of day: boots compared during the morning's storm would differ by it.
        session.step((NIGHT - session.now()) % 86400)
        yield session


def refused(call: Any, *args: Any) -> list[str]:
    with pytest.raises(XenAPI.Failure) as caught:
        call(*args)
    return list(caught.value.details)


def cache_sr(pool: Pool, host: str) -> str:
    return pool.sr(f"Local cache on {pool.x.host.get_name_label(host)}")


def tag(pool: Pool, sr: str) -> str:
    return str(pool.x.SR.get_uuid(sr))[:8]


def host_value(pool: Pool, host: str, source: str) -> float:
    return float(pool.x.host.query_data_source(host, source))


def test_the_lab_hosts_each_have_a_local_ext_sr(pool: Pool) -> None:
    x = pool.x
    for host in x.host.get_all():
        [sr] = [x.PBD.get_SR(p) for p in x.host.get_PBDs(host) if x.SR.get_type(x.PBD.get_SR(p)) == "ext"]
        assert not x.SR.get_shared(sr) and x.SR.get_local_cache_enabled(sr) is False
        assert x.host.get_local_cache_sr(host) == NULL
    nfs_sm = next(sm for sm in x.SM.get_all_records().values() if sm["type"] == "nfs")
    lvm_sm = next(sm for sm in x.SM.get_all_records().values() if sm["type"] == "lvm")
    assert "SR_CACHING" in nfs_sm["capabilities"] and "SR_CACHING" not in lvm_sm["capabilities"]


def test_enabling_follows_xapis_checks(pool: Pool) -> None:
    x = pool.x
    host2, host1 = pool.host("xcp-host2"), pool.host("xcp-host1")
    local = cache_sr(pool, host2)
    assert refused(x.host.enable_local_storage_caching, host2, local) == ["HOST_NOT_DISABLED"]
    x.host.disable(host2)
    db01 = pool.vm("db01")
    assert refused(x.host.enable_local_storage_caching, host2, local) == ["HOST_IN_USE", host2, "vm", db01]
    pool.run("VM.clean_shutdown", db01)
    for wrong in (pool.sr("NFS virtual disks"), pool.local_sr(host2)):  # shared; LVM cannot cache
        assert refused(x.host.enable_local_storage_caching, host2, wrong) == ["SR_OPERATION_NOT_SUPPORTED"]
    other = cache_sr(pool, host1)
    assert refused(x.host.enable_local_storage_caching, host2, other) == ["HOST_CANNOT_SEE_SR", host2, other]
    assert refused(x.host.enable_local_storage_caching, host2, "OpaqueRef:nope")[0] == "HANDLE_INVALID"

    x.host.enable_local_storage_caching(host2, local)
    assert x.host.get_local_cache_sr(host2) == local and x.SR.get_local_cache_enabled(local) is True
    x.host.disable_local_storage_caching(host2)
    assert x.host.get_local_cache_sr(host2) == NULL and x.SR.get_local_cache_enabled(local) is False
    x.host.enable_local_storage_caching(host2, local)
    x.host.enable(host2)
    assert refused(x.host.disable_local_storage_caching, host2) == ["HOST_NOT_DISABLED"]
    assert x.host.get_local_cache_sr(host2) == local


def test_vdi_settings_and_their_refusals(pool: Pool) -> None:
    x = pool.x
    iso = x.VDI.get_by_name_label("debian-12.7.0-amd64-netinst.iso")[0]
    iso_sr = x.VDI.get_SR(iso)
    assert refused(x.VDI.set_on_boot, iso, "reset") == ["SR_OPERATION_NOT_SUPPORTED", iso_sr]
    [web_disk] = pool.disks(pool.vm("web01"))  # web01 runs
    assert refused(x.VDI.set_on_boot, web_disk, "reset") == ["VDI_IN_USE", web_disk, "set_on_boot"]
    [disk] = pool.disks(pool.vm("student-pc2"))  # halted
    assert refused(x.VDI.set_on_boot, disk, "sometimes")[0] in ("INVALID_VALUE", "FIELD_TYPE_ERROR")
    x.VDI.set_on_boot(disk, "reset")
    assert x.VDI.get_on_boot(disk) == "reset"
    assert refused(x.VDI.snapshot, disk, {}) == ["VDI_ON_BOOT_MODE_INCOMPATIBLE_WITH_OPERATION"]
    x.VDI.set_on_boot(disk, "persist")
    x.VDI.set_allow_caching(disk, True)
    assert x.VDI.get_allow_caching(disk) is True
    x.VDI.set_allow_caching(disk, False)
    assert x.VDI.get_allow_caching(disk) is False


def write(pool: Pool, vdi: str, nbytes: int) -> int:
    return int(pool.plugin("disk_write", {"vdi": vdi, "bytes": str(nbytes)}))


def test_on_boot_reset_loses_what_a_run_wrote(pool: Pool) -> None:
    x = pool.x
    vm, host1 = pool.vm("student-pc2"), pool.host("xcp-host1")
    [disk] = pool.disks(vm)
    with pytest.raises(XenAPI.Failure):
        write(pool, disk, MiB)  # no guest has the disk attached
    x.VDI.set_on_boot(disk, "reset")
    before = int(x.VDI.get_physical_utilisation(disk))
    sr_before = int(x.SR.get_physical_utilisation(x.VDI.get_SR(disk)))
    pool.run("VM.start_on", vm, host1, False, False)
    assert write(pool, disk, GiB) == GiB
    assert int(x.VDI.get_physical_utilisation(disk)) == before + GiB
    pool.run("VM.clean_shutdown", vm)
    assert int(x.VDI.get_physical_utilisation(disk)) == before, "the run's writes are gone"
    assert int(x.SR.get_physical_utilisation(x.VDI.get_SR(disk))) == sr_before

    x.VDI.set_on_boot(disk, "persist")
    pool.run("VM.start_on", vm, host1, False, False)
    write(pool, disk, GiB)
    pool.run("VM.clean_shutdown", vm)
    assert int(x.VDI.get_physical_utilisation(disk)) == before + GiB, "a persistent disk keeps them"


def boot_sample(pool: Pool, vm: str, host: str) -> dict[str, float]:
    """Boot `vm` on `host`, read the figures BOOT_SAMPLE seconds in, shut it down again."""
    x = pool.x
    [disk] = pool.disks(vm)
    shared, local = tag(pool, x.VDI.get_SR(disk)), tag(pool, cache_sr(pool, host))
    cache_uuid = x.SR.get_uuid(cache_sr(pool, host))
    pool.run("VM.start_on", vm, host, False, False)
    pool.step(BOOT_SAMPLE)
    figures = {"guest": float(x.VM.query_data_source(vm, "vbd_xvda_read")),
               "shared": host_value(pool, host, f"io_throughput_read_{shared}"),
               "local_read": host_value(pool, host, f"io_throughput_read_{local}"),
               "local_write": host_value(pool, host, f"io_throughput_write_{local}")}
    [nic] = [x.PIF.get_device(p) for p in x.host.get_PIFs(host) if x.PIF.get_management(p)]
    figures["storage_nic_rx"] = host_value(pool, host, f"pif_{nic}_rx")  # NFS is reached by the management NIC
    for name in ("cache_hits", "cache_misses", "cache_size"):  # xcp-rrdd's figures of the cache SR
        figures[name] = host_value(pool, host, f"sr_{cache_uuid}_{name}")
    pool.run("VM.hard_shutdown", vm)
    pool.step(300)  # the next boot starts well clear of this one's samples
    return figures


def test_a_warm_cache_takes_the_boot_storm_off_the_shared_sr(pool: Pool) -> None:
    x = pool.x
    vm, host2 = pool.vm("student-pc2"), pool.host("xcp-host2")
    [disk] = pool.disks(vm)
    assert x.host.get_local_cache_sr(host2) == cache_sr(pool, host2)  # enabled above
    uncached = boot_sample(pool, vm, host2)  # allow_caching is off: nothing changes
    assert uncached["shared"] > 20 and uncached["local_read"] == 0 and uncached["local_write"] == 0

    x.VDI.set_allow_caching(disk, True)
    assert uncached["cache_hits"] == 0 and uncached["cache_misses"] == 0 and uncached["cache_size"] == 0
    cold = boot_sample(pool, vm, host2)  # the first boot fills the cache from the shared SR
    assert cold["shared"] > 20 and cold["local_read"] == 0
    assert cold["local_write"] == pytest.approx(cold["shared"], rel=0.2)
    assert cold["cache_misses"] > 1000 and cold["cache_hits"] == 0
    warm = boot_sample(pool, vm, host2)
    assert warm["shared"] < cold["shared"] / 10, "reads now come from the local cache"
    assert cold["storage_nic_rx"] > 20 * MiB and warm["storage_nic_rx"] < cold["storage_nic_rx"] / 10
    assert warm["local_read"] == pytest.approx(cold["shared"], rel=0.2)
    assert warm["guest"] == pytest.approx(cold["guest"], rel=0.2), "the guest reads as much as before"
    assert warm["cache_hits"] == pytest.approx(cold["cache_misses"], rel=0.2) and warm["cache_misses"] == 0
    assert warm["cache_size"] == int(x.VDI.get_physical_utilisation(disk)) > 0

    host1 = pool.host("xcp-host1")  # no cache there: the shared SR carries every boot
    shared = tag(pool, x.VDI.get_SR(disk))
    pool.run("VM.start_on", vm, host1, False, False)
    pool.step(BOOT_SAMPLE)
    assert host_value(pool, host1, f"io_throughput_read_{shared}") > 20
    pool.run("VM.hard_shutdown", vm)
    x.VDI.set_allow_caching(disk, False)


def test_the_pool_calls_try_every_host_and_name_those_that_failed(pool: Pool) -> None:
    x = pool.x
    the_pool = x.pool.get_all()[0]
    host2, host3 = pool.host("xcp-host2"), pool.host("xcp-host3")
    pool.run("VM.hard_shutdown", pool.vm("router"))  # xcp-host3's only guest
    x.host.disable(host3)
    others = sorted(h for h in x.host.get_all() if h != host3)
    assert refused(x.pool.enable_local_storage_caching, the_pool) == ["HOSTS_FAILED_TO_ENABLE_CACHING", *others]
    assert x.host.get_local_cache_sr(host3) == cache_sr(pool, host3), "the host that could, did"
    assert x.host.get_local_cache_sr(host2) == cache_sr(pool, host2), "a refusing host keeps its cache"
    assert refused(x.pool.disable_local_storage_caching, the_pool) == ["HOSTS_FAILED_TO_DISABLE_CACHING", *others]
    assert x.host.get_local_cache_sr(host3) == NULL and x.SR.get_local_cache_enabled(cache_sr(pool, host3)) is False
    x.host.enable(host3)


def test_the_edition_gates_the_host_calls(pool: Pool) -> None:
    x = pool.x
    the_pool = x.pool.get_all()[0]
    host3 = pool.host("xcp-host3")
    x.pool.apply_edition(the_pool, "free")
    try:
        assert x.pool.get_restrictions(the_pool)["restrict_intellicache"] == "true"
        assert refused(x.host.enable_local_storage_caching, host3, cache_sr(pool, host3)) == \
            ["LICENCE_RESTRICTION", "intellicache"]
        assert refused(x.host.disable_local_storage_caching, host3) == ["LICENCE_RESTRICTION", "intellicache"]
    finally:
        x.pool.apply_edition(the_pool, "xcp-ng")
    assert x.pool.get_restrictions(the_pool)["restrict_intellicache"] == "false"

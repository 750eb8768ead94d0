"""Scenario: Xen's split device drivers as the `sim` plugin shows them for teaching: every disk and
NIC of a running PV guest is a frontend in the guest (blkfront, netfront) paired with a backend in
dom0 (blkback, netback) through xenstore paths; an HVM guest without PV tools uses devices emulated
by qemu in dom0 instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from scnsim import Pool, lab, start_on


@pytest.fixture(scope="module")
def pool() -> Iterator[Pool]:
    with lab() as (_, session):
        yield session


def domain(picture: dict[str, Any], vm: str) -> dict[str, Any]:
    [found] = [d for d in picture["domains"] if d["vm"] == vm]
    return found


def attached_devices(pool: Pool, vm: str) -> tuple[dict[str, str], dict[str, str]]:
    """The VM's plugged VBDs (ref -> device) and VIFs (ref -> device)."""
    x = pool.x
    vbds = {v: x.VBD.get_device(v) for v in x.VM.get_VBDs(vm) if x.VBD.get_currently_attached(v)}
    vifs = {v: x.VIF.get_device(v) for v in x.VM.get_VIFs(vm) if x.VIF.get_currently_attached(v)}
    return vbds, vifs


def test_a_running_pv_guest_pairs_frontends_with_dom0_backends(pool: Pool) -> None:
    x = pool.x
    host1 = pool.host("xcp-host1")
    web01 = pool.vm("web01")
    picture = pool.split_drivers(host1)
    assert picture["dom0"] == {"vm": x.host.get_control_domain(host1), "domid": 0}
    running = {vm for vm in x.host.get_resident_VMs(host1) if not x.VM.get_is_control_domain(vm)}
    assert {d["vm"] for d in picture["domains"]} == running, "one entry per running guest on this host"

    guest = domain(picture, web01)
    domid = int(x.VM.get_domid(web01))
    assert (guest["type"], guest["pv_drivers"], guest["domid"]) == ("pv", True, domid)
    vbds, vifs = attached_devices(pool, web01)
    disks = [d for d in guest["devices"] if d["kind"] == "vbd"]
    nics = [d for d in guest["devices"] if d["kind"] == "vif"]
    assert {d["ref"]: d["device"] for d in disks} == vbds
    assert {d["ref"] for d in nics} == set(vifs) and vifs
    for device in disks:
        assert (device["frontend"], device["backend"]) == ("blkfront", "blkback")
        assert device["backend_path"] == f"/local/domain/0/backend/vbd/{domid}/{device['devid']}"
        assert device["frontend_path"] == f"/local/domain/{domid}/device/vbd/{device['devid']}"
        assert device["state"].startswith("4")  # XenbusStateConnected
    for device in nics:
        network = x.VIF.get_network(device["ref"])
        assert (device["frontend"], device["backend"]) == ("netfront", "netback")
        assert device["device"] == f"vif{domid}.{vifs[device['ref']]}"
        assert device["backend_path"] == f"/local/domain/0/backend/vif/{domid}/{vifs[device['ref']]}"
        assert device["target"] == x.network.get_bridge(network)


def test_an_hvm_guest_with_pv_tools_also_uses_split_drivers(pool: Pool) -> None:
    x = pool.x
    win2022 = pool.vm("win2022")
    assert x.VM.get_guest_metrics(win2022) != "OpaqueRef:NULL"
    guest = domain(pool.split_drivers(x.VM.get_resident_on(win2022)), win2022)
    assert (guest["type"], guest["pv_drivers"]) == ("hvm", True)
    assert {(d["frontend"], d["backend"]) for d in guest["devices"]} == {("blkfront", "blkback"),
                                                                           ("netfront", "netback")}


def test_an_hvm_guest_without_tools_has_emulated_devices(pool: Pool) -> None:
    x = pool.x
    host2 = pool.host("xcp-host2")
    win7 = pool.vm("win7-legacy")
    assert all(d["vm"] != win7 for d in pool.split_drivers(host2)["domains"]), "a halted guest has no devices"
    start_on(pool, win7, host2)
    pool.step(60)
    guest = domain(pool.split_drivers(host2), win7)
    assert (guest["type"], guest["pv_drivers"], guest["domid"]) == ("hvm", False, int(x.VM.get_domid(win7)))
    vbds, vifs = attached_devices(pool, win7)
    assert {d["ref"] for d in guest["devices"]} == set(vbds) | set(vifs)
    for device in guest["devices"]:
        assert device["frontend"] not in ("blkfront", "netfront"), device
        assert "emulated" in device["frontend"], device
        assert "qemu" in device["backend"], device

    pool.run("VM.hard_shutdown", win7)
    assert all(d["vm"] != win7 for d in pool.split_drivers(host2)["domains"]), "gone with the domain"

"""The load model: seeded and random-access, workloads that differ, hosts that follow their guests and
dom0's split-driver I/O, migration traffic on both hosts, and a boot's burst."""

from __future__ import annotations

import dataclasses

import numpy as np

from backend_sim.perf.load import LoadModel
from backend_sim.perf.view import DiskState, GuestState, HostState, Migration, NicState
from backend_sim.perf.workloads import WORKLOADS

T0 = 1_800_000_000.0  # a Friday, 08:00 UTC
TIMES = T0 + 5.0 * np.arange(720)  # one hour
HOST = HostState("host-a", cpus=8, memory_total=64 << 30, memory_free=20 << 30, dom0_vcpus=4,
                 pifs=("eth0", "eth1"), srs=("5a1d-sr",))


def guest(name: str, workload: str, **changes: object) -> GuestState:
    base = GuestState(uuid=name, host_uuid="host-a", vcpus=2, memory_actual=4 << 30, memory_target=4 << 30,
                      workload=workload, started_at=0.0, has_agent=True,
                      disks=(DiskState("xvda", "5a1d-sr"),), nics=(NicState("0", "eth0"),))
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_same_seed_same_past_and_one_instant_agrees_with_a_stretch() -> None:
    g = guest("vm-1", "web")
    first, second = LoadModel(3).guest(g, TIMES), LoadModel(3).guest(g, TIMES)
    assert all(np.array_equal(first[k], second[k]) for k in first)
    one = LoadModel(3).guest(g, TIMES[100:101])
    assert all(one[k][0] == first[k][100] for k in first)
    assert not np.array_equal(LoadModel(4).guest(g, TIMES)["cpu0"], first["cpu0"])


def test_every_workload_gives_every_standard_figure_in_range() -> None:
    for name in WORKLOADS:
        series = LoadModel(1).guest(guest("vm", name), TIMES)
        assert ((series["cpu0"] >= 0) & (series["cpu0"] <= 1)).all()
        free = series["memory_internal_free"] * 1024
        assert ((free > 0) & (free < 4 << 30)).all()
        assert (series["vbd_xvda_read"] >= 0).all() and (series["vif_0_tx"] >= 0).all()


def test_workloads_differ_as_described() -> None:
    model = LoadModel(1)
    idle, batch, db = (model.guest(guest(n, n), TIMES) for n in ("idle", "batch", "database"))
    assert idle["cpu0"].mean() < 0.05
    running = (TIMES % 3600) < 1440
    assert batch["cpu0"][running].mean() > 0.8 > 0.2 > batch["cpu0"][~running].mean()
    assert db["vbd_xvda_read"].mean() > 50 * idle["vbd_xvda_read"].mean()
    assert (db["memory_internal_free"] < idle["memory_internal_free"]).mean() > 0.95


def test_a_boot_is_a_burst_that_fades() -> None:
    series = LoadModel(1).guest(guest("vm", "idle", started_at=T0), TIMES)
    assert series["cpu0"][:6].mean() > 0.7 and series["cpu0"][100:].mean() < 0.05
    assert series["vbd_xvda_read"][0] > 20 * 1024 * 1024


def test_a_host_follows_its_guests_and_dom0_works_for_their_io() -> None:
    model = LoadModel(1)
    quiet = [(g, model.guest(g, TIMES)) for g in [guest(f"vm{i}", "idle") for i in range(4)]]
    busy = [(g, model.guest(g, TIMES)) for g in [guest(f"vm{i}", "batch", vcpus=4) for i in range(4)]]
    empty = model.host(HOST, [], TIMES)
    calm, loaded = model.host(HOST, quiet, TIMES), model.host(HOST, busy, TIMES)
    assert empty["cpu_avg"].mean() < calm["cpu_avg"].mean() < loaded["cpu_avg"].mean()
    assert loaded["loadavg"].mean() > calm["loadavg"].mean()  # dom0 carries the batch jobs' disk I/O
    assert loaded["running_vcpus"][0] == 16 + 4 and loaded["running_domains"][0] == 5
    guest_tx = sum(s["vif_0_tx"] for _, s in busy)
    assert np.all(loaded["pif_eth0_tx"] >= 0.9 * guest_tx) and np.all(loaded["pif_eth1_tx"] == 0)
    assert np.allclose(loaded["pif_aggr_rx"], loaded["pif_eth0_rx"] + loaded["pif_eth1_rx"])
    io = sum(s["vbd_xvda_read"] + s["vbd_xvda_write"] for _, s in busy) / (1024 * 1024)
    assert np.allclose(loaded["io_throughput_total_5a1d-sr"], io, rtol=1e-3, atol=1e-3)


def test_a_migration_shows_on_both_hosts_interfaces() -> None:
    model = LoadModel(1)
    other = dataclasses.replace(HOST, uuid="host-b")
    move = Migration("host-a", "host-b", "eth0", "eth1", rate=100e6)
    source = model.host(HOST, [], TIMES[:1], migrations=[move])
    target = model.host(other, [], TIMES[:1], migrations=[move])
    assert source["pif_eth0_tx"][0] > 90e6 and source["pif_eth0_rx"][0] < 1e5
    assert target["pif_eth1_rx"][0] > 90e6 and target["pif_eth1_tx"][0] < 1e5

"""Scenario: workload balancing answered by the simulator's built-in engine, on the course lab's stepped clock.

Expected behaviour is xapi's (ocaml/xapi/workload_balancing.ml): the calls are gated by the edition; before
pool.initialize_wlb they fail with WLB_NOT_INITIALIZED, and the recommendation calls with WLB_DISABLED until
wlb_enabled; VM.retrieve_wlb_recommendations maps every host to ["WLB", stars, rec id] or
["WLB", "0.0", rec id, reason]; pool.retrieve_wlb_recommendations maps a VM to ["WLB", host uuid, opt id, rec id,
reason]. The engine itself is the simulator's (model/wlb.py), selected by the URL "sim://wlb".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import XenAPI

from scnsim import Pool, clone_guest, lab, start_on

BUILTIN = "sim://wlb"


NIGHT = 3.5 * 3600  # 03:30 UTC: office-hours workloads asleep and the hourly jobs done, whenever the test runs


@pytest.fixture(scope="module")
def pool() -> Iterator[Pool]:
    with lab() as (_, session):
        # The load model follows the time of day: ratings compared at a fixed hour cannot tie by chance.
        session.step((NIGHT - session.now()) % 86400 + 600)
        yield session


def refused(call: Any, *args: Any) -> list[str]:
    with pytest.raises(XenAPI.Failure) as caught:
        call(*args)
    return list(caught.value.details)


def pool_ref(pool: Pool) -> str:
    return str(pool.x.pool.get_all()[0])


def stars(pool: Pool, vm: str) -> dict[str, float]:
    recs = pool.x.VM.retrieve_wlb_recommendations(vm)
    return {pool.x.host.get_name_label(h): float(rec[1]) for h, rec in recs.items()}


@pytest.fixture
def connected(pool: Pool) -> Iterator[Pool]:
    x = pool.x
    x.pool.initialize_wlb(BUILTIN, "wlbuser", "wlbpass", "root", "secret")
    x.pool.set_wlb_enabled(pool_ref(pool), True)
    try:
        yield pool
    finally:
        x.pool.deconfigure_wlb()


def test_calls_fail_until_initialised_and_enabled(pool: Pool) -> None:
    x = pool.x
    vm = pool.vm("student-pc2")
    assert refused(x.pool.retrieve_wlb_configuration) == ["WLB_NOT_INITIALIZED"]
    assert refused(x.pool.send_wlb_configuration, {"OptimizationMode": "MaxDensity"}) == ["WLB_NOT_INITIALIZED"]
    assert refused(x.VM.retrieve_wlb_recommendations, vm) == ["WLB_NOT_INITIALIZED"]
    assert refused(x.pool.retrieve_wlb_recommendations) == ["WLB_NOT_INITIALIZED"]
    assert refused(x.pool.deconfigure_wlb) == ["WLB_NOT_INITIALIZED"]
    assert refused(x.pool.initialize_wlb, "not a url", "u", "p", "root", "s") == ["WLB_URL_INVALID", "not a url"]
    assert refused(x.pool.initialize_wlb, "wlb.example.com:8012", "u", "p", "root", "s") == \
        ["WLB_CONNECTION_REFUSED"], "the simulator reaches no real appliance"
    assert refused(x.pool.initialize_wlb, BUILTIN, "", "p", "root", "s") == ["WLB_AUTHENTICATION_FAILED"]
    assert x.pool.get_wlb_url(pool_ref(pool)) == ""

    x.pool.initialize_wlb(BUILTIN, "wlbuser", "wlbpass", "root", "secret")
    try:
        record = x.pool.get_record(pool_ref(pool))
        assert (record["wlb_url"], record["wlb_username"], record["wlb_enabled"]) == (BUILTIN, "wlbuser", False)
        assert "wlbpass" not in str(record), "the password is kept out of the pool record"
        assert x.pool.retrieve_wlb_configuration()["OptimizationMode"] == "MaxPerformance"
        assert refused(x.VM.retrieve_wlb_recommendations, vm) == ["WLB_DISABLED"]
        assert refused(x.pool.retrieve_wlb_recommendations) == ["WLB_DISABLED"]
    finally:
        x.pool.deconfigure_wlb()
    record = x.pool.get_record(pool_ref(pool))
    assert (record["wlb_url"], record["wlb_username"], record["wlb_enabled"]) == ("", "", False)


def test_configuration_is_checked_and_kept(connected: Pool) -> None:
    x = connected.x
    assert refused(x.pool.send_wlb_configuration, {"OptimizationMode": "Fastest"}) == \
        ["INVALID_VALUE", "OptimizationMode", "Fastest"]
    assert refused(x.pool.send_wlb_configuration, {"HostCpuThresholdHigh": "lots"}) == \
        ["INVALID_VALUE", "HostCpuThresholdHigh", "lots"]
    x.pool.send_wlb_configuration({"OptimizationMode": "MaxDensity", "HostCpuThresholdHigh": "70"})
    config = x.pool.retrieve_wlb_configuration()
    assert (config["OptimizationMode"], config["HostCpuThresholdHigh"]) == ("MaxDensity", "70")


def test_ratings_have_xapis_shape_and_order_by_headroom(connected: Pool) -> None:
    x = connected.x
    vm = connected.vm("student-pc2")
    recs = x.VM.retrieve_wlb_recommendations(vm)
    assert set(recs) == set(x.host.get_all()), "one rating per host"
    for rec in recs.values():
        assert rec[0] == "WLB" and len(rec) == 3 and 0.0 < float(rec[1]) <= 5.0 and rec[2].isdigit()
    rated = stars(connected, vm)
    # host1: 32 GiB and 8 CPUs mostly idle; host3: 8 GiB and 2 CPUs
    assert rated["xcp-host1"] > rated["xcp-host3"]

    x.pool.send_wlb_configuration({"OptimizationMode": "MaxDensity"})
    try:
        dense = stars(connected, vm)
        assert dense["xcp-host3"] > dense["xcp-host1"], "MaxDensity prefers the fuller host"
    finally:
        x.pool.send_wlb_configuration({"OptimizationMode": "MaxPerformance"})

    host2 = connected.host("xcp-host2")
    x.host.disable(host2)
    try:
        assert x.VM.retrieve_wlb_recommendations(vm)[host2] == ["WLB", "0.0", "2", "HOST_DISABLED"]
    finally:
        x.host.enable(host2)


def test_ratings_fall_as_a_host_fills_up(connected: Pool) -> None:
    x = connected.x
    host2 = connected.host("xcp-host2")  # 16 GiB, about 10 free
    candidate = clone_guest(connected, "student-pc2", "wlb-candidate")
    x.VM.set_memory_limits(candidate, *[str(1024 << 20)] * 4)  # no ballooning: it needs its full GiB
    before = stars(connected, candidate)["xcp-host2"]
    fillers: list[str] = []

    def fill(mib: int) -> None:
        vm = clone_guest(connected, "win7-legacy", f"wlb-filler-{len(fillers)}")
        fillers.append(vm)
        x.VM.set_memory_limits(vm, *[str(mib << 20)] * 4)
        start_on(connected, vm, host2)

    try:
        fill(3072)
        fill(3072)
        after = x.VM.retrieve_wlb_recommendations(candidate)[host2]
        assert float(after[1]) < before, (before, after)
        while float(x.VM.retrieve_wlb_recommendations(candidate)[host2][1]) > 0:
            fill(512)
            assert len(fillers) < 24, "host2 must fill up"
        assert x.VM.retrieve_wlb_recommendations(candidate)[host2][3] == "HOST_NOT_ENOUGH_FREE_MEMORY"
        assert stars(connected, candidate)["xcp-host1"] > 0, "the other hosts still take it"
    finally:
        for vm in fillers:
            if x.VM.get_power_state(vm) == "Running":
                connected.run("VM.hard_shutdown", vm)
            connected.run("VM.destroy", vm)
        connected.run("VM.destroy", candidate)


def test_an_overloaded_host_gets_a_move_recommended(connected: Pool) -> None:
    x = connected.x
    host3 = connected.host("xcp-host3")  # 2 CPUs
    assert x.pool.retrieve_wlb_recommendations() == {}, "the lab is balanced at the default thresholds"
    busy = clone_guest(connected, "student-pc2", "wlb-busy")
    try:
        x.VM.set_VCPUs_max(busy, "2")
        x.VM.set_VCPUs_at_startup(busy, "2")
        connected.plugin("set_workload", {"vm": busy, "workload": "install"})  # 60% of each vCPU, always
        start_on(connected, busy, host3)
        connected.step(60)
        assert x.pool.retrieve_wlb_recommendations() == {}, "60% of host3 is under the default 85%"
        x.pool.send_wlb_configuration({"HostCpuThresholdHigh": "50"})
        recs = x.pool.retrieve_wlb_recommendations()
        assert list(recs) == [busy], recs
        tag, target_uuid, opt_id, rec_id, reason = recs[busy]
        assert (tag, rec_id, reason) == ("WLB", "1", "CPU") and opt_id.isdigit()
        target = x.host.get_by_uuid(target_uuid)
        assert target != host3

        connected.run("VM.pool_migrate", busy, target, {"live": "true"})
        assert x.pool.retrieve_wlb_recommendations() == {}, "applied: host3 is back under"
    finally:
        x.pool.send_wlb_configuration({"HostCpuThresholdHigh": "85"})
        connected.run("VM.hard_shutdown", busy)
        connected.run("VM.destroy", busy)


def test_the_feature_is_gated_by_the_edition(connected: Pool) -> None:
    x = connected.x
    ref = pool_ref(connected)
    x.pool.apply_edition(ref, "free")
    try:
        assert refused(x.pool.retrieve_wlb_recommendations) == ["LICENCE_RESTRICTION", "wlb"]
        assert refused(x.VM.retrieve_wlb_recommendations, connected.vm("student-pc2")) == \
            ["LICENCE_RESTRICTION", "wlb"]
        assert refused(x.pool.set_wlb_enabled, ref, True) == ["LICENCE_RESTRICTION", "wlb"]
        assert refused(x.pool.initialize_wlb, BUILTIN, "u", "p", "root", "s") == ["LICENCE_RESTRICTION", "wlb"]
    finally:
        x.pool.apply_edition(ref, "xcp-ng")
    assert x.pool.retrieve_wlb_recommendations() == {}


def test_the_sim_plugin_turns_the_engine_on(pool: Pool) -> None:
    import json

    answer = json.loads(pool.plugin("wlb_on"))
    try:
        assert answer["builtin"] and answer["enabled"] and answer["url"] == BUILTIN
        assert pool.x.pool.get_wlb_enabled(pool_ref(pool))
        assert stars(pool, pool.vm("student-pc2"))
    finally:
        pool.x.pool.deconfigure_wlb()

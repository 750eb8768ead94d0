"""Scenario: Xen's memory accounting on the course lab and the Remote site (reference §2.4, §7):
dom0 sizing per release, host.memory_overhead, VM.memory_overhead by xenopsd's model, and the
free-memory identity at every step of the clock while guests change state.
"""

from __future__ import annotations

import pytest

from scnsim import NULL, GiB, MiB, Pool, clone_guest, expected_overhead, lab_fixtures, overhead_mib, start_on

pools, pool = lab_fixtures()


def test_lab_hosts_have_their_ram_and_dom0_takes_1_gib_plus_5_percent(pool: Pool) -> None:
    x = pool.x
    sizes = {"xcp-host1": 32 * GiB, "xcp-host2": 16 * GiB, "xcp-host3": 8 * GiB}
    for name, ram in sizes.items():
        host = x.host.get_record(pool.host(name))
        assert int(x.host_metrics.get_memory_total(host["metrics"])) == ram
        dom0 = x.VM.get_record(host["control_domain"])
        assert dom0["is_control_domain"] and dom0["resident_on"] == pool.host(name)
        assert (dom0["power_state"], dom0["domid"]) == ("Running", "0")
        target = int(dom0["memory_target"])
        assert abs(target - (GiB + ram / 20)) < MiB, f"{name}: dom0 {target / MiB:.0f} MiB"
        assert {int(dom0[f"memory_{k}"]) for k in ("static_max", "dynamic_min", "dynamic_max")} == {target}
        assert pool.actual(host["control_domain"]) == target
        assert 0 < int(host["memory_overhead"]) < 2 * GiB, "Xen's own memory: about 1 GiB or less"
    pool.check_memory()


def test_the_xcp_16_host_has_a_752_mib_dom0_and_xen_plus_dom0_take_about_800_mib(pools: tuple[Pool, Pool]) -> None:
    _, far = pools
    x = far.x
    [host_ref] = x.host.get_all()
    host = x.host.get_record(host_ref)
    assert host["software_version"]["product_version"].startswith("1.6")
    assert int(x.host_metrics.get_memory_total(host["metrics"])) == 2 * GiB
    dom0 = x.VM.get_record(host["control_domain"])
    assert int(dom0["memory_target"]) == 752 * MiB
    assert int(dom0["memory_static_max"]) == 752 * MiB
    xen_and_dom0 = int(host["memory_overhead"]) + int(dom0["memory_target"]) + int(dom0["memory_overhead"])
    assert abs(xen_and_dom0 - 800 * MiB) <= 16 * MiB, f"Xen + dom0 = {xen_and_dom0 / MiB:.0f} MiB"
    free = far.check_memory()[host_ref]
    backup01 = x.VM.get_record(far.vm("backup01"))
    assert backup01["power_state"] == "Running"
    assert free == 2 * GiB - xen_and_dom0 - int(backup01["memory_target"]) - int(backup01["memory_overhead"])


@pytest.mark.parametrize("guest", ["web01", "db01", "router", "win2022"])
def test_running_guest_overhead_follows_xenopsd(pool: Pool, guest: str) -> None:
    record = pool.x.VM.get_record(pool.vm(guest))
    assert record["power_state"] == "Running"
    assert int(record["memory_overhead"]) == expected_overhead(record), \
        f"{guest}: {int(record['memory_overhead']) / MiB:g} MiB, xenopsd says {expected_overhead(record) / MiB:g} MiB"


def test_the_overhead_formula_matches_the_reference_example() -> None:
    # Reference §2.4: HVM, 4 GiB, 2 vCPUs, multiplier 1.0 -> 1 + 1 + 34 + 1 = 37 MiB.
    assert overhead_mib(4 * GiB, 2, hvm=True) == 37
    assert overhead_mib(4 * GiB, 2, hvm=True, multiplier=2.0) == 1 + 1 + 68 + 1
    assert overhead_mib(GiB, 1, hvm=False) == 0 + 1 + 9 + 1


def test_hvm_overhead_grows_with_the_shadow_multiplier(pool: Pool) -> None:
    x = pool.x
    vm = clone_guest(pool, "win7-legacy", "mem-shadow")
    x.VM.set_HVM_shadow_multiplier(vm, 2.0)
    start_on(pool, vm, pool.host("xcp-host2"))
    record = x.VM.get_record(vm)
    assert int(record["memory_overhead"]) == overhead_mib(2 * GiB, 1, hvm=True, multiplier=2.0) * MiB
    pool.check_memory()
    pool.run("VM.hard_shutdown", vm)


def test_halted_vm_overhead_is_kept_up_to_date(pool: Pool) -> None:
    """xapi recomputes VM.memory_overhead whenever the configuration changes, not only at boot."""
    x = pool.x
    win7 = x.VM.get_record(pool.vm("win7-legacy"))
    assert win7["power_state"] == "Halted"
    assert int(win7["memory_overhead"]) == expected_overhead(win7)
    vm = clone_guest(pool, "win7-legacy", "mem-halted")
    x.VM.set_VCPUs_max(vm, "4")
    assert int(x.VM.get_memory_overhead(vm)) == overhead_mib(2 * GiB, 4, hvm=True) * MiB
    x.VM.set_memory_limits(vm, str(256 * MiB), str(4 * GiB), str(4 * GiB), str(4 * GiB))
    assert int(x.VM.get_memory_overhead(vm)) == overhead_mib(4 * GiB, 4, hvm=True) * MiB


def test_free_memory_is_exact_at_every_clock_step_through_a_guest_life(pool: Pool) -> None:
    x = pool.x
    vm = clone_guest(pool, "student-pc2", "mem-walk")
    host2 = pool.host("xcp-host2")
    baseline = pool.check_memory()
    for method, args in (("VM.start_on", (host2, False, False)), ("VM.pause", ()), ("VM.unpause", ()),
                         ("VM.clean_reboot", ()), ("VM.suspend", ()), ("VM.resume_on", (host2, False, False)),
                         ("VM.clean_shutdown", ())):
        task = pool.begin(method, vm, *args)
        for _ in range(120):
            pool.step(0.5)
            free = pool.check_memory()
            if x.task.get_status(task) != "pending":
                break
        assert x.task.get_status(task) == "success", (method, x.task.get_error_info(task))
        record = x.VM.get_record(vm)
        if record["power_state"] in ("Running", "Paused"):
            footprint = int(record["memory_target"]) + int(record["memory_overhead"])
            assert free[host2] == baseline[host2] - footprint, method
        else:
            assert record["resident_on"] == NULL
            assert free == baseline, method

"""Scenario: pool.eject leaves a standalone host with a pool of its own, as xapi does: the same process serves
it on a port of its own (with a ready line like the others'), and it can join the lab again.
"""

from __future__ import annotations

import time

from conftest import READY, SimServer
from scnsim import Pool, lab


def new_pool_url(server: SimServer, known: set[str]) -> str:
    """The URL of a pool whose ready line appeared after the start."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        for line in list(server.output_tail):
            match = READY.search(line)
            if match and match[1] not in known:
                return str(match[1])
        time.sleep(0.05)
    raise AssertionError(f"no new pool was announced: {server.output_tail[-5:]}")


def test_eject_leaves_a_standalone_pool_that_can_join_again() -> None:
    with lab() as (server, pool):
        x = pool.x
        host3 = pool.host("xcp-host3")
        host3_uuid = x.host.get_uuid(host3)
        local = pool.local_sr(host3)
        cache = pool.sr("Local cache on xcp-host3")  # its ext SR (IntelliCache's)
        assert pool.fails("pool.eject", pool.master())[0] == "OPERATION_NOT_ALLOWED"
        assert pool.fails("pool.eject", host3)[0] == "HOST_IN_USE", "the router still runs there"
        pool.run("VM.hard_shutdown", pool.vm("router"))
        known = {READY.search(line)[1] for line in server.output_tail if READY.search(line)}  # type: ignore[index]
        pool.run("pool.eject", host3)

        assert host3 not in x.host.get_all() and len(x.host.get_all()) == 2
        assert local not in x.SR.get_all() and cache not in x.SR.get_all(), "its local storage left with it"
        for pif in x.PIF.get_all_records().values():
            assert pif["host"] != host3
        for sr in x.SR.get_all_records().values():
            if sr["shared"]:
                assert len(sr["PBDs"]) == 2

        standalone = Pool(new_pool_url(server, known), server.user, server.password)
        try:
            y = standalone.x
            [me] = y.host.get_all()
            assert me == host3 and y.host.get_uuid(me) == host3_uuid, "the same host"
            assert standalone.master() == me and y.pool.get_name_label(y.pool.get_all()[0]) == ""
            assert y.host_metrics.get_live(y.host.get_metrics(me)) is True
            [dom0] = [vm for vm in y.VM.get_all() if y.VM.get_is_control_domain(vm)]
            assert y.VM.get_power_state(dom0) == "Running"
            srs = y.SR.get_all_records()
            assert sorted(srs) == sorted([local, cache]), "its local SRs"
            assert srs[local]["VDIs"] == [] and srs[cache]["VDIs"] == [], "emptied"
            assert y.pool.get_default_SR(y.pool.get_all()[0]) == local
            pifs = y.PIF.get_all_records().values()
            assert sorted(p["device"] for p in pifs) == ["eth0", "eth1", "eth2", "eth3"]
            assert all(p["physical"] and p["bond_slave_of"] == "OpaqueRef:NULL" for p in pifs)
            assert len({p["network"] for p in pifs}) == 4, "a network of its own per NIC"
            assert sum(p["management"] for p in pifs) == 1
            assert y.role.get_all() and y.SM.get_all()
            assert y.VM.get_all_records_where('field "is_a_template" = "true"') == {}

            master_address = pool.url.removeprefix("http://")
            assert y.host.get_external_auth_type(me) == "", "xapi leaves the domain on eject"
            assert standalone.fails("pool.join", master_address, server.user, server.password) == \
                ["POOL_JOINING_EXTERNAL_AUTH_MISMATCH"], "the lab is in the class's domain"
            y.pool.enable_external_auth(y.pool.get_all()[0], {}, "course.lab", "AD")
            standalone.begin("pool.join", master_address, server.user, server.password)
            pool.step(20)  # the clock is the process's: the lab steps it for both
        finally:
            standalone.session("close")()
        assert host3 in x.host.get_all(), "joined back"
        assert x.host_metrics.get_live(x.host.get_metrics(host3)) is True

"""Scenario: pool.join's pre-join checks and CPU levelling (the course's heterogeneous pools).

The demo's spare host has a newer CPU than the lab's (more cpuid features, same vendor) and is in the class's
domain. Joining levels it down to the lab's features (masking, licensed in every edition but XenServer Free);
in a Free pool xapi refuses with POOL_HOSTS_NOT_HOMOGENEOUS ["CPUs differ"] unless forced; the editions must
match; HA on either side refuses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from conftest import READY, start_sim
from scnsim import Pool

SPARE = "Spare host"
CREDENTIALS: list[str] = []


@pytest.fixture()
def pools() -> Iterator[tuple[Pool, Pool, str]]:
    server = start_sim("--scenario", "demo", "--manual-clock", pools=3)  # the lab, the remote site, the spare
    try:
        url = next(m[1] for m in map(READY.search, server.extra_lines) if m and m[4].strip() == SPARE)
        main, spare = Pool(server.url, server.user, server.password), Pool(url, server.user, server.password)
        try:
            CREDENTIALS[:] = [server.user, server.password]
            yield main, spare, main.url.removeprefix("http://")
        finally:
            spare.session("close")()  # no logout: a joined member answers HOST_IS_SLAVE
            main.close()
    finally:
        server.stop()


def _apply_edition(pool: Pool, edition: str) -> None:
    pool.x.pool.apply_edition(pool.x.pool.get_all()[0], edition)


def test_a_newer_cpu_joins_masked_to_the_pools_level(pools: tuple[Pool, Pool, str]) -> None:
    main, spare, address = pools
    x, y = main.x, spare.x
    [me] = y.host.get_all()
    own = y.host.get_cpu_info(me)
    lab_cpu = x.pool.get_cpu_info(x.pool.get_all()[0])
    assert own["vendor"] == lab_cpu["vendor"] and own["features_hvm_host"] != lab_cpu["features_hvm"]
    assert lab_cpu["cpu_count"] == str(sum(int(x.host.get_cpu_info(h)["cpu_count"]) for h in x.host.get_all()))

    spare.begin("pool.join", address, *CREDENTIALS)
    main.step(20)
    assert me in x.host.get_all()
    info = x.host.get_cpu_info(me)
    level = x.pool.get_cpu_info(x.pool.get_all()[0])
    assert info["features_hvm_host"] == own["features_hvm_host"], "its own CPU is unchanged"
    assert info["features_hvm"] == level["features_hvm"] == lab_cpu["features_hvm"], "masked to the lab's level"
    assert int(level["cpu_count"]) == int(lab_cpu["cpu_count"]) + int(own["cpu_count"])


def test_a_free_pool_refuses_other_cpus_unless_forced(pools: tuple[Pool, Pool, str]) -> None:
    main, spare, address = pools
    _apply_edition(main, "free")
    _apply_edition(spare, "free")
    assert spare.fails("pool.join", address, *CREDENTIALS) == ["POOL_HOSTS_NOT_HOMOGENEOUS",
                                                                          "CPUs differ"]
    spare.begin("pool.join_force", address, *CREDENTIALS)
    main.step(20)
    assert len(main.x.host.get_all()) == 4


def test_editions_must_match_and_ha_refuses(pools: tuple[Pool, Pool, str]) -> None:
    main, spare, address = pools
    _apply_edition(spare, "platinum")
    assert spare.fails("pool.join", address, *CREDENTIALS) == ["LICENCE_RESTRICTION"]
    _apply_edition(spare, "xcp-ng")
    assert spare.fails("pool.join", "192.0.2.99:443", *CREDENTIALS) == \
        ["POOL_JOINING_HOST_CONNECTION_FAILED"]
    assert spare.fails("pool.join", address, CREDENTIALS[0], "wrong")[0] == "SESSION_AUTHENTICATION_FAILED"
    assert len(main.x.host.get_all()) == 3

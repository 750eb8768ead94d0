"""Editions through the SDK: apply_edition sets the hosts' edition, licence parameters and the pool's restrictions
as xapi does, the gated calls refuse with LICENCE_RESTRICTION in an edition without the feature and work in one
with it, and the `sim` plugin serves the course's matrix."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import XenAPI

from backend_sim.model import editions

from conftest import start_sim

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def x() -> Iterator[Any]:
    server = start_sim("--scenario", "demo", "--manual-clock", pools=3)
    session = XenAPI.Session(server.url)
    session.xenapi.login_with_password(server.user, server.password, "2.16", "pytest-editions")
    try:
        yield session.xenapi
    finally:
        session.xenapi.session.logout()
        session("close")()
        server.stop()


def refused(call: Any, *args: Any) -> list[str]:
    with pytest.raises(XenAPI.Failure) as failure:
        call(*args)
    return list(failure.value.details)


def test_each_edition_gates_what_it_lacks(x: Any) -> None:
    pool = x.pool.get_all()[0]
    iscsi = x.SR.get_by_name_label("iSCSI virtual disks")[0]
    web = x.VM.get_by_name_label("web01")[0]
    assert {x.host.get_edition(h) for h in x.host.get_all()} == {"xcp-ng"}

    x.pool.apply_edition(pool, "free")
    restrictions = x.pool.get_restrictions(pool)
    assert restrictions["restrict_ha"] == "true" and restrictions["restrict_dmc"] == "true"
    host = x.host.get_all()[0]
    assert x.host.get_edition(host) == "free"
    params = x.host.get_license_params(host)
    assert params["sku_type"] == "free" and params["restrict_ha"] == "true" and params["expiry"].startswith("2027")
    assert refused(x.pool.enable_ha, [iscsi], {}) == ["LICENCE_RESTRICTION", "ha"]
    assert refused(x.VM.checkpoint, web, "memory") == ["LICENCE_RESTRICTION", "checkpoint"]
    assert refused(x.VM.set_memory_dynamic_range, web, str(512 << 20), str(1 << 30)) == ["LICENCE_RESTRICTION",
                                                                                       "dmc"]
    x.VM.set_memory_dynamic_range(web, str(1 << 30), str(1 << 30))  # a fixed size needs no licence

    x.pool.apply_edition(pool, "advanced")
    assert x.pool.get_restrictions(pool)["restrict_ha"] == "false"
    x.VM.set_memory_dynamic_range(web, str(512 << 20), str(1 << 30))
    assert x.pool.get_restrictions(pool)["restrict_wlb"] == "true", "workload balancing needs Enterprise"

    x.host.apply_edition(host, "xcp")  # one host of another edition restricts the whole pool
    assert x.pool.get_restrictions(pool)["restrict_ha"] == "true"
    assert refused(x.host.apply_edition, host, "gold") == ["INVALID_EDITION", "gold"]
    x.pool.apply_edition(pool, "xcp-ng")
    assert x.pool.get_restrictions(pool)["restrict_ha"] == "false"


def test_the_sim_plugin_serves_the_course_matrix(x: Any) -> None:
    host = x.host.get_all()[0]
    matrix = json.loads(x.host.call_plugin(host, "sim", "editions", {}))
    names = [e["name"] for e in matrix["editions"]]
    assert names == list(editions.EDITIONS)
    features = {f["key"]: f for f in matrix["features"]}
    assert features["ha"]["editions"][:3] == ["advanced", "enterprise", "platinum"]
    assert features["ha"]["needs"] == "XenServer Advanced"
    assert features["ha"]["title"]["gl"] == "Alta dispoñibilidade (HA)"
    assert not features["storagelink"]["simulated"]
    assert features["intellicache"]["editions"][0] == "xcp"

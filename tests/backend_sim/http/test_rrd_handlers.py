"""/rrd_updates, /host_rrd(s) and /vm_rrd(s) on a served demo pool with a manual clock: a session is
required (query, cookie or basic auth), bad parameters are 400 (never 500), replies parse as xapi's formats
and follow the simulated clock."""

from __future__ import annotations

import base64
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from conftest import SimServer

SDK_TESTS = Path(__file__).resolve().parents[1]
if str(SDK_TESTS) not in sys.path:
    sys.path.insert(0, str(SDK_TESTS))

from sdk_support import clock_now, clock_step, logged_in, sim_fixture  # noqa: E402

server_fixture = sim_fixture("--scenario", "demo", "--manual-clock")
PATHS = ["/rrd_updates", "/host_rrd", "/host_rrds", "/vm_rrd", "/vm_rrds"]
XML_ONLY = {"accept": "text/xml"}


@pytest.fixture(scope="module")
def sdk(server: SimServer) -> Iterator[tuple[Any, str]]:
    with logged_in(server) as session:
        yield session.xenapi, session._session


@pytest.fixture(scope="module")
def http(server: SimServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=30) as client:
        yield client


def running_guests(x: Any) -> dict[str, str]:
    """uuid -> name of the running guests."""
    return {r["uuid"]: r["name_label"] for r in x.VM.get_all_records().values()
            if r["power_state"] == "Running" and not r["is_control_domain"]}


@pytest.mark.parametrize("path", PATHS)
def test_no_session_or_a_bad_one_is_refused(http: httpx.Client, path: str) -> None:
    assert http.get(path, params={"start": "-60", "uuid": "x"}).status_code == 401
    assert http.get(path, params={"start": "-60", "uuid": "x", "session_id": "OpaqueRef:bogus"}).status_code == 401
    bad = base64.b64encode(b"root:wrong").decode()
    assert http.get(path, params={"start": "-60"}, headers={"authorization": f"Basic {bad}"}).status_code == 401


def test_a_cookie_or_basic_auth_is_a_session(http: httpx.Client, sdk: tuple[Any, str], server: SimServer) -> None:
    _, session = sdk
    reply = http.get("/rrd_updates", params={"start": "-60"}, headers={"cookie": f"session_id={session}"})
    assert reply.status_code == 200
    good = base64.b64encode(f"{server.user}:{server.password}".encode()).decode()
    assert http.get("/host_rrd", headers={"authorization": f"Basic {good}"}).status_code == 200


@pytest.mark.parametrize(("path", "params"), [
    ("/rrd_updates", {}), ("/rrd_updates", {"start": "yesterday"}), ("/rrd_updates", {"start": "1.5"}),
    ("/rrd_updates", {"start": "-60", "cf": "MEDIAN"}), ("/rrd_updates", {"start": "-60", "interval": "-5"}),
    ("/rrd_updates", {"start": "-60", "interval": "often"}), ("/vm_rrd", {}), ("/vm_rrds", {}),
])
def test_bad_parameters_are_400(http: httpx.Client, sdk: tuple[Any, str], path: str, params: dict[str, str]) -> None:
    reply = http.get(path, params={"session_id": sdk[1], **params})
    assert reply.status_code == 400, reply.text


def test_unknown_or_never_run_vms_are_404(http: httpx.Client, sdk: tuple[Any, str]) -> None:
    x, session = sdk
    halted = next(r["uuid"] for r in x.VM.get_all_records().values()
                  if r["power_state"] == "Halted" and not r["is_a_template"])
    for uuid in ("no-such-vm", halted):
        assert http.get("/vm_rrd", params={"session_id": session, "uuid": uuid}).status_code == 404
    assert http.get("/host_rrd", params={"session_id": session, "uuid": "nope"}).status_code == 404


def test_rrd_updates_for_the_pool(http: httpx.Client, sdk: tuple[Any, str]) -> None:
    x, session = sdk
    reply = http.get("/rrd_updates", params={"session_id": session, "start": "-300", "cf": "AVERAGE",
                                             "interval": "5", "host": "true"}, headers=XML_ONLY)
    assert reply.status_code == 200
    assert reply.headers["content-type"] == "text/xml"
    assert reply.headers["access-control-allow-origin"] == "*"
    root = ET.fromstring(reply.content)
    legend = [e.text or "" for e in root.iter("entry")]
    assert int(root.findtext("meta/step") or 0) == 5
    hosts = {r["uuid"] for r in x.host.get_all_records().values()}
    guests = running_guests(x)
    assert {e.split(":")[2] for e in legend if e.split(":")[1] == "host"} == hosts
    assert {e.split(":")[2] for e in legend if e.split(":")[1] == "vm"} == set(guests)
    names = {e.split(":", 3)[3] for e in legend}
    assert {"cpu0", "cpu_avg", "loadavg", "memory_total_kib", "memory_free_kib", "pif_eth0_rx", "memory",
            "memory_internal_free", "vif_0_rx", "vbd_xvda_read"} <= names
    times = [int(row.findtext("t") or 0) for row in root.iter("row")]
    assert times == sorted(times, reverse=True) and times[0] - times[-1] == 5 * (len(times) - 1)
    assert all(len(row.findall("v")) == len(legend) for row in root.iter("row"))


def test_vm_uuid_filters_and_json_follows_the_clock(http: httpx.Client, sdk: tuple[Any, str]) -> None:
    x, session = sdk
    uuid = next(u for u, name in running_guests(x).items() if name == "db01")
    before = int(clock_now(x))
    clock_step(x, 60)
    reply = http.get("/rrd_updates", params={"session_id": session, "start": str(before + 1), "vm_uuid": uuid,
                                             "json": "true"})
    assert reply.headers["content-type"] == "application/json"
    data = reply.json()
    assert {entry.split(":")[2] for entry in data["meta"]["legend"]} == {uuid}
    assert [int(row["t"]) for row in data["data"]] == [before // 5 * 5 + 60 - 5 * i for i in range(12)]
    cpu = data["meta"]["legend"].index(f"AVERAGE:vm:{uuid}:cpu0")
    assert all(0.0 <= float(row["values"][cpu]) <= 1.0 for row in data["data"])


def test_accept_header_prefers_json_as_xapi_does(http: httpx.Client, sdk: tuple[Any, str]) -> None:
    params = {"session_id": sdk[1], "start": "-10"}
    assert http.get("/rrd_updates", params=params, headers={"accept": "*/*"}).headers["content-type"] \
        == "application/json"
    assert http.get("/rrd_updates", params=params, headers={"accept": "text/xml"}).headers["content-type"] \
        == "text/xml"


def test_whole_rrds(http: httpx.Client, sdk: tuple[Any, str]) -> None:
    x, session = sdk
    uuid = next(iter(running_guests(x)))
    root = ET.fromstring(http.get("/vm_rrds", params={"session_id": session, "uuid": uuid},
                                  headers=XML_ONLY).content)
    assert root.tag == "rrd" and root.findtext("step") == "5"
    # The demo pool asks for MIN and MAX in guests' RRDs (create_min_max_in_new_VM_RRDs).
    assert [r.findtext("cf") for r in root.findall("rra")] == ["AVERAGE"] + ["AVERAGE", "MIN", "MAX"] * 3
    data = http.get("/host_rrd", params={"session_id": session, "json": "true"}).json()
    master = x.host.get_uuid(x.pool.get_master(x.pool.get_all()[0]))
    assert data["version"] == "0003" and len(data["rra"]) == 10
    assert "cpu_avg" in {ds["name"] for ds in data["ds"]}
    same = http.get("/host_rrds", params={"session_id": session, "uuid": master, "json": "true"}).json()
    assert same["ds"] == data["ds"]


def test_the_read_only_role_may_read_rrds(http: httpx.Client, server: SimServer) -> None:
    reader = base64.b64encode(f"read-only:{server.password}".encode()).decode()
    for path, params in (("/rrd_updates", {"start": "-10", "host": "true"}), ("/host_rrd", {})):
        assert http.get(path, params=params, headers={"authorization": f"Basic {reader}"}).status_code == 200

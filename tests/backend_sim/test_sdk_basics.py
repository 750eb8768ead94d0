"""End-to-end basics with the official Python SDK (`XenAPI`) over real HTTP: login, sessions,
system.listMethods, generic getters and the static role objects (reference §0, §1, §2.1, §4)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import XenAPI

from conftest import SimServer
from sdk_support import failure_of, jsonrpc, logged_in, raw_call, raw_proxy, xml_value

POOL_ADMIN_REF = "OpaqueRef:0165f154-ba3e-034e-6b27-5d271af109ba"
ROLES = ["pool-admin", "pool-operator", "vm-power-admin", "vm-admin", "vm-operator", "read-only"]
BOGUS_REF = "OpaqueRef:11111111-2222-4333-8444-555555555555"


@pytest.fixture
def session(sim: SimServer) -> Iterator[XenAPI.Session]:
    with logged_in(sim, "2.16", "pytest-basics") as xapi:
        yield xapi


@pytest.fixture(scope="module")
def methods(sim: SimServer) -> list[str]:
    with raw_proxy(sim.url) as proxy:
        names: Any = proxy.system.listMethods()
    assert isinstance(names, list)
    return names


# --- login and sessions -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("extra", [(), ("1.1",), ("2.16", "pytest-originator")],
                         ids=["2-params", "3-params", "4-params"])
def test_login_accepts_two_three_and_four_params(sim: SimServer, extra: tuple[str, ...]) -> None:
    with raw_proxy(sim.url) as proxy:
        reply = raw_call(proxy, "session.login_with_password", sim.user, sim.password, *extra)
        assert reply["Status"] == "Success", reply
        ref = reply["Value"]
        assert isinstance(ref, str) and ref.startswith("OpaqueRef:") and ref != "OpaqueRef:NULL"
        listed = raw_call(proxy, "VM.get_all", ref)
        assert listed["Status"] == "Success" and listed["Value"], listed
        assert raw_call(proxy, "session.logout", ref)["Status"] == "Success"


def test_login_through_the_sdk_gives_a_working_session(sim: SimServer) -> None:
    xapi = XenAPI.Session(sim.url)
    try:
        xapi.xenapi.login_with_password(sim.user, sim.password)
        assert str(xapi.handle).startswith("OpaqueRef:")
        assert xapi.xenapi.session.get_is_local_superuser(xapi.handle) is True
        assert xapi.API_version.startswith("2.")
    finally:
        xapi.xenapi.session.logout()
        xapi("close")()


def test_login_with_a_wrong_password_fails_with_authentication_failed(sim: SimServer) -> None:
    xapi = XenAPI.Session(sim.url)
    try:
        with pytest.raises(XenAPI.Failure) as caught:
            xapi.xenapi.login_with_password(sim.user, sim.password + "-wrong")
    finally:
        xapi("close")()
    details = caught.value.details
    assert details[0] == "SESSION_AUTHENTICATION_FAILED"
    assert len(details) == 3, details
    assert details[1] == sim.user
    assert isinstance(details[2], str) and details[2]


def test_a_logged_out_session_is_invalid(sim: SimServer) -> None:
    with raw_proxy(sim.url) as proxy:
        ref = raw_call(proxy, "session.login_with_password", sim.user, sim.password)["Value"]
        assert raw_call(proxy, "VM.get_all", ref)["Status"] == "Success"
        assert raw_call(proxy, "session.logout", ref) == {"Status": "Success", "Value": ""}
        assert failure_of(raw_call(proxy, "VM.get_all", ref)) == ["SESSION_INVALID", ref]
        assert failure_of(raw_call(proxy, "session.get_uuid", ref, ref)) == ["SESSION_INVALID", ref]


@pytest.mark.parametrize("bogus", [BOGUS_REF, "OpaqueRef:NULL", "not-a-ref", ""])
def test_a_bogus_session_is_invalid(sim: SimServer, bogus: str) -> None:
    with raw_proxy(sim.url) as proxy:
        assert failure_of(raw_call(proxy, "VM.get_all", bogus)) == ["SESSION_INVALID", bogus]
    reply = jsonrpc(sim.url, "VM.get_all", [bogus])
    assert reply["error"] == {"code": 1, "message": "SESSION_INVALID", "data": [bogus]}


def test_an_xmlrpc_session_works_over_jsonrpc(sim: SimServer, session: XenAPI.Session) -> None:
    ref = session.handle
    reply = jsonrpc(sim.url, "pool.get_all", [ref])
    assert "error" not in reply, reply
    assert reply["result"] == session.xenapi.pool.get_all()
    v1 = jsonrpc(sim.url, "session.get_this_host", [ref, ref], v2=False)
    assert v1["error"] is None, v1
    assert v1["result"] == session.xenapi.session.get_this_host(ref)


def test_a_jsonrpc_session_works_over_xmlrpc_and_logs_out_over_jsonrpc(sim: SimServer) -> None:
    login = jsonrpc(sim.url, "session.login_with_password", [sim.user, sim.password, "2.16", "pytest-json"])
    ref = login["result"]
    assert isinstance(ref, str) and ref.startswith("OpaqueRef:")
    with raw_proxy(sim.url) as proxy:
        reply = raw_call(proxy, "host.get_all", ref)
        assert reply["Status"] == "Success" and reply["Value"], reply
        assert jsonrpc(sim.url, "session.logout", [ref])["result"] == ""
        assert failure_of(raw_call(proxy, "host.get_all", ref)) == ["SESSION_INVALID", ref]


# --- system.listMethods -------------------------------------------------------------------------------------------


def test_list_methods_over_xmlrpc_is_a_bare_array_without_session(sim: SimServer) -> None:
    body = b"<?xml version='1.0'?><methodCall><methodName>system.listMethods</methodName><params></params></methodCall>"
    reply = httpx.post(sim.url + "/RPC2", content=body, headers={"Content-Type": "text/xml"}, timeout=30)
    assert reply.status_code == 200
    assert reply.headers["content-type"] == "text/xml"
    value = xml_value(reply.content)
    assert isinstance(value, list), "system.listMethods must not be wrapped in Status/Value"
    assert all(isinstance(name, str) for name in value)
    assert "VM.get_all_records" in value
    # The same through a proxy with no params at all.
    with raw_proxy(sim.url) as proxy:
        assert proxy.system.listMethods() == value


@pytest.mark.parametrize("v2", [True, False], ids=["v2", "v1"])
def test_list_methods_over_jsonrpc_is_a_result_array(sim: SimServer, methods: list[str], v2: bool) -> None:
    reply = jsonrpc(sim.url, "system.listMethods", [], v2=v2)
    assert isinstance(reply["result"], list)
    assert sorted(reply["result"]) == sorted(methods)


def test_list_methods_names_every_sync_message_and_no_async(methods: list[str]) -> None:
    for name in ["VM.get_all_records", "VM.start", "event.from", "event.next", "session.login_with_password",
                 "session.logout", "task.cancel", "VM.set_name_label", "VM.add_to_other_config",
                 "VM.remove_from_other_config", "VM.add_tags", "VM.remove_tags", "pool.get_all_records",
                 "role.get_all_records", "host.call_plugin"]:
        assert name in methods, name
    assert not [name for name in methods if name.startswith("Async.") or ".Async." in name]
    assert len(methods) == len(set(methods)), "duplicates in system.listMethods"
    assert len(methods) > 1000
    assert all(name.count(".") >= 1 for name in methods)


def test_list_methods_has_no_field_setters_for_read_only_fields(methods: list[str]) -> None:
    for name in ["VM.set_power_state", "VM.set_uuid", "VM.set_resident_on", "host.set_uuid", "task.set_created"]:
        assert name not in methods, name


# --- generic getters ------------------------------------------------------------------------------------------------


def test_every_listed_class_answers_get_all_records_and_get_all(sim: SimServer, session: XenAPI.Session,
                                                                methods: list[str]) -> None:
    classes = sorted(name[: -len(".get_all_records")] for name in methods if name.endswith(".get_all_records"))
    assert {"VM", "host", "pool", "SR", "VDI", "network", "task", "role", "message"} <= set(classes)
    problems: list[str] = []
    with raw_proxy(sim.url) as proxy:
        for cls in classes:
            reply = raw_call(proxy, f"{cls}.get_all_records", session.handle)
            if reply["Status"] != "Success":
                problems.append(f"{cls}.get_all_records -> {reply}")
                continue
            records = reply["Value"]
            assert isinstance(records, dict), cls
            for ref, record in records.items():
                assert ref.startswith("OpaqueRef:"), (cls, ref)
                assert isinstance(record, dict) and record, (cls, ref)
            if f"{cls}.get_all" in methods:
                listed = raw_call(proxy, f"{cls}.get_all", session.handle)
                if listed["Status"] != "Success":
                    problems.append(f"{cls}.get_all -> {listed}")
                elif sorted(listed["Value"]) != sorted(records):
                    problems.append(f"{cls}.get_all differs from the keys of {cls}.get_all_records")
    assert not problems, "\n".join(problems)


def test_demo_pool_has_one_pool_with_a_master(session: XenAPI.Session, sim: SimServer) -> None:
    pools = session.xenapi.pool.get_all_records()
    assert len(pools) == 1
    (pool,) = pools.values()
    assert pool["name_label"] == sim.pool
    assert pool["master"] in session.xenapi.host.get_all()


@pytest.mark.parametrize("cls", ["VM", "host", "network", "SR", "pool", "PIF", "VDI"])
def test_get_record_by_uuid_by_name_label_and_field_getters_agree(session: XenAPI.Session, methods: list[str],
                                                                  cls: str) -> None:
    api = getattr(session.xenapi, cls)
    records: dict[str, dict[str, Any]] = api.get_all_records()
    assert records, cls
    for ref, record in records.items():
        assert api.get_record(ref) == record, (cls, ref)
        assert api.get_by_uuid(record["uuid"]) == ref
        assert api.get_uuid(ref) == record["uuid"]
        if "name_label" in record and f"{cls}.get_by_name_label" in methods:
            assert ref in api.get_by_name_label(record["name_label"])
            assert api.get_name_label(ref) == record["name_label"]
    ref, record = next(iter(sorted(records.items())))
    checked = 0
    for field, value in record.items():
        if f"{cls}.get_{field}" not in methods:
            continue  # getters of removed fields (e.g. VM.is_snapshot_from_vmpp) need not be advertised
        assert getattr(api, f"get_{field}")(ref) == value, f"{cls}.get_{field}"
        checked += 1
    assert checked >= len(record) - 2, f"{cls}: only {checked} of {len(record)} fields have a listed getter"


def test_get_by_name_label_of_an_unknown_label_is_empty(session: XenAPI.Session) -> None:
    assert session.xenapi.VM.get_by_name_label("no VM has this name label") == []


# --- roles ----------------------------------------------------------------------------------------------------------


def test_the_six_user_visible_roles_exist(session: XenAPI.Session) -> None:
    all_roles = session.xenapi.role.get_all_records()
    for name in ROLES:
        refs = session.xenapi.role.get_by_name_label(name)
        assert len(refs) == 1, (name, refs)
        assert refs[0] in all_roles
        assert all_roles[refs[0]]["name_label"] == name
        assert session.xenapi.role.get_name_label(refs[0]) == name
    assert session.xenapi.role.get_by_name_label("pool-admin") == [POOL_ADMIN_REF]
    record = session.xenapi.role.get_record(POOL_ADMIN_REF)
    assert record["name_label"] == "pool-admin"
    assert record["subroles"], "pool-admin holds the other roles' permissions"

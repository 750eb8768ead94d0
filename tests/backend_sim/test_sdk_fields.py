"""Generated field messages through the Python SDK: setters, map and set helpers, type coercion, the
dispatch errors, the `Class_message` alias and bound fields (reference §1.3, §1.8, §2.1, §4)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import XenAPI

from conftest import SimServer
from sdk_support import failure, halted_guest, jsonrpc, logged_in, raw_call, raw_proxy, sim_fixture, xml_value

BIG = "8589934592"  # 8 GiB: beyond what xmlrpc.client can marshal as an int

# A demo pool of this module's own: these tests change objects.
server_fixture = sim_fixture("--scenario", "demo")


@pytest.fixture(scope="module")
def xapi(server: SimServer) -> Iterator[XenAPI.Session]:
    with logged_in(server, "2.16", "pytest-fields") as session:
        yield session


def vm_named(xapi: XenAPI.Session, label: str) -> str:
    refs = xapi.xenapi.VM.get_by_name_label(label)
    assert len(refs) == 1, (label, refs)
    ref: str = refs[0]
    return ref


@pytest.fixture(scope="module")
def vm(xapi: XenAPI.Session) -> str:
    """A halted, non-template guest of the demo pool."""
    return halted_guest(xapi.xenapi)


# --- setters --------------------------------------------------------------------------------------------------------


def test_setters_of_rw_string_fields(xapi: XenAPI.Session, vm: str) -> None:
    xapi.xenapi.VM.set_name_label(vm, "renamed <&> guest")
    xapi.xenapi.VM.set_name_description(vm, "")
    assert xapi.xenapi.VM.get_name_label(vm) == "renamed <&> guest"
    assert xapi.xenapi.VM.get_name_description(vm) == ""
    record = xapi.xenapi.VM.get_record(vm)
    assert record["name_label"] == "renamed <&> guest"
    assert xapi.xenapi.VM.get_by_name_label("renamed <&> guest") == [vm]
    network = xapi.xenapi.network.get_all()[0]
    xapi.xenapi.network.set_name_description(network, "ünïcødé ✓")
    assert xapi.xenapi.network.get_name_description(network) == "ünïcødé ✓"


def test_setter_of_an_int_field_accepts_64_bit_ints_as_strings(xapi: XenAPI.Session, vm: str) -> None:
    xapi.xenapi.VM.set_user_version(vm, BIG)
    assert xapi.xenapi.VM.get_user_version(vm) == BIG  # XML-RPC ints come back as strings
    xapi.xenapi.VM.set_user_version(vm, 7)  # a native <int> works too
    assert xapi.xenapi.VM.get_user_version(vm) == "7"
    network = xapi.xenapi.network.get_all()[0]
    xapi.xenapi.network.set_MTU(network, "9000")
    assert xapi.xenapi.network.get_MTU(network) == "9000"
    xapi.xenapi.network.set_MTU(network, "1500")


def test_set_of_a_map_field_replaces_the_whole_map(xapi: XenAPI.Session, vm: str) -> None:
    xapi.xenapi.VM.set_other_config(vm, {"a": "1", "b": "2"})
    assert xapi.xenapi.VM.get_other_config(vm) == {"a": "1", "b": "2"}
    xapi.xenapi.VM.set_other_config(vm, {"c": "3"})
    assert xapi.xenapi.VM.get_other_config(vm) == {"c": "3"}


@pytest.mark.parametrize("method", ["VM.set_power_state", "VM.set_uuid", "VM.set_resident_on", "VM.set_VIFs",
                                    "VIF.set_MAC", "host.set_API_version_major", "task.set_created"])
def test_no_setter_for_read_only_fields(xapi: XenAPI.Session, vm: str, method: str) -> None:
    cls, message = method.split(".")
    assert failure(getattr(getattr(xapi.xenapi, cls), message), vm, "x") == ["MESSAGE_METHOD_UNKNOWN", method]


# --- map and set helpers --------------------------------------------------------------------------------------------


def test_map_helpers(xapi: XenAPI.Session, vm: str) -> None:
    api = xapi.xenapi.VM
    api.remove_from_other_config(vm, "pytest-key")
    api.add_to_other_config(vm, "pytest-key", "one")
    assert api.get_other_config(vm)["pytest-key"] == "one"
    vm_uuid = api.get_uuid(vm)
    assert failure(api.add_to_other_config, vm, "pytest-key", "two") == [
        "MAP_DUPLICATE_KEY", "VM", "other_config", vm_uuid, "pytest-key"]
    assert api.get_other_config(vm)["pytest-key"] == "one"
    assert api.remove_from_other_config(vm, "pytest-key") == ""
    assert "pytest-key" not in api.get_other_config(vm)
    # Removing a missing key succeeds silently (XO removes before it adds).
    assert api.remove_from_other_config(vm, "pytest-key") == ""
    api.add_to_other_config(vm, "pytest-key", "two")
    assert api.get_other_config(vm)["pytest-key"] == "two"


def test_map_helpers_on_another_class(xapi: XenAPI.Session) -> None:
    pool = xapi.xenapi.pool.get_all()[0]
    pool_uuid = xapi.xenapi.pool.get_uuid(pool)
    xapi.xenapi.pool.add_to_other_config(pool, "xo:barrier:1", "123")
    assert failure(xapi.xenapi.pool.add_to_other_config, pool, "xo:barrier:1", "456") == [
        "MAP_DUPLICATE_KEY", "pool", "other_config", pool_uuid, "xo:barrier:1"]
    xapi.xenapi.pool.remove_from_other_config(pool, "xo:barrier:1")
    assert "xo:barrier:1" not in xapi.xenapi.pool.get_other_config(pool)


def test_set_helpers(xapi: XenAPI.Session, vm: str) -> None:
    api = xapi.xenapi.VM
    api.set_tags(vm, [])
    api.add_tags(vm, "blue")
    api.add_tags(vm, "blue")  # idempotent
    api.add_tags(vm, "green")
    assert sorted(api.get_tags(vm)) == ["blue", "green"]
    api.remove_tags(vm, "blue")
    assert api.get_tags(vm) == ["green"]
    api.remove_tags(vm, "absent")  # no error either
    assert api.get_tags(vm) == ["green"]
    api.set_tags(vm, ["x", "y"])
    assert sorted(api.get_record(vm)["tags"]) == ["x", "y"]


def test_there_is_no_add_to_for_set_fields(xapi: XenAPI.Session, vm: str) -> None:
    assert failure(xapi.xenapi.VM.add_to_tags, vm, "x") == ["MESSAGE_METHOD_UNKNOWN", "VM.add_to_tags"]


# --- type errors ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("method", "value"), [
    ("set_user_version", "not a number"),
    ("set_user_version", "12.5"),
    ("set_user_version", ["1"]),
    ("set_name_label", ["a", "list"]),
    ("set_name_label", {"a": "map"}),
    ("set_other_config", "not a map"),
    ("set_other_config", ["k", "v"]),
    ("set_tags", "not a set"),
], ids=["int-from-word", "int-from-decimal", "int-from-array", "string-from-array", "string-from-struct",
        "map-from-string", "map-from-array", "set-from-string"])
def test_wrong_types_are_field_type_errors(xapi: XenAPI.Session, vm: str, method: str, value: Any) -> None:
    before = xapi.xenapi.VM.get_record(vm)
    details = failure(getattr(xapi.xenapi.VM, method), vm, value)
    assert details[0] == "FIELD_TYPE_ERROR", details
    assert len(details) == 2, details
    assert xapi.xenapi.VM.get_record(vm) == before


def test_wrong_type_in_a_map_value_is_a_field_type_error(xapi: XenAPI.Session, vm: str) -> None:
    details = failure(xapi.xenapi.VM.add_to_other_config, vm, "nested", {"a": "b"})
    assert details[0] == "FIELD_TYPE_ERROR", details
    assert "nested" not in xapi.xenapi.VM.get_other_config(vm)


# --- bad handles, uuids, names and arity ----------------------------------------------------------------------------


def test_an_unknown_ref_is_handle_invalid(xapi: XenAPI.Session) -> None:
    bogus = f"OpaqueRef:{uuid.uuid4()}"
    assert failure(xapi.xenapi.VM.get_record, bogus) == ["HANDLE_INVALID", "VM", bogus]
    assert failure(xapi.xenapi.VM.get_name_label, bogus) == ["HANDLE_INVALID", "VM", bogus]
    assert failure(xapi.xenapi.VM.set_name_label, bogus, "x") == ["HANDLE_INVALID", "VM", bogus]
    assert failure(xapi.xenapi.host.get_record, "OpaqueRef:NULL") == ["HANDLE_INVALID", "host", "OpaqueRef:NULL"]
    assert failure(xapi.xenapi.VM_metrics.get_record, bogus) == ["HANDLE_INVALID", "VM_metrics", bogus]


def test_a_ref_of_another_class_is_handle_invalid(xapi: XenAPI.Session, vm: str) -> None:
    assert failure(xapi.xenapi.network.get_record, vm) == ["HANDLE_INVALID", "network", vm]
    assert failure(xapi.xenapi.host.get_name_label, vm) == ["HANDLE_INVALID", "host", vm]


def test_an_unknown_uuid_is_uuid_invalid(xapi: XenAPI.Session, vm: str) -> None:
    unknown = str(uuid.uuid4())
    assert failure(xapi.xenapi.VM.get_by_uuid, unknown) == ["UUID_INVALID", "VM", unknown]
    assert failure(xapi.xenapi.SR.get_by_uuid, "garbage") == ["UUID_INVALID", "SR", "garbage"]
    vm_uuid = xapi.xenapi.VM.get_uuid(vm)
    assert failure(xapi.xenapi.host.get_by_uuid, vm_uuid) == ["UUID_INVALID", "host", vm_uuid]


@pytest.mark.parametrize("method", ["VM.frobnicate", "Nope.get_all", "VM.", "vm.get_all", "VM.Get_all"])
def test_an_unknown_method_is_message_method_unknown(xapi: XenAPI.Session, method: str) -> None:
    assert failure(xapi.xenapi_request, method, ()) == ["MESSAGE_METHOD_UNKNOWN", method]


@pytest.mark.parametrize(("method", "args", "expected"), [
    ("VM.get_record", (), "1"),
    ("VM.get_record", ("OpaqueRef:NULL", "extra"), "1"),
    ("VM.get_all", ("extra",), "0"),
    ("VM.set_name_label", ("OpaqueRef:NULL",), "2"),
    ("VM.start", ("OpaqueRef:NULL",), "3"),
    ("VM.add_to_other_config", ("OpaqueRef:NULL", "k"), "3"),
])
def test_wrong_arity_is_a_parameter_count_mismatch(xapi: XenAPI.Session, method: str, args: tuple[str, ...],
                                                   expected: str) -> None:
    # Counts exclude the session, as xapi's generated dispatcher does.
    assert failure(xapi.xenapi_request, method, args) == [
        "MESSAGE_PARAMETER_COUNT_MISMATCH", method, expected, str(len(args))]


def test_trailing_params_with_defaults_may_be_omitted(xapi: XenAPI.Session, vm: str) -> None:
    # VM.snapshot(vm, new_name, ignore_vdis = []): ignore_vdis came later and carries a default.
    snapshot = xapi.xenapi.VM.snapshot(vm, "pytest snapshot without ignore_vdis")
    try:
        record = xapi.xenapi.VM.get_record(snapshot)
        assert record["is_a_snapshot"] is True
        assert record["snapshot_of"] == vm
        assert record["name_label"] == "pytest snapshot without ignore_vdis"
    finally:
        xapi.xenapi.VM.destroy(snapshot)


def test_login_with_one_param_is_a_parameter_count_mismatch(server: SimServer) -> None:
    with raw_proxy(server.url) as proxy:
        reply = raw_call(proxy, "session.login_with_password", server.user)
    assert reply == {"Status": "Failure", "ErrorDescription": [
        "MESSAGE_PARAMETER_COUNT_MISMATCH", "session.login_with_password", "2", "1"]}


# --- the Class_message alias ----------------------------------------------------------------------------------------


def test_the_underscore_alias_of_wire_names(xapi: XenAPI.Session, vm: str) -> None:
    assert xapi.xenapi.VM_get_record(vm) == xapi.xenapi.VM.get_record(vm)
    assert xapi.xenapi.VM_get_name_label(vm) == xapi.xenapi.VM.get_name_label(vm)
    assert sorted(xapi.xenapi.VM_metrics_get_all()) == sorted(xapi.xenapi.VM_metrics.get_all())
    batch = xapi.xenapi.event_from(["pool"], "", 1.0)
    assert {event["class"] for event in batch["events"]} == {"pool"}
    assert batch["token"]
    assert getattr(xapi.xenapi.event, "from")(["pool"], "", 1.0)["events"] == batch["events"]


# --- bound fields ---------------------------------------------------------------------------------------------------


def test_vif_create_and_destroy_keep_bound_fields_consistent(xapi: XenAPI.Session, vm: str) -> None:
    network = sorted(xapi.xenapi.network.get_all())[0]
    used = {xapi.xenapi.VIF.get_device(vif) for vif in xapi.xenapi.VM.get_VIFs(vm)}
    device = next(str(n) for n in range(7) if str(n) not in used)
    vm_vifs_before = set(xapi.xenapi.VM.get_VIFs(vm))
    net_vifs_before = set(xapi.xenapi.network.get_VIFs(network))
    vif = xapi.xenapi.VIF.create({
        "device": device, "network": network, "VM": vm, "MAC": "", "MTU": "1500", "other_config": {},
        "qos_algorithm_type": "", "qos_algorithm_params": {},
    })
    try:
        assert vif.startswith("OpaqueRef:")
        assert set(xapi.xenapi.VM.get_VIFs(vm)) == vm_vifs_before | {vif}
        assert set(xapi.xenapi.network.get_VIFs(network)) == net_vifs_before | {vif}
        assert vif in xapi.xenapi.VM.get_record(vm)["VIFs"]
        record = xapi.xenapi.VIF.get_record(vif)
        assert record["VM"] == vm
        assert record["network"] == network
        assert record["device"] == device
        assert record["MTU"] == "1500"
        assert vif in xapi.xenapi.VIF.get_all_records()
    finally:
        xapi.xenapi.VIF.destroy(vif)
    assert set(xapi.xenapi.VM.get_VIFs(vm)) == vm_vifs_before
    assert set(xapi.xenapi.network.get_VIFs(network)) == net_vifs_before
    assert failure(xapi.xenapi.VIF.get_record, vif) == ["HANDLE_INVALID", "VIF", vif]


def test_vif_create_without_a_mac_generates_one(xapi: XenAPI.Session, vm: str) -> None:
    # xapi (Xapi_vif_helpers.create) picks a random locally administered MAC when MAC is "".
    network = sorted(xapi.xenapi.network.get_all())[0]
    used = {xapi.xenapi.VIF.get_device(vif) for vif in xapi.xenapi.VM.get_VIFs(vm)}
    device = next(str(n) for n in range(7) if str(n) not in used)
    vif = xapi.xenapi.VIF.create({
        "device": device, "network": network, "VM": vm, "MAC": "", "MTU": "1500", "other_config": {},
        "qos_algorithm_type": "", "qos_algorithm_params": {},
    })
    try:
        record = xapi.xenapi.VIF.get_record(vif)
    finally:
        xapi.xenapi.VIF.destroy(vif)
    assert re.fullmatch(r"[0-9a-f]{2}(:[0-9a-f]{2}){5}", record["MAC"]), record["MAC"]
    assert record["MAC_autogenerated"] is True


# --- int encoding per protocol --------------------------------------------------------------------------------------


def test_64_bit_ints_are_json_numbers_but_xmlrpc_strings(server: SimServer, xapi: XenAPI.Session, vm: str) -> None:
    xapi.xenapi.VM.set_user_version(vm, BIG)
    session = xapi.handle
    reply = jsonrpc(server.url, "VM.get_user_version", [session, vm])
    assert reply["result"] == int(BIG) and type(reply["result"]) is int
    record = jsonrpc(server.url, "VM.get_record", [session, vm])["result"]
    assert type(record["memory_static_max"]) is int
    assert type(record["domid"]) is int
    # JSON-RPC callers may send int params as JSON numbers.
    assert "error" not in jsonrpc(server.url, "VM.set_user_version", [session, vm, 3 * 2**32])
    assert xapi.xenapi.VM.get_user_version(vm) == str(3 * 2**32)

    body = ("<?xml version='1.0'?><methodCall><methodName>VM.get_user_version</methodName><params>"
            f"<param><value><string>{session}</string></value></param>"
            f"<param><value>{vm}</value></param></params></methodCall>")
    raw = httpx.post(server.url + "/RPC2", content=body.encode(), headers={"Content-Type": "text/xml"}, timeout=30)
    assert f"<value>{3 * 2**32}</value>" in raw.text
    assert "<i8>" not in raw.text and "<int>" not in raw.text
    assert xml_value(raw.content) == {"Status": "Success", "Value": str(3 * 2**32)}

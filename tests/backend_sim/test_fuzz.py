"""Property-based fuzzing of the RPC endpoints over real HTTP: random bytes, random and mutated XML-RPC and
JSON-RPC bodies, wrong types, deep nesting and huge numbers. Whatever arrives, the server answers with a
well-formed reply or an HTTP error, never an INTERNAL_ERROR, and keeps serving (reference §1.1–§1.4, §1.8)."""

from __future__ import annotations

import json
import re
import xmlrpc.client
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SimServer
from sdk_support import jsonrpc, sim_fixture, xml_value

FUZZ = settings(max_examples=150, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
OK_STATUSES = {200, 400, 413, 500}
# Read-only calls that never block, safe to fuzz with a valid session.
SAFE = re.compile(r"^(?!event\.)[A-Za-z_]+\.(get_[A-Za-z_]*)$")

server_fixture = sim_fixture("--scenario", "demo", "--manual-clock")


class Target:
    """The fuzzed server, one persistent client, a valid session and the advertised method names."""

    def __init__(self, server: SimServer) -> None:
        self.server = server
        self.http = httpx.Client(timeout=15)
        self.session = self.login()
        self.methods: list[str] = self.http.post(
            server.url + "/jsonrpc", json={"jsonrpc": "2.0", "method": "system.listMethods", "id": 1}).json()["result"]
        self.safe = sorted(name for name in self.methods if SAFE.match(name))
        records = self.jsonrpc("VM.get_all_records", [self.session])["result"]
        self.vm = next(ref for ref, r in sorted(records.items())
                       if not r["is_control_domain"] and not r["is_a_template"] and r["power_state"] == "Halted")

    def login(self) -> str:
        reply = self.http.post(self.server.url + "/jsonrpc", json={
            "jsonrpc": "2.0", "method": "session.login_with_password",
            "params": [self.server.user, self.server.password], "id": 1})
        ref = reply.json()["result"]
        assert isinstance(ref, str)
        return ref

    def jsonrpc(self, method: str, params: list[Any]) -> dict[str, Any]:
        return jsonrpc(self.server.url, method, params, client=self.http)

    def post(self, path: str, body: bytes, content_type: str) -> httpx.Response:
        return self.http.post(self.server.url + path, content=body, headers={"Content-Type": content_type})

    def assert_alive(self) -> None:
        tail = "".join(getattr(self.server, "output_tail", []))
        assert self.server.process.poll() is None, "the simulator died:\n" + tail
        assert self.jsonrpc("pool.get_all", [self.session])["result"], tail
        reply = self.post("/RPC2", xmlrpc.client.dumps((self.session, self.vm), "VM.get_power_state").encode(),
                          "text/xml")
        assert reply.status_code == 200
        value = xml_value(reply.content)
        assert value["Status"] == "Success", value


@pytest.fixture(scope="module")
def target(server: SimServer) -> Iterator[Target]:
    fuzzed = Target(server)
    yield fuzzed
    fuzzed.http.close()


def check_xml_reply(reply: httpx.Response) -> None:
    assert reply.status_code in OK_STATUSES, reply.status_code
    if reply.status_code != 200:
        return
    assert reply.headers["content-type"] == "text/xml"
    value = xml_value(reply.content)
    if isinstance(value, list):  # system.listMethods
        return
    assert value["Status"] in ("Success", "Failure"), value
    if value["Status"] == "Failure":
        description = value["ErrorDescription"]
        assert description and all(isinstance(item, str) for item in description), description
        assert description[0] != "INTERNAL_ERROR", description


def check_json_reply(reply: httpx.Response, request_id: Any = None) -> None:
    assert reply.status_code in OK_STATUSES, reply.status_code
    if reply.status_code != 200:
        return
    assert reply.headers["content-type"] == "application/json"
    data = reply.json()
    if request_id is not None:
        assert data["id"] == request_id
    error = data.get("error")
    if isinstance(error, dict):
        assert error["code"] == 1 and isinstance(error["message"], str), error
        assert all(isinstance(item, str) for item in error["data"]), error
        assert error["message"] != "INTERNAL_ERROR", error
    elif error is not None:
        assert all(isinstance(item, str) for item in error), error
        assert error[0] != "INTERNAL_ERROR", error
    else:
        assert "result" in data


# --- strategies -----------------------------------------------------------------------------------------------------

xml_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=24)
safe_text = st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=24)
xml_scalars = st.one_of(st.integers(-(2**31), 2**31 - 1), safe_text, st.booleans(),
                        st.floats(allow_nan=False, allow_infinity=False), st.just("OpaqueRef:NULL"))
xml_values = st.recursive(xml_scalars, lambda inner: st.lists(inner, max_size=4)
                          | st.dictionaries(safe_text, inner, max_size=4), max_leaves=12)
json_scalars = st.one_of(st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(allow_nan=False),
                         xml_text)
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(xml_text, inner, max_size=4), max_leaves=12)


@st.composite
def method_names(draw: st.DrawFn, target: Target) -> str:
    kind = draw(st.sampled_from(["real", "async", "random", "underscore"]))
    name = draw(st.sampled_from(target.methods))
    if kind == "async":
        return "Async." + name
    if kind == "underscore":
        return name.replace(".", "_", 1)
    if kind == "random":
        return draw(st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=40))
    return name


@st.composite
def calls(draw: st.DrawFn, target: Target) -> tuple[str, list[Any]]:
    """A method and params: a safe getter with a valid session and random params, or anything without one."""
    if draw(st.booleans()):
        method = draw(st.sampled_from(target.safe))
        first: Any = target.session
    else:
        method = draw(method_names(target))
        first = draw(st.one_of(st.just("OpaqueRef:NULL"), safe_text, xml_scalars))
    rest = draw(st.lists(st.one_of(st.just(target.vm), xml_values), max_size=4))
    return method, [first, *rest]


def mutate(data: st.DataObject, body: bytes) -> bytes:
    how = data.draw(st.sampled_from(["truncate", "flip", "insert", "delete", "none"]))
    if not body or how == "none":
        return body
    at = data.draw(st.integers(0, len(body) - 1))
    if how == "truncate":
        return body[:at]
    if how == "flip":
        return body[:at] + bytes([data.draw(st.integers(0, 255))]) + body[at + 1:]
    if how == "insert":
        return body[:at] + data.draw(st.binary(min_size=1, max_size=16)) + body[at:]
    end = data.draw(st.integers(at, min(len(body), at + 32)))
    return body[:at] + body[end:]


# --- the properties -------------------------------------------------------------------------------------------------


@FUZZ
@given(body=st.binary(max_size=512), path=st.sampled_from(["/RPC2", "/jsonrpc", "/", "/xmlrpc"]))
def test_random_bytes(target: Target, body: bytes, path: str) -> None:
    reply = target.post(path, body, "application/json" if path == "/jsonrpc" else "text/xml")
    assert reply.status_code in OK_STATUSES
    target.assert_alive()


@FUZZ
@given(data=st.data())
def test_random_and_mutated_xmlrpc_calls(target: Target, data: st.DataObject) -> None:
    method, params = data.draw(calls(target))
    body = xmlrpc.client.dumps(tuple(params), method).encode()
    mutated = mutate(data, body)
    reply = target.post(data.draw(st.sampled_from(["/RPC2", "/"])), mutated, "text/xml")
    check_xml_reply(reply)
    target.assert_alive()


@FUZZ
@given(data=st.data())
def test_random_and_mutated_jsonrpc_calls(target: Target, data: st.DataObject) -> None:
    method, params = data.draw(calls(target))
    request: dict[str, Any] = {"method": method, "params": params, "id": data.draw(st.integers(0, 2**31) | safe_text)}
    if data.draw(st.booleans()):
        request["jsonrpc"] = "2.0"
    body = json.dumps(request).encode()
    mutated = mutate(data, body)
    reply = target.post("/jsonrpc", mutated, "application/json")
    check_json_reply(reply, request["id"] if mutated == body else None)
    if mutated == body:
        assert reply.status_code == 200
    target.assert_alive()


@FUZZ
@given(request=st.dictionaries(st.sampled_from(["method", "params", "id", "jsonrpc", "extra"]), json_values,
                               max_size=5),
       method=st.none() | st.sampled_from(["system.listMethods", "VM.get_all", "session.login_with_password",
                                           "event.from", "VM.set_name_label"]))
def test_json_requests_of_random_shape(target: Target, request: dict[str, Any], method: str | None) -> None:
    if method is not None:
        request["method"] = method
    if request.get("method") == "event.from":
        request["params"] = ["OpaqueRef:NULL"]  # never block
    reply = target.post("/jsonrpc", json.dumps(request).encode(), "application/json")
    check_json_reply(reply)
    target.assert_alive()


@FUZZ
@given(value=json_values, field=st.sampled_from(["set_name_label", "set_user_version", "set_other_config",
                                                 "add_to_other_config", "add_tags", "set_tags",
                                                 "set_memory_static_max", "set_VCPUs_max", "remove_tags"]))
def test_wrong_types_for_setters(target: Target, value: Any, field: str) -> None:
    params: list[Any] = [target.session, target.vm, value]
    if field == "add_to_other_config":
        params.append(value)
    reply = target.post("/jsonrpc", json.dumps({"jsonrpc": "2.0", "method": f"VM.{field}", "params": params,
                                                "id": 2}).encode(), "application/json")
    check_json_reply(reply, 2)
    assert reply.status_code == 200
    # Whatever was stored must still serialise over both protocols.
    assert_int64_and_serialisable(target)
    target.assert_alive()


# --- fixed hostile inputs -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("depth", [100, 1000, 5000])
def test_deeply_nested_xml(target: Target, depth: int) -> None:
    nested = "<value><array><data>" * depth + "<value>x</value>" + "</data></array></value>" * depth
    body = (f"<?xml version='1.0'?><methodCall><methodName>VM.get_by_name_label</methodName><params>"
            f"<param><value>{target.session}</value></param><param>{nested}</param></params></methodCall>").encode()
    check_xml_reply(target.post("/RPC2", body, "text/xml"))
    nested = "<value><struct><member><name>k</name>" * depth + "<value>x</value>" + "</member></struct></value>" * depth
    body = (f"<?xml version='1.0'?><methodCall><methodName>VM.get_by_name_label</methodName><params>"
            f"<param><value>{target.session}</value></param><param>{nested}</param></params></methodCall>").encode()
    check_xml_reply(target.post("/RPC2", body, "text/xml"))
    target.assert_alive()


@pytest.mark.parametrize("depth", [100, 1000, 100_000])
def test_deeply_nested_json(target: Target, depth: int) -> None:
    nested = "[" * depth + "]" * depth
    body = ('{"jsonrpc": "2.0", "method": "VM.get_by_name_label", "params": ["%s", %s], "id": 1}'
            % (target.session, nested)).encode()
    check_json_reply(target.post("/jsonrpc", body, "application/json"))
    nested = '{"a": ' * depth + "1" + "}" * depth
    body = ('{"jsonrpc": "2.0", "method": "VM.get_by_name_label", "params": ["%s", %s], "id": 1}'
            % (target.session, nested)).encode()
    check_json_reply(target.post("/jsonrpc", body, "application/json"))
    target.assert_alive()


def assert_int64_and_serialisable(target: Target) -> None:
    """The record still serialises over both protocols, and int fields stay within int64."""
    record = target.jsonrpc("VM.get_record", [target.session, target.vm])["result"]
    assert -(2**63) <= record["user_version"] < 2**63, record["user_version"]
    reply = target.post("/RPC2", xmlrpc.client.dumps((target.session, target.vm), "VM.get_record").encode(),
                        "text/xml")
    value = xml_value(reply.content)
    assert value["Status"] == "Success"
    assert -(2**63) <= int(value["Value"]["user_version"]) < 2**63


def reset(target: Target) -> None:
    for method, value in (("VM.set_user_version", 1), ("VM.set_HVM_shadow_multiplier", 1.0)):
        assert "error" not in target.jsonrpc(method, [target.session, target.vm, value])


@pytest.mark.parametrize("number", ["99999999999999999999999999", "-99999999999999999999999999", "1e400", "-1e400",
                                    "NaN", "Infinity", "1" * 5000, "9223372036854775808", "-9223372036854775809"],
                         ids=["1e26", "-1e26", "1e400", "-1e400", "NaN", "Infinity", "5000-digits", "2^63",
                              "-2^63-1"])
def test_huge_numbers_in_json(target: Target, number: str) -> None:
    reset(target)
    for method in ("VM.set_user_version", "VM.set_VCPUs_max", "VM.set_HVM_shadow_multiplier"):
        body = ('{"jsonrpc": "2.0", "method": "%s", "params": ["%s", "%s", %s], "id": 4}'
                % (method, target.session, target.vm, number)).encode()
        check_json_reply(target.post("/jsonrpc", body, "application/json"), 4)
        assert_int64_and_serialisable(target)
    target.assert_alive()


@pytest.mark.parametrize("element", ["<int>99999999999999999999999</int>", "<i8>9223372036854775808</i8>",
                                     "<i4>2147483648</i4>", "<double>1e400</double>", "<double>nan</double>",
                                     "<double>inf</double>", "<value>99999999999999999999999</value>",
                                     "<i4>" + "9" * 5000 + "</i4>"],
                         ids=["int-1e23", "i8-2^63", "i4-2^31", "double-1e400", "double-nan", "double-inf",
                              "untyped-1e23", "i4-5000-digits"])
def test_huge_numbers_in_xml(target: Target, element: str) -> None:
    reset(target)
    for method in ("VM.set_user_version", "VM.set_HVM_shadow_multiplier"):
        inner = element if element.startswith("<value>") else f"<value>{element}</value>"
        body = (f"<?xml version='1.0'?><methodCall><methodName>{method}</methodName><params>"
                f"<param><value>{target.session}</value></param><param><value>{target.vm}</value></param>"
                f"<param>{inner}</param></params></methodCall>").encode()
        check_xml_reply(target.post("/RPC2", body, "text/xml"))
        assert_int64_and_serialisable(target)
    target.assert_alive()

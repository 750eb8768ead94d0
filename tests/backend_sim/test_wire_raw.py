"""Raw HTTP checks of the wire format: headers, the exact XML-RPC and JSON-RPC shapes, routing, and how
malformed or hostile bodies are refused without harming the server (reference §0, §1.1–§1.4, §1.8)."""

from __future__ import annotations

import json
import re
import statistics
import time
import xmlrpc.client
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from conftest import SimServer
from sdk_support import jsonrpc, sim_fixture, xml_value

MAX_BODY = 300 * 1024

server_fixture = sim_fixture("--scenario", "demo")


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=30) as http:
        yield http


@pytest.fixture(scope="module")
def session(server: SimServer, client: httpx.Client) -> str:
    ref = jcall(client, server, "session.login_with_password", [server.user, server.password])["result"]
    assert isinstance(ref, str)
    return ref


def xml_body(method: str, *params: Any) -> bytes:
    return xmlrpc.client.dumps(params, method, allow_none=False).encode()


def post_xml(client: httpx.Client, server: SimServer, body: bytes, path: str = "/RPC2") -> httpx.Response:
    return client.post(server.url + path, content=body, headers={"Content-Type": "text/xml"})


def xcall(client: httpx.Client, server: SimServer, method: str, *params: Any) -> dict[str, Any]:
    reply = post_xml(client, server, xml_body(method, *params))
    assert reply.status_code == 200, reply.text
    value = xml_value(reply.content)
    assert isinstance(value, dict)
    return value


def jcall(client: httpx.Client, server: SimServer, method: str, params: Any, *, v2: bool = True,
          request_id: Any = 1) -> dict[str, Any]:
    return jsonrpc(server.url, method, params, v2=v2, request_id=request_id, client=client)


def assert_alive(client: httpx.Client, server: SimServer) -> None:
    """A normal call still works over both protocols, and the process still runs."""
    assert server.process.poll() is None, "the simulator died"
    login = xcall(client, server, "session.login_with_password", server.user, server.password)
    assert login["Status"] == "Success", login
    ref = login["Value"]
    assert jcall(client, server, "pool.get_all", [ref])["result"]
    assert xcall(client, server, "session.logout", ref) == {"Status": "Success", "Value": ""}


@pytest.fixture(scope="module")
def vm(client: httpx.Client, server: SimServer, session: str) -> str:
    records = jcall(client, server, "VM.get_all_records", [session])["result"]
    for ref, record in sorted(records.items()):
        if not record["is_a_template"] and not record["is_control_domain"]:
            assert isinstance(ref, str)
            return ref
    raise AssertionError("no guest")


# --- headers --------------------------------------------------------------------------------------------------------


def test_xmlrpc_content_type_is_exactly_text_xml(client: httpx.Client, server: SimServer, session: str) -> None:
    for body in [xml_body("session.login_with_password", server.user, server.password),
                 xml_body("VM.get_all", session), xml_body("VM.nonexistent", session),
                 xml_body("system.listMethods")]:
        reply = post_xml(client, server, body)
        assert reply.status_code == 200
        assert reply.headers["content-type"] == "text/xml"


def test_jsonrpc_content_type_is_exactly_application_json(client: httpx.Client, server: SimServer,
                                                          session: str) -> None:
    for v2 in (True, False):
        for method in ("VM.get_all", "VM.nonexistent", "system.listMethods"):
            body = {"method": method, "params": [session], "id": 1} | ({"jsonrpc": "2.0"} if v2 else {})
            reply = client.post(server.url + "/jsonrpc", json=body)
            assert reply.status_code == 200
            assert reply.headers["content-type"] == "application/json"


def test_cors_headers_on_every_reply(client: httpx.Client, server: SimServer, session: str) -> None:
    replies = [
        post_xml(client, server, xml_body("VM.get_all", session)),
        client.post(server.url + "/jsonrpc", json={"jsonrpc": "2.0", "method": "VM.get_all", "params": [session],
                                                   "id": 1}),
        post_xml(client, server, b"<not xml"),
        client.post(server.url + "/jsonrpc", content=b"{"),
    ]
    for reply in replies:
        assert reply.headers["access-control-allow-origin"] == "*", reply.request.url
    for path in ("/", "/jsonrpc"):
        options = client.options(server.url + path)
        assert options.status_code == 200
        assert options.headers["access-control-allow-origin"] == "*"
        assert "X-Requested-With" in options.headers["access-control-allow-headers"]


# --- XML-RPC shape --------------------------------------------------------------------------------------------------


def test_xml_replies_are_one_compact_line(client: httpx.Client, server: SimServer, session: str, vm: str) -> None:
    for body in [xml_body("VM.get_record", session, vm), xml_body("VM.get_all_records", session),
                 xml_body("system.listMethods"), xml_body("VM.get_record", session, "OpaqueRef:NULL"),
                 xml_body("event.from", session, ["pool"], "", 1.0)]:
        text = post_xml(client, server, body).text
        assert "\n" not in text.rstrip("\n"), text[:200]
        assert not re.search(r">\s+<", text), "whitespace between elements"
        assert "<fault>" not in text


def test_xml_strings_are_untyped(client: httpx.Client, server: SimServer, session: str, vm: str) -> None:
    reply = post_xml(client, server, xml_body("session.login_with_password", server.user, server.password)).text
    assert re.search(r"<name>Value</name><value>OpaqueRef:[0-9a-f-]+</value>", reply), reply
    record = post_xml(client, server, xml_body("VM.get_record", session, vm)).text
    assert "<string>" not in record
    assert "<name>Status</name><value>Success</value>" in record
    assert re.search(r"<name>power_state</name><value>[A-Z][a-z]+</value>", record)
    assert re.search(r"<name>memory_static_max</name><value>\d+</value>", record), "64-bit ints are untyped"
    assert re.search(r"<name>is_a_template</name><value><boolean>[01]</boolean></value>", record)
    assert re.search(r"<name>HVM_shadow_multiplier</name><value><double>[-+0-9.eE]+</double></value>", record)
    assert re.search(r"<name>VIFs</name><value><array><data>", record)
    assert re.search(r"<name>other_config</name><value><struct>", record)
    metrics = xcall(client, server, "VM.get_metrics", session, vm)["Value"]
    start_time = post_xml(client, server, xml_body("VM_metrics.get_start_time", session, metrics)).text
    assert re.search(r"<value><dateTime\.iso8601>\d{8}T\d\d:\d\d:\d\dZ</dateTime\.iso8601></value>", start_time)


def test_empty_strings_are_empty_value_elements(client: httpx.Client, server: SimServer) -> None:
    ref = xcall(client, server, "session.login_with_password", server.user, server.password)["Value"]
    text = post_xml(client, server, xml_body("session.logout", ref)).text
    assert "<name>Value</name><value></value>" in text, text
    assert "<value/>" not in text and "<string></string>" not in text and "<string/>" not in text


def test_xml_escaping_of_special_characters(client: httpx.Client, server: SimServer, session: str, vm: str) -> None:
    label = 'a<b&c>"d\'e'
    assert xcall(client, server, "VM.set_name_description", session, vm, label)["Status"] == "Success"
    text = post_xml(client, server, xml_body("VM.get_name_description", session, vm)).text
    assert "<value>a&lt;b&amp;c&gt;&quot;d'e</value>" in text or "<value>a&lt;b&amp;c&gt;&quot;d&apos;e</value>" in text
    assert xcall(client, server, "VM.get_name_description", session, vm)["Value"] == label


def test_characters_xml_cannot_carry_do_not_break_xml_replies(client: httpx.Client, server: SimServer, session: str,
                                                               vm: str) -> None:
    # JSON-RPC can carry them but XML-RPC cannot: a write is refused, so no XML reply ever breaks on one.
    label = "a\x00b\x0bc\x1fd\ufffee\tf"
    refused = jcall(client, server, "VM.set_name_description", [session, vm, label])
    assert refused["error"]["message"] == "INVALID_VALUE", refused
    # Strings that came in another way (a database dump) still go out well-formed: replaced, not dropped.
    from backend_sim.wire import xmlrpc

    body = xmlrpc.success(label)
    assert b"\x00" not in body and "\ufffd".encode() in body
    assert xcall(client, server, "VM.set_name_description", session, vm, "")["Status"] == "Success"


def test_valid_ref_counts_are_i4(client: httpx.Client, server: SimServer, session: str) -> None:
    text = post_xml(client, server, xml_body("event.from", session, ["pool"], "", 1.0)).text
    counts = text[text.index("<name>valid_ref_counts</name>"):]
    assert re.search(r"<name>vm</name><value><i4>\d+</i4></value>", counts), counts[:300]


def test_errors_are_failure_structs_not_faults(client: httpx.Client, server: SimServer) -> None:
    text = post_xml(client, server, xml_body("VM.get_all", "OpaqueRef:NULL")).text
    assert "<fault>" not in text
    assert text.endswith("</methodResponse>") or text.endswith("</methodResponse>\n")
    value = xml_value(text.encode())
    assert value == {"Status": "Failure", "ErrorDescription": ["SESSION_INVALID", "OpaqueRef:NULL"]}


@pytest.mark.parametrize("encoded", ["<value>{}</value>", "<value><string>{}</string></value>",
                                     "<value><i4>{}</i4></value>", "<value><int>{}</int></value>",
                                     "<value><i8>{}</i8></value>"],
                         ids=["untyped", "string", "i4", "int", "i8"])
def test_int_params_in_every_xml_encoding(client: httpx.Client, server: SimServer, session: str, vm: str,
                                          encoded: str) -> None:
    number = "8589934592" if "i4" not in encoded and "<int>" not in encoded else "1234"
    body = ("<?xml version='1.0'?><methodCall><methodName>VM.set_user_version</methodName><params>"
            f"<param><value>{session}</value></param><param><value>{vm}</value></param>"
            f"<param>{encoded.format(number)}</param></params></methodCall>").encode()
    reply = post_xml(client, server, body)
    value = xml_value(reply.content)
    assert value == {"Status": "Success", "Value": ""}
    assert xcall(client, server, "VM.get_user_version", session, vm)["Value"] == number


@pytest.mark.parametrize("timeout", ["<double>0.2</double>", "<int>0</int>", "<i4>0</i4>", "0.2", "<string>0</string>"])
def test_float_params_may_arrive_as_ints_or_strings(client: httpx.Client, server: SimServer, session: str,
                                                    timeout: str) -> None:
    token = xcall(client, server, "event.from", session, ["pool"], "", 1.0)["Value"]["token"]
    body = ("<?xml version='1.0'?><methodCall><methodName>event.from</methodName><params>"
            f"<param><value>{session}</value></param>"
            "<param><value><array><data><value>pool</value></data></array></value></param>"
            f"<param><value>{token}</value></param><param><value>{timeout}</value></param></params></methodCall>")
    started = time.monotonic()
    value = xml_value(post_xml(client, server, body.encode()).content)
    assert value["Status"] == "Success", value
    assert value["Value"]["events"] == []
    assert time.monotonic() - started < 3


# --- JSON-RPC shape -------------------------------------------------------------------------------------------------


def test_jsonrpc_v1_shapes(client: httpx.Client, server: SimServer, session: str) -> None:
    ok = jcall(client, server, "pool.get_all", [session], v2=False, request_id=41)
    assert set(ok) == {"result", "error", "id"}
    assert ok["error"] is None and ok["id"] == 41 and isinstance(ok["result"], list)
    bad = jcall(client, server, "pool.get_record", [session, "OpaqueRef:NULL"], v2=False, request_id="abc")
    assert bad == {"result": None, "error": ["HANDLE_INVALID", "pool", "OpaqueRef:NULL"], "id": "abc"}


def test_jsonrpc_v2_shapes(client: httpx.Client, server: SimServer, session: str) -> None:
    ok = jcall(client, server, "pool.get_all", [session], request_id=0)
    assert set(ok) == {"jsonrpc", "result", "id"}, "no error key in a v2 success"
    assert ok["jsonrpc"] == "2.0" and ok["id"] == 0
    bad = jcall(client, server, "pool.get_record", [session, "OpaqueRef:NULL"], request_id="x-1")
    assert bad == {"jsonrpc": "2.0", "error": {"code": 1, "message": "HANDLE_INVALID",
                                               "data": ["pool", "OpaqueRef:NULL"]}, "id": "x-1"}
    void = jcall(client, server, "pool.remove_from_other_config", [session, ok["result"][0], "absent-key"])
    assert void == {"jsonrpc": "2.0", "result": "", "id": 1}


def test_jsonrpc_error_data_are_strings(client: httpx.Client, server: SimServer, session: str) -> None:
    bad = jcall(client, server, "VM.get_record", [session], request_id=3)
    assert bad["error"]["message"] == "MESSAGE_PARAMETER_COUNT_MISMATCH"
    assert all(isinstance(item, str) for item in bad["error"]["data"]), bad


def test_jsonrpc_v2_params_missing_or_null_mean_none(client: httpx.Client, server: SimServer) -> None:
    for body in [{"jsonrpc": "2.0", "method": "system.listMethods", "id": 5},
                 {"jsonrpc": "2.0", "method": "system.listMethods", "params": None, "id": 5}]:
        reply = client.post(server.url + "/jsonrpc", json=body)
        assert reply.status_code == 200
        data = reply.json()
        assert data["id"] == 5 and "VM.start" in data["result"]
    reply = client.post(server.url + "/jsonrpc", json={"jsonrpc": "2.0", "method": "session.login_with_password",
                                                       "id": 6})
    assert reply.status_code == 200
    assert reply.json()["error"]["message"] == "MESSAGE_PARAMETER_COUNT_MISMATCH"


@pytest.mark.parametrize("body", [
    {"jsonrpc": "2.0", "method": "system.listMethods", "params": []},
    {"jsonrpc": "2.0", "method": "system.listMethods", "params": [], "id": None},
    {"method": "system.listMethods", "params": []},
    {"method": "system.listMethods", "params": [], "id": None},
    {"method": "system.listMethods", "id": 1},
], ids=["v2-no-id", "v2-null-id", "v1-no-id", "v1-null-id", "v1-no-params"])
def test_jsonrpc_requests_without_id_or_v1_params_are_refused(client: httpx.Client, server: SimServer,
                                                              body: dict[str, Any]) -> None:
    reply = client.post(server.url + "/jsonrpc", json=body)
    assert reply.status_code == 500
    assert_alive(client, server)


# --- routing --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/RPC2", "/", "/xmlrpc", "/some/other/path"])
def test_every_post_path_but_jsonrpc_speaks_xmlrpc(client: httpx.Client, server: SimServer, path: str) -> None:
    reply = post_xml(client, server, xml_body("session.login_with_password", server.user, server.password), path)
    assert reply.status_code == 200
    assert reply.headers["content-type"] == "text/xml"
    value = xml_value(reply.content)
    assert value["Status"] == "Success"
    xcall(client, server, "session.logout", value["Value"])


def test_xml_posted_to_jsonrpc_is_malformed(client: httpx.Client, server: SimServer) -> None:
    reply = post_xml(client, server, xml_body("system.listMethods"), "/jsonrpc")
    assert reply.status_code == 500


def test_json_posted_to_rpc2_is_malformed(client: httpx.Client, server: SimServer) -> None:
    reply = client.post(server.url + "/RPC2", json={"jsonrpc": "2.0", "method": "system.listMethods", "id": 1})
    assert reply.status_code == 500


# --- malformed and hostile bodies -----------------------------------------------------------------------------------


@pytest.mark.parametrize("body", [
    b"", b"not xml at all", b"<methodCall><methodName>VM.get_all", b"<methodCall></methodCall>",
    b"<methodCall><methodName>x</methodName><params><param><value><int>abc</int></value></param></params>"
    b"</methodCall>",
    b"<methodCall><methodName>x</methodName><params><param><value><struct><member><value>1</value></member>"
    b"</struct></value></param></params></methodCall>",
    b"<methodResponse><params></params></methodResponse>",
    b"<?xml version='1.0'?><methodCall><methodName>x</methodName><params><param><value><boolean>7</boolean>"
    b"</value></param></params></methodCall>",
], ids=["empty", "text", "truncated", "no-method-name", "bad-int", "member-without-name", "response", "bad-bool"])
def test_malformed_xml_gets_http_500_with_html(client: httpx.Client, server: SimServer, body: bytes) -> None:
    reply = post_xml(client, server, body)
    assert reply.status_code == 500
    assert "<html" in reply.text.lower()
    assert_alive(client, server)


@pytest.mark.parametrize("body", [
    b"", b"{", b"[]", b'"a string"', b"null", b'{"method": 5, "params": [], "id": 1}',
    b'{"method": "system.listMethods", "params": {}, "id": 1}', b'{"params": [], "id": 1}',
    b'{"method": "system.listMethods", "params": [], "id": [1]}', b'{"method": "system.listMethods", "params": ',
], ids=["empty", "brace", "array", "string", "null", "method-int", "params-object", "no-method", "id-array",
        "truncated"])
def test_malformed_json_gets_http_500(client: httpx.Client, server: SimServer, body: bytes) -> None:
    reply = client.post(server.url + "/jsonrpc", content=body, headers={"Content-Type": "application/json"})
    assert reply.status_code == 500
    assert_alive(client, server)


@pytest.mark.parametrize("path", ["/RPC2", "/jsonrpc"])
def test_bodies_over_300_kib_are_refused_with_413(client: httpx.Client, server: SimServer, path: str) -> None:
    padding = "x" * (MAX_BODY + 1024)
    if path == "/jsonrpc":
        body = json.dumps({"jsonrpc": "2.0", "method": "VM.get_by_name_label", "params": ["s", padding],
                           "id": 1}).encode()
    else:
        body = xml_body("VM.get_by_name_label", "s", padding)
    reply = client.post(server.url + path, content=body)
    assert reply.status_code == 413
    assert_alive(client, server)


def test_chunked_bodies_over_300_kib_are_refused_with_413(client: httpx.Client, server: SimServer) -> None:
    def chunks() -> Iterator[bytes]:
        yield b"<?xml version='1.0'?><methodCall><methodName>x</methodName><params><param><value>"
        for _ in range(40):
            yield b"y" * 10240
        yield b"</value></param></params></methodCall>"

    reply = client.post(server.url + "/RPC2", content=chunks())
    assert reply.status_code == 413
    assert_alive(client, server)


def test_a_body_just_under_the_limit_is_served(client: httpx.Client, server: SimServer, session: str) -> None:
    padding = "z" * (MAX_BODY - 2048)
    value = xcall(client, server, "VM.get_by_name_label", session, padding)
    assert value == {"Status": "Success", "Value": []}


@pytest.mark.parametrize(("path", "body"), [
    ("/RPC2", b"<?xml version='1.0'?><methodCall><methodName>VM.get_by_name_label</methodName><params>"
              b"<param><value>s</value></param><param><value>\xff\xfe\xc3</value></param></params></methodCall>"),
    ("/RPC2", b"\xff\xfe<\x00m\x00"),
    ("/jsonrpc", b'{"jsonrpc": "2.0", "method": "VM.get_by_name_label", "params": ["s", "\xff\xc3"], "id": 1}'),
], ids=["xml-param", "xml-garbage", "json-param"])
def test_invalid_utf8_bodies_are_refused(client: httpx.Client, server: SimServer, path: str, body: bytes) -> None:
    reply = client.post(server.url + path, content=body)
    assert reply.status_code == 500
    assert_alive(client, server)


def test_lone_surrogates_in_json_params_are_invalid_value(client: httpx.Client, server: SimServer,
                                                          session: str) -> None:
    body = ('{"jsonrpc": "2.0", "method": "VM.get_by_name_label", "params": ["%s", "a\\ud800b"], "id": 9}'
            % session).encode()
    reply = client.post(server.url + "/jsonrpc", content=body)
    assert reply.status_code == 200, reply.text
    assert reply.json()["error"]["message"] == "INVALID_VALUE"
    assert_alive(client, server)


def test_invalid_xml_character_references_are_refused(client: httpx.Client, server: SimServer) -> None:
    body = (b"<?xml version='1.0'?><methodCall><methodName>VM.get_by_name_label</methodName><params>"
            b"<param><value>s</value></param><param><value>&#xD800;&#0;</value></param></params></methodCall>")
    assert post_xml(client, server, body).status_code == 500
    assert_alive(client, server)


def test_entity_expansion_is_refused(client: httpx.Client, server: SimServer) -> None:
    lol = "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    body = (f'<?xml version="1.0"?><!DOCTYPE methodCall [<!ENTITY lol0 "lol">{lol}]>'
            "<methodCall><methodName>session.login_with_password</methodName><params>"
            "<param><value>&lol9;</value></param><param><value>x</value></param></params></methodCall>").encode()
    started = time.monotonic()
    reply = post_xml(client, server, body)
    assert time.monotonic() - started < 5
    assert reply.status_code == 500
    assert "lollol" not in reply.text
    assert_alive(client, server)


def test_external_entities_are_refused(client: httpx.Client, server: SimServer) -> None:
    body = (b'<?xml version="1.0"?><!DOCTYPE methodCall [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            b"<methodCall><methodName>session.login_with_password</methodName><params>"
            b"<param><value>&xxe;</value></param><param><value>x</value></param></params></methodCall>")
    reply = post_xml(client, server, body)
    assert reply.status_code == 500
    assert "root:" not in reply.text
    assert_alive(client, server)


def test_get_on_an_rpc_path_is_not_found(client: httpx.Client, server: SimServer) -> None:
    assert client.get(server.url + "/no-such-handler").status_code == 404
    assert_alive(client, server)


# --- latency --------------------------------------------------------------------------------------------------------


def test_keep_alive_calls_are_answered_without_delay(client: httpx.Client, server: SimServer, session: str) -> None:
    """Consecutive calls on one persistent connection (as every real client makes them) must not stall on
    Nagle's algorithm meeting delayed ACKs (about 40 ms per reply when TCP_NODELAY is missing)."""
    timings = []
    for _ in range(15):
        started = time.monotonic()
        jcall(client, server, "pool.get_all", [session])
        timings.append(time.monotonic() - started)
    assert statistics.median(timings) < 0.02, timings


def test_a_big_jsonrpc_reply_goes_out_while_it_is_built_a_small_one_with_its_length(
        client: httpx.Client, server: SimServer, session: str) -> None:
    """The first event.from is sent as it is written (chunked, no Content-Length: a client decodes it meanwhile);
    a small reply keeps its Content-Length. Both are the same JSON as ever."""
    def call(method: str, *params: Any) -> httpx.Response:
        body = {"jsonrpc": "2.0", "method": method, "params": [session, *params], "id": 1}
        return client.post(server.url + "/jsonrpc", json=body)

    big = call("event.from", ["*"], "", 1.0)
    assert big.status_code == 200 and "content-length" not in big.headers
    assert big.headers.get("transfer-encoding") == "chunked"
    assert big.headers["content-type"] == "application/json"
    assert len(json.loads(big.content)["result"]["events"]) > 100
    small = call("session.get_this_host", session)
    assert int(small.headers["content-length"]) == len(small.content)
    assert json.loads(small.content)["result"].startswith("OpaqueRef:")

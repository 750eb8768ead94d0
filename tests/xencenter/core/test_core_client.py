"""XenAPIClient over httpx.MockTransport: envelopes, login arity fallback, XML-RPC fallback, re-login, errors."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from xencenter.core.xenapi import (
    ConnectionLost,
    NotLoggedIn,
    Protocol,
    ProtocolError,
    XenAPIClient,
    XenAPIFailure,
    jsonrpc,
    normalize_url,
    xmlrpc,
)

from core_fakes import FakeXapi
from core_support import Runner, arun_fixture  # noqa: F401

URL = "http://xapi.test"


def client_for(fake: FakeXapi, **kwargs: Any) -> XenAPIClient:
    return XenAPIClient(URL, transport=fake.transport(), **kwargs)


def test_login_sends_four_params_over_jsonrpc(arun: Runner) -> None:
    fake = FakeXapi()
    client = client_for(fake)

    async def scenario() -> str:
        session = await client.login("root", "secret")
        await client.aclose()
        return session

    session = arun(scenario())
    assert session.startswith("OpaqueRef:session")
    assert client.protocol is Protocol.JSON_RPC
    [params] = fake.method_calls("session.login_with_password")
    assert params[:2] == ["root", "secret"] and len(params) == 4


@pytest.mark.parametrize("arity", [3, 2])
def test_login_retries_with_fewer_params(arun: Runner, arity: int) -> None:
    fake = FakeXapi(login_arity=arity)
    client = client_for(fake)
    arun(client.login("root", "secret"))
    lengths = [len(p) for p in fake.method_calls("session.login_with_password")]
    assert lengths == list(range(4, arity - 1, -1))
    arun(client.aclose())


def test_bad_password_is_a_typed_failure(arun: Runner) -> None:
    fake = FakeXapi()
    client = client_for(fake)
    with pytest.raises(XenAPIFailure) as info:
        arun(client.login("root", "wrong"))
    assert info.value.code == "SESSION_AUTHENTICATION_FAILED"
    assert info.value.params == ("root", "Authentication failure")
    assert client.session_ref is None
    arun(client.aclose())


def test_call_prepends_session_and_returns_result(arun: Runner) -> None:
    fake = FakeXapi(methods={"VM.get_name_label": lambda s, ref: f"name of {ref}"})
    client = client_for(fake)

    async def scenario() -> Any:
        await client.login("root", "secret")
        return await client.call("VM.get_name_label", "OpaqueRef:vm1")

    assert arun(scenario()) == "name of OpaqueRef:vm1"
    [params] = fake.method_calls("VM.get_name_label")
    assert params == [client.session_ref, "OpaqueRef:vm1"]
    arun(client.aclose())


def test_v1_error_shape_is_understood(arun: Runner) -> None:
    def fail(session: str, ref: str) -> None:
        raise XenAPIFailure("VM_BAD_POWER_STATE", [ref, "halted", "running"])

    fake = FakeXapi(methods={"VM.start": fail}, v1_errors=True)
    client = client_for(fake)
    arun(client.login("root", "secret"))
    with pytest.raises(XenAPIFailure) as info:
        arun(client.call("VM.start", "OpaqueRef:vm1"))
    assert info.value.code == "VM_BAD_POWER_STATE"
    assert info.value.params == ("OpaqueRef:vm1", "halted", "running")
    arun(client.aclose())


def test_falls_back_to_xmlrpc_without_jsonrpc_endpoint(arun: Runner) -> None:
    fake = FakeXapi(jsonrpc=False, methods={"host.get_record": lambda s, ref: {"memory_total": "34359738368"}})
    client = client_for(fake)

    async def scenario() -> Any:
        await client.login("root", "secret")
        return await client.call("host.get_record", "OpaqueRef:h")

    assert arun(scenario()) == {"memory_total": "34359738368"}
    assert client.protocol is Protocol.XML_RPC
    assert [p for p, m, _ in fake.calls if m == "host.get_record"] == ["xml"]
    arun(client.aclose())


def test_xmlrpc_failure_envelope(arun: Runner) -> None:
    def fail(session: str) -> None:
        raise XenAPIFailure("HOST_NOT_ENOUGH_FREE_MEMORY", ["4294967296", "1073741824"])

    fake = FakeXapi(jsonrpc=False, methods={"VM.start": fail})
    client = client_for(fake)
    arun(client.login("root", "secret"))
    with pytest.raises(XenAPIFailure) as info:
        arun(client.call("VM.start"))
    assert info.value.params == ("4294967296", "1073741824")
    arun(client.aclose())


def test_session_invalid_logs_in_again_once(arun: Runner) -> None:
    fake = FakeXapi()

    def whoami(session: str) -> str:
        if session not in fake.sessions:
            raise XenAPIFailure("SESSION_INVALID", [session])
        return session

    fake.methods["session.get_this_user"] = whoami
    client = client_for(fake)

    async def scenario() -> tuple[str, str]:
        first = await client.login("root", "secret")
        fake.sessions.clear()  # the server restarted or expired us
        answer = await client.call("session.get_this_user")
        return first, answer

    first, answer = arun(scenario())
    assert answer != first and answer == client.session_ref
    assert client.relogins == 1
    arun(client.aclose())


def test_session_invalid_twice_is_raised(arun: Runner) -> None:
    fake = FakeXapi(methods={"pool.get_all": lambda s: (_ for _ in ()).throw(XenAPIFailure("SESSION_INVALID", [s]))})
    client = client_for(fake)
    arun(client.login("root", "secret"))
    with pytest.raises(XenAPIFailure, match="SESSION_INVALID"):
        arun(client.call("pool.get_all"))
    assert len(fake.method_calls("pool.get_all")) == 2
    arun(client.aclose())


def test_call_before_login_is_refused(arun: Runner) -> None:
    client = client_for(FakeXapi())
    with pytest.raises(NotLoggedIn):
        arun(client.call("pool.get_all"))
    arun(client.aclose())


def test_logout_forgets_session(arun: Runner) -> None:
    fake = FakeXapi()
    client = client_for(fake)
    arun(client.login("root", "secret"))
    arun(client.logout())
    assert client.session_ref is None and not fake.sessions
    with pytest.raises(NotLoggedIn):
        arun(client.call("pool.get_all"))
    arun(client.aclose())


def test_call_async_returns_task_ref(arun: Runner) -> None:
    fake = FakeXapi(methods={"Async.VM.start": lambda s, vm, paused, force: "OpaqueRef:task1"})
    client = client_for(fake)
    arun(client.login("root", "secret"))
    assert arun(client.call_async("VM.start", "OpaqueRef:vm", False, False)) == "OpaqueRef:task1"
    arun(client.aclose())


def test_event_from_gets_longer_read_timeout(arun: Runner) -> None:
    seen: list[Any] = []
    batch = {"events": [], "token": "1", "valid_ref_counts": {}}
    fake = FakeXapi(methods={"event.from": lambda s, c, t, timeout: batch})

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions.get("timeout"))
        return await fake.handle(request)

    client = XenAPIClient(URL, transport=httpx.MockTransport(handler))
    arun(client.login("root", "secret"))
    batch = arun(client.event_from(["*"], "", 30.0))
    assert batch["token"] == "1"
    assert seen[-1]["read"] == 60.0 and seen[0]["read"] == 60.0 and seen[-1]["connect"] == 10.0
    assert fake.method_calls("event.from")[0][1:] == [["*"], "", 30.0]
    arun(client.aclose())


def test_network_errors_become_connection_lost(arun: Runner) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    client = XenAPIClient(URL, transport=httpx.MockTransport(refuse))
    with pytest.raises(ConnectionLost, match="cannot reach"):
        arun(client.login("root", "secret"))

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    client2 = XenAPIClient(URL, transport=httpx.MockTransport(slow))
    with pytest.raises(ConnectionLost, match="timed out"):
        arun(client2.login("root", "secret"))
    arun(client.aclose())
    arun(client2.aclose())


def test_http_errors_and_garbage_are_protocol_errors(arun: Runner) -> None:
    replies = iter([
        httpx.Response(200, content=b"{}", headers={"content-type": "application/json"}),
        httpx.Response(500, content=b"oops", headers={"content-type": "application/json"}),
        httpx.Response(200, content=b"not json", headers={"content-type": "application/json"}),
    ])
    client = XenAPIClient(URL, transport=httpx.MockTransport(lambda r: next(replies)), protocol=Protocol.JSON_RPC)
    for expected in ("neither result nor error", "HTTP 500", "malformed JSON"):
        with pytest.raises(ProtocolError, match=expected):
            arun(client.request("pool.get_all", []))
    arun(client.aclose())


# -- codecs ---------------------------------------------------------------------------------------------------

def test_xmlrpc_decodes_xapi_untyped_values() -> None:
    body = (b"<?xml version='1.0'?><methodResponse><params><param><value><struct>"
            b"<member><name>Status</name><value>Success</value></member>"
            b"<member><name>Value</name><value><struct>"
            b"<member><name>name_label</name><value>web &amp; db</value></member>"
            b"<member><name>memory</name><value>8589934592</value></member>"
            b"<member><name>empty</name><value></value></member>"
            b"<member><name>vcpus</name><value><i4>2</i4></value></member>"
            b"<member><name>ratio</name><value><double>0.5</double></value></member>"
            b"<member><name>live</name><value><boolean>1</boolean></value></member>"
            b"<member><name>when</name><value><dateTime.iso8601>20250319T04:16:24Z</dateTime.iso8601></value>"
            b"</member><member><name>tags</name><value><array><data><value>a</value><value><string>b</string>"
            b"</value></data></array></value></member>"
            b"</struct></value></member></struct></value></param></params></methodResponse>")
    assert xmlrpc.decode_reply(body) == {"name_label": "web & db", "memory": "8589934592", "empty": "",
                                         "vcpus": 2, "ratio": 0.5, "live": True, "when": "20250319T04:16:24Z",
                                         "tags": ["a", "b"]}


def test_xmlrpc_bare_value_and_fault_and_garbage() -> None:
    bare = b"<methodResponse><params><param><value><array><data><value>VM.start</value></data></array></value>" \
           b"</param></params></methodResponse>"
    assert xmlrpc.decode_reply(bare) == ["VM.start"]
    fault = b"<methodResponse><fault><value><struct><member><name>faultString</name><value>boom</value></member>" \
            b"</struct></value></fault></methodResponse>"
    with pytest.raises(ProtocolError, match="boom"):
        xmlrpc.decode_reply(fault)
    with pytest.raises(ProtocolError, match="malformed XML"):
        xmlrpc.decode_reply(b"<methodResponse><params>")
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><methodResponse>&a;</methodResponse>'
    with pytest.raises(ProtocolError):
        xmlrpc.decode_reply(bomb)


def test_xmlrpc_encodes_big_ints_as_strings_and_escapes() -> None:
    body = xmlrpc.encode_call("VM.set_memory", ["OpaqueRef:s", 2**33, 5, True, 1.5, {"k": ["<x>"]}]).decode()
    assert "<string>8589934592</string>" in body and "<int>5</int>" in body
    assert "<boolean>1</boolean>" in body and "<double>1.5</double>" in body
    assert "&lt;x&gt;" in body
    with pytest.raises(ValueError, match="no XML-RPC form"):
        xmlrpc.encode_call("x", [object()])
    with pytest.raises(ValueError, match="finite"):
        xmlrpc.encode_call("x", [float("nan")])


def test_jsonrpc_v2_error_with_odd_data() -> None:
    with pytest.raises(XenAPIFailure) as info:
        jsonrpc.decode_reply(b'{"jsonrpc":"2.0","error":{"code":1,"message":"HANDLE_INVALID","data":["VM","x"]},"id":1}')
    assert (info.value.code, info.value.params) == ("HANDLE_INVALID", ("VM", "x"))
    with pytest.raises(XenAPIFailure) as info:
        jsonrpc.decode_reply(b'{"result":null,"error":[],"id":1}')
    assert info.value.code == "UNKNOWN_ERROR"
    with pytest.raises(ProtocolError):
        jsonrpc.decode_reply(b"[1]")


@pytest.mark.parametrize(("text", "expected"), [
    ("xcp1", "https://xcp1"), ("10.0.0.5:8080", "https://10.0.0.5:8080"), ("http://h:80/", "http://h"),
    (" https://pool.example ", "https://pool.example"),
])
def test_normalize_url(text: str, expected: str) -> None:
    assert normalize_url(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "ftp://x", "http://"])
def test_normalize_url_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        normalize_url(text)


@pytest.mark.parametrize(("address", "expected"), [
    ("10.0.0.2", "https://10.0.0.2:8443"),  # xapi: an IP, same scheme and port
    ("127.0.0.1:40555", "https://127.0.0.1:40555"),  # the simulator: each pool on its own port
    ("fd00::2", "https://[fd00::2]:8443"),
    ("[fd00::2]:9443", "https://[fd00::2]:9443"),
])
def test_the_master_named_by_host_is_slave(address: str, expected: str) -> None:
    from xencenter.core.xenapi.urls import master_url

    assert master_url("https://10.0.0.1:8443", address) == expected

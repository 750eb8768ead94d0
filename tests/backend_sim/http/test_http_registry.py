"""The HTTP handler registry over real sockets: throwaway handlers of each kind (plain, CONNECT, WebSocket),
the status of every refusal (400/401/403/404/405), a crashing handler answered cleanly, and the server
serving on afterwards. The simulator's served shape is used as is: `server.uvicorn_config` and `XapiApp`."""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Iterator

import httpx
import pytest
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect as ws_connect

from httpsim import Served, basic, raw_exchange, served_fixture, status_of  # noqa: F401  (a fixture)

# --- plain handlers --------------------------------------------------------------------------------------------------


def test_a_plain_handler_answers_with_a_session_in_the_query_a_cookie_or_basic_auth(served: Served) -> None:
    by_query = httpx.get(served.url + "/hello", params={"name": "a", "session_id": served.session})
    assert (by_query.status_code, by_query.text) == (200, f"hello a on {served.session[:10]}")
    by_cookie = httpx.get(served.url + "/hello", params={"name": "b"}, cookies={"session_id": served.session})
    assert (by_cookie.status_code, by_cookie.text) == (200, f"hello b on {served.session[:10]}")
    by_password = httpx.get(served.url + "/hello", params={"name": "c"}, headers=basic("root", "xensim"))
    assert by_password.status_code == 200
    assert by_password.text.startswith("hello c on OpaqueRef:")


@pytest.mark.parametrize(("auth", "status"), [
    ({}, 401),
    ({"params": {"session_id": "OpaqueRef:not-a-session"}}, 401),
    ({"cookies": {"session_id": "OpaqueRef:not-a-session"}}, 401),
    ({"headers": basic("root", "wrong")}, 401),
    ({"headers": {"Authorization": "Basic !!!"}}, 401),
])
def test_no_valid_session_is_401_with_a_challenge(served: Served, auth: dict[str, dict[str, str]], status: int) -> None:
    params = {"name": "x", **auth.get("params", {})}
    reply = httpx.get(served.url + "/hello", params=params, headers=auth.get("headers"), cookies=auth.get("cookies"))
    assert reply.status_code == status
    assert reply.headers["www-authenticate"] == 'Basic realm="xapi"'


def test_refusals_map_to_their_status(served: Served) -> None:
    session = {"session_id": served.session}
    assert httpx.get(served.url + "/hello", params=session).status_code == 400  # no name
    assert httpx.get(served.url + "/secret", params=session).status_code == 403
    assert httpx.get(served.url + "/nowhere", params=session).status_code == 404
    assert httpx.get(served.url + "/nowhere").status_code == 404
    wrong_method = httpx.delete(served.url + "/hello", params=session)
    assert (wrong_method.status_code, wrong_method.headers["allow"]) == (405, "GET")
    assert httpx.get(served.url + "/echo", params=session).status_code == 405  # CONNECT and WebSocket only


def test_a_crashing_handler_is_a_clean_status_and_the_server_serves_on(
        served: Served, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR, logger="backend_sim.http"):
        reply = httpx.get(served.url + "/boom", params={"session_id": served.session})
    assert reply.status_code == 503
    assert "RuntimeError" in reply.text
    assert any("/boom" in record.getMessage() for record in caplog.records)
    assert httpx.get(served.url + "/hello", params={"name": "again", "session_id": served.session}).status_code == 200
    rpc = httpx.post(served.url + "/jsonrpc", json={"jsonrpc": "2.0", "id": 2, "method": "VM.get_all",
                                                    "params": [served.session]})
    assert rpc.json()["result"]


def test_bodies_stream_both_ways(served: Served) -> None:
    session = {"session_id": served.session}

    def chunks() -> Iterator[bytes]:
        for _ in range(40):
            yield b"x" * 100_000

    upload = httpx.put(served.url + "/upload", params=session, content=chunks())
    assert (upload.status_code, upload.text) == (200, "4000000")
    with httpx.stream("GET", served.url + "/download", params={**session, "blocks": "50"}) as download:
        assert download.status_code == 200
        assert sum(len(chunk) for chunk in download.iter_bytes()) == 50 * 65536


def test_basic_auth_sessions_end_with_their_request(served: Served) -> None:
    def sessions() -> set[str]:
        return set(served.xapi.sessions.states.copy())  # copy(): atomic against the server thread

    def new_sessions() -> set[str]:
        return sessions() - before

    before = sessions()
    for _ in range(3):
        reply = httpx.get(served.url + "/hello", params={"name": "b"}, headers=basic("root", "xensim"))
        assert reply.status_code == 200
    deadline = time.monotonic() + 5  # each ends just after its reply is sent
    while new_sessions() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert new_sessions() == set()


# --- CONNECT ---------------------------------------------------------------------------------------------------------


def test_connect_answers_200_then_carries_raw_bytes(served: Served) -> None:
    payload = bytes(range(256)) * 40
    answer = raw_exchange(served.port, f"CONNECT /echo?session_id={served.session} HTTP/1.0\r\n\r\n".encode(),
                          then=payload)
    head, _, rest = answer.partition(b"\r\n\r\n")
    assert head == b"HTTP/1.1 200 OK"
    assert rest == payload


def test_connect_with_a_cookie_session_after_a_plain_request_on_the_same_socket(served: Served) -> None:
    with socket.create_connection(("127.0.0.1", served.port), timeout=5) as sock:
        sock.sendall(f"GET /hello?name=k&session_id={served.session} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        first = b""
        while not first.endswith(f"on {served.session[:10]}".encode()):
            first += sock.recv(4096)
        assert first.startswith(b"HTTP/1.1 200")
        sock.sendall(f"CONNECT /echo HTTP/1.1\r\nHost: x\r\nCookie: session_id={served.session}\r\n\r\nping".encode())
        answer = b""
        while not answer.endswith(b"ping"):
            answer += sock.recv(4096)
        assert answer == b"HTTP/1.1 200 OK\r\n\r\nping"


@pytest.mark.parametrize(("target", "status"), [
    ("/echo", 401),
    ("/echo?session_id=OpaqueRef:bad", 401),
    ("/nowhere?session_id={session}", 404),
    ("/hello?session_id={session}", 405),
    ("/echo?refuse=1&session_id={session}", 400),
    ("/tunnel-boom?session_id={session}", 503),
])
def test_connect_refusals_are_statuses_before_any_tunnel_byte(served: Served, target: str, status: int) -> None:
    request = f"CONNECT {target.format(session=served.session)} HTTP/1.0\r\n\r\n".encode()
    answer = raw_exchange(served.port, request, then=b"never echoed")
    assert status_of(answer) == status
    assert b"never echoed" not in answer
    assert b"connection: close" in answer


def test_a_malformed_connect_is_400_and_the_server_serves_on(served: Served) -> None:
    assert status_of(raw_exchange(served.port, b"CONNECT\r\n\r\n")) == 400
    assert status_of(raw_exchange(served.port, b"CONNECT /echo HTTP/1.0\r\nno colon here\r\n\r\n")) == 400
    assert httpx.get(served.url + "/hello", params={"name": "n", "session_id": served.session}).status_code == 200


# --- WebSocket -------------------------------------------------------------------------------------------------------


def test_a_websocket_handler_echoes_frames(served: Served) -> None:
    address = served.url.replace("http://", "ws://") + f"/echo?session_id={served.session}"
    with ws_connect(address) as ws:
        ws.send(b"\x00\x01binary")
        assert ws.recv() == b"\x00\x01binary"
        ws.send("text")
        assert ws.recv() == "text"


@pytest.mark.parametrize(("target", "status"), [
    ("/echo", 401),
    ("/nowhere?session_id={session}", 404),
    ("/hello?session_id={session}", 405),
    ("/ws-boom?session_id={session}", 503),
])
def test_websocket_refusals_are_statuses(served: Served, target: str, status: int) -> None:
    address = served.url.replace("http://", "ws://") + target.format(session=served.session)
    with pytest.raises(InvalidStatus) as refused:
        ws_connect(address)
    assert refused.value.response.status_code == status


def test_clients_that_vanish_mid_channel_leave_the_server_serving(served: Served) -> None:
    for _ in range(3):
        with socket.create_connection(("127.0.0.1", served.port), timeout=5) as sock:
            sock.sendall(f"CONNECT /echo?session_id={served.session} HTTP/1.0\r\n\r\nhalf".encode())
            sock.recv(64)
        with ws_connect(served.url.replace("http://", "ws://") + f"/echo?session_id={served.session}") as ws:
            ws.send(b"x")
            ws.socket.close()  # gone without a closing handshake
    assert httpx.get(served.url + "/hello", params={"name": "n", "session_id": served.session}).status_code == 200
    address = served.url.replace("http://", "ws://") + f"/echo?session_id={served.session}"
    with ws_connect(address) as ws:
        ws.send("still")
        assert ws.recv() == "still"


# --- the simulator as served today -----------------------------------------------------------------------------------


def test_console_paths_answer_a_status_not_500(served: Served) -> None:
    """GET /console answered 500 once a WebSocket library was present: the app ignored the websocket scope and
    uvicorn reported a handshake the app never completed. Every way in now gets a status (the console
    handlers refuse a request naming no console with 400; a plain GET is not a way in: 405)."""
    session = served.session
    assert httpx.get(served.plain_url + f"/console?session_id={session}").status_code == 405
    with pytest.raises(InvalidStatus) as refused:
        ws_connect(served.plain_url.replace("http://", "ws://") + f"/console?session_id={session}")
    assert refused.value.response.status_code == 400
    answer = raw_exchange(served.plain_port, f"CONNECT /console?session_id={session} HTTP/1.0\r\n\r\n".encode())
    assert status_of(answer) == 400
    assert httpx.get(served.plain_url + "/").status_code == 404

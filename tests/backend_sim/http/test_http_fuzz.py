"""Bulk fuzzing (issue 11): malformed and random bodies over XML-RPC, JSON-RPC and the HTTP handlers, from a seeded
generator (fast enough for thousands a run, where test_fuzz.py's hypothesis properties explore shapes). 3,000
requests here, 100,000 with `pytest --long-runs`; 0 crashes: never a 500 but an unparsable RPC body's page, never
an INTERNAL_ERROR, nothing logged as an unexpected failure, and the simulator serves on afterwards."""

from __future__ import annotations

import json
import random
import re
import xmlrpc.client
from typing import Any

import httpx
import pytest

import backend_sim.http.handlers  # noqa: F401  (registers the simulator's handlers, as the server does)
from backend_sim.http.registry import HANDLERS, WEBSOCKET

from conftest import long_runs, start_sim
from httpsim import METHODS, XAPI_PATHS, check_answer, raw_exchange, status_of, websocket_request

# Read-only calls that never block, safe to fuzz with a valid session.
SAFE = re.compile(r"^(?!event\.)[A-Za-z_]+\.(get_[A-Za-z_]*)$")
PARAM_NAMES = ("session_id", "ref", "uuid", "start", "host", "task_id", "cf", "interval", "format", "use_compression")


class Fuzzer:
    def __init__(self, rng: random.Random, session: str, methods: list[str], refs: list[str]) -> None:
        self.rng = rng
        self.session = session
        self.methods = methods
        self.safe = [m for m in methods if SAFE.match(m)]
        self.refs = refs

    def text(self, limit: int = 20) -> str:
        alphabet = "abcXYZ019 .:/-_%&<>\"'\\\x00\x07\u00e9\u4e2d\U0001f600\ufffe"
        return "".join(self.rng.choice(alphabet) for _ in range(self.rng.randint(0, limit)))

    def value(self, depth: int = 0) -> Any:
        kind = self.rng.randint(0, 9 if depth < 3 else 5)
        if kind == 0:
            return self.rng.choice([0, -1, 2**31, 2**63 - 1, -(2**63)])
        if kind == 1:
            return self.rng.choice([0.5, -1e300, 1e-300])
        if kind == 2:
            return self.rng.choice([True, False])
        if kind in (3, 4):
            return self.rng.choice([*self.refs, "OpaqueRef:NULL", self.text()])
        if kind == 5:
            return self.text()
        if kind in (6, 7):
            return [self.value(depth + 1) for _ in range(self.rng.randint(0, 4))]
        return {self.text(8): self.value(depth + 1) for _ in range(self.rng.randint(0, 4))}

    def call(self) -> tuple[str, list[Any]]:
        if self.rng.random() < 0.5:
            return self.rng.choice(self.safe), [self.session, *[self.value() for _ in range(self.rng.randint(0, 3))]]
        method = self.rng.choice([*self.methods, "Async." + self.rng.choice(self.methods), self.text(30)])
        first = self.rng.choice(["OpaqueRef:NULL", self.text(), "OpaqueRef:" + self.text(36)])
        return method, [first, *[self.value() for _ in range(self.rng.randint(0, 3))]]

    def mutate(self, body: bytes) -> bytes:
        if not body or self.rng.random() < 0.3:
            return body
        at = self.rng.randrange(len(body))
        how = self.rng.randint(0, 3)
        if how == 0:
            return body[:at]
        if how == 1:
            return body[:at] + bytes([self.rng.randrange(256)]) + body[at + 1:]
        if how == 2:
            return body[:at] + self.rng.randbytes(self.rng.randint(1, 16)) + body[at:]
        return body[:at] + body[at + self.rng.randint(1, 32):]

    def request(self) -> dict[str, Any]:
        """One request: method, path, parameters, headers and body."""
        kind = self.rng.random()
        if kind < 0.3:
            method, params = self.call()
            try:
                body = xmlrpc.client.dumps(tuple(params), method).encode()
            except OverflowError:  # the standard marshaller refuses 64-bit ints: send them the XML way by hand
                body = xmlrpc.client.dumps((self.session,), method).encode().replace(
                    b"</params>", b"<param><value><i8>9223372036854775807</i8></value></param></params>")
            return {"method": "POST", "path": self.rng.choice(["/", "/RPC2"]), "content": self.mutate(body),
                    "headers": {"content-type": "text/xml"}}
        if kind < 0.6:
            method, params = self.call()
            request = {"jsonrpc": "2.0", "method": method, "params": params, "id": self.rng.randint(0, 99)}
            if self.rng.random() < 0.2:
                request = {self.text(6): self.value() for _ in range(3)}
            body = json.dumps(request).encode()
            return {"method": "POST", "path": "/jsonrpc", "content": self.mutate(body),
                    "headers": {"content-type": "application/json"}}
        if kind < 0.7:
            return {"method": "POST", "path": self.rng.choice(["/", "/jsonrpc", "/RPC2"]),
                    "content": self.rng.randbytes(self.rng.randint(0, 600)), "headers": {}}
        paths = [route.path for route in HANDLERS.routes()] + list(XAPI_PATHS) + ["/" + self.text(12).encode().hex()]
        params = {self.rng.choice(PARAM_NAMES): self.rng.choice([self.session, self.text()]) for _ in range(3)}
        headers = {}
        if self.rng.random() < 0.3:
            headers["Authorization"] = self.rng.choice(["Basic cm9vdDp4ZW5zaW0=", "Basic !!", "Bearer x",
                                                        "Basic x" + self.text(10).encode().hex()])
        if self.rng.random() < 0.2:
            headers["Cookie"] = "session_id=" + self.rng.choice([self.session, self.text()]).encode().hex()
        return {"method": self.rng.choice(METHODS), "path": self.rng.choice(paths), "params": params,
                "headers": headers, "content": self.rng.randbytes(self.rng.randint(0, 200))}


def test_bulk_fuzz_over_both_transports_and_the_handlers(request: pytest.FixtureRequest) -> None:
    count = 100_000 if long_runs(request.config) else 3_000
    server = start_sim("--scenario", "demo", "--manual-clock")
    port = int(server.url.rsplit(":", 1)[1])
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            def rpc(method: str, *params: Any) -> Any:
                return client.post("/jsonrpc", json={"jsonrpc": "2.0", "id": 1, "method": method,
                                                     "params": params}).json()["result"]

            session = rpc("session.login_with_password", server.user, server.password)
            methods = rpc("system.listMethods")
            refs = [*rpc("VM.get_all", session)[:5], *rpc("host.get_all", session)[:2]]
            fuzzer = Fuzzer(random.Random(20261203), session, methods, refs)
            for index in range(count):
                asked = fuzzer.request()
                reply = client.request(asked["method"], asked["path"], params=asked.get("params"),
                                       headers=asked["headers"], content=asked["content"])
                check_answer(HANDLERS, asked["method"], asked["path"], reply.status_code, reply.content)
                if index % 25 == 0:
                    path = fuzzer.rng.choice(list(XAPI_PATHS))
                    answer = raw_exchange(port, websocket_request(path, f"?session_id={session}"))
                    check_answer(HANDLERS, WEBSOCKET, path, status_of(answer), answer)
                if index % 500 == 0:
                    assert server.process.poll() is None, "".join(server.output_tail)
                    session = rpc("session.login_with_password", server.user, server.password)  # it may be gone
                    fuzzer.session = session
            assert rpc("pool.get_all", rpc("session.login_with_password", server.user, server.password))
        output = "".join(server.output_tail)
        assert server.process.poll() is None
        assert "Traceback" not in output and "failed unexpectedly" not in output, output[-3000:]
    finally:
        server.stop()



def test_a_lone_surrogate_is_answered_on_both_transports() -> None:
    """JSON accepts an escaped lone surrogate, which UTF-8 cannot carry: echoed in an error it goes back as the same
    JSON escape, and a write of one is refused; never a crash (found by the long fuzz run)."""
    server = start_sim("--scenario", "empty")
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            def post(body: bytes, path: str = "/jsonrpc") -> httpx.Response:
                reply = client.post(path, content=body)
                assert reply.status_code == 200, reply.content[:300]
                return reply

            refused = post(b'{"jsonrpc": "2.0", "method": "VM.get_all", "params": ["\\ude00"], "id": "\\ud800"}')
            assert refused.json() == {"jsonrpc": "2.0", "id": "\ud800", "error": {
                "code": 1, "message": "SESSION_INVALID", "data": ["\ude00"]}}
            session = post(b'{"jsonrpc": "2.0", "method": "session.login_with_password", "params": ["root", '
                           b'"xensim"], "id": 1}').json()["result"]
            pool = post(b'{"jsonrpc": "2.0", "method": "pool.get_all", "params": ["%s"], "id": 1}'
                        % session.encode()).json()["result"][0]
            refused = post(b'{"jsonrpc": "2.0", "method": "pool.set_name_label", "params": ["%s", "%s", "a\\udc00b"], '
                           b'"id": 1}' % (session.encode(), pool.encode()))
            assert refused.json()["error"]["message"] == "INVALID_VALUE"  # not stored: XML could not carry it
    finally:
        server.stop()

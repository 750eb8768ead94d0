"""Every HTTP handler (GET and PUT routes) asked over the wire by each of the demo's six directory users: the
roles without the handler's permission get 403; the others get past the check (the placeholder parameters then
get 400 or 404, never 403 or 500)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import httpx

import backend_sim.http.handlers  # noqa: F401  (registers the simulator's handlers, as the server does)
from backend_sim.http.registry import HANDLERS
from backend_sim.model.rbac import ROLE_NAMES, http_roles

SDK_TESTS = Path(__file__).resolve().parents[1]
if str(SDK_TESTS) not in sys.path:
    sys.path.insert(0, str(SDK_TESTS))
from sdk_support import sim_fixture  # noqa: E402

server_fixture = sim_fixture("--scenario", "demo", "--auth-failure-delay", "0")
NONE_SUCH = "00000000-0000-0000-0000-000000000000"


def login(server: Any, user: str) -> str:
    body = {"jsonrpc": "2.0", "id": 1, "method": "session.login_with_password",
            "params": [user, server.password, "2.21", "rbac-http"]}
    reply = httpx.post(server.url + "/jsonrpc", json=body)
    session: str = reply.json()["result"]
    return session


def test_every_handler_answers_each_role_by_its_permission(server: Any) -> None:
    routes = [r for r in HANDLERS.routes() if r.way in ("GET", "PUT")]
    assert {r.path for r in routes} >= {"/rrd_updates", "/host_rrds", "/vm_rrds", "/export", "/import",
                                        "/export_raw_vdi", "/import_raw_vdi", "/vncsnapshot"}
    wrong = []
    with httpx.Client(timeout=20) as client:
        for role in ROLE_NAMES:
            session = login(server, role)
            for route in routes:
                params = {"session_id": session, "uuid": NONE_SUCH, "vdi": NONE_SUCH, "ref": "OpaqueRef:NULL",
                          "start": "bad", "sr_id": "OpaqueRef:NULL"}
                reply = client.request(route.way, server.url + route.path, params=params,
                                       content=b"" if route.way == "PUT" else None)
                allowed = role in http_roles(route.permission)
                if (reply.status_code == 403) == allowed or reply.status_code >= 500:
                    wrong.append(f"{role} {route.way} {route.path}: {reply.status_code}")
    assert not wrong, wrong

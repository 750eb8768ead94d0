"""A scriptable fake xapi behind httpx.MockTransport: JSON-RPC (v1 or v2 shapes) on /jsonrpc, XML-RPC elsewhere."""

from __future__ import annotations

import inspect
import json
import xmlrpc.client
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from xencenter.core.commands import NewServer
from xencenter.core.commands.snapshot import RevertAnswer, SnapshotRequest
from xencenter.core.commands.vm_delete import DeleteAnswer
from xencenter.core.connection import Connection
from xencenter.core.xenapi.errors import XenAPIFailure

Handler = Callable[..., Any]


@dataclass
class FakeXapi:
    methods: dict[str, Handler] = field(default_factory=dict)
    jsonrpc: bool = True
    v1_errors: bool = False
    calls: list[tuple[str, str, list[Any]]] = field(default_factory=list)  # (protocol, method, params)
    sessions: set[str] = field(default_factory=set)
    login_arity: int = 4
    password: str = "secret"

    def __post_init__(self) -> None:
        self.methods.setdefault("session.login_with_password", self._login)
        self.methods.setdefault("session.logout", lambda s: self.sessions.discard(s))

    def _login(self, *params: Any) -> str:
        if len(params) > self.login_arity:
            raise XenAPIFailure("MESSAGE_PARAMETER_COUNT_MISMATCH",
                                ["session.login_with_password", str(self.login_arity), str(len(params))])
        if params[1] != self.password:
            raise XenAPIFailure("SESSION_AUTHENTICATION_FAILED", [params[0], "Authentication failure"])
        ref = f"OpaqueRef:session-{len(self.sessions) + 1}-{len(self.calls)}"
        self.sessions.add(ref)
        return ref

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def method_calls(self, name: str) -> list[list[Any]]:
        return [params for _, method, params in self.calls if method == name]

    async def _dispatch(self, method: str, params: list[Any]) -> Any:
        handler = self.methods.get(method)
        if handler is None:
            raise XenAPIFailure("MESSAGE_METHOD_UNKNOWN", [method])
        result = handler(*params)
        return await result if inspect.isawaitable(result) else result

    async def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/jsonrpc"):
            if not self.jsonrpc:
                return httpx.Response(404, text="<html>not found</html>", headers={"content-type": "text/html"})
            body = json.loads(request.content)
            self.calls.append(("json", body["method"], body["params"]))
            try:
                result = await self._dispatch(body["method"], body["params"])
            except XenAPIFailure as exc:
                error: Any = ([exc.code, *exc.params] if self.v1_errors
                              else {"code": 1, "message": exc.code, "data": list(exc.params)})
                reply: dict[str, Any] = ({"result": None, "error": error, "id": body["id"]} if self.v1_errors
                                         else {"jsonrpc": "2.0", "error": error, "id": body["id"]})
            else:
                reply = ({"result": result, "error": None, "id": body["id"]} if self.v1_errors
                         else {"jsonrpc": "2.0", "result": result, "id": body["id"]})
            return httpx.Response(200, content=json.dumps(reply).encode(),
                                  headers={"content-type": "application/json"})
        params, method = xmlrpc.client.loads(request.content)
        assert method is not None
        self.calls.append(("xml", method, list(params)))
        try:
            value = {"Status": "Success", "Value": await self._dispatch(method, list(params))}
        except XenAPIFailure as exc:
            value = {"Status": "Failure", "ErrorDescription": [exc.code, *exc.params]}
        body_text = xmlrpc.client.dumps((value,), methodresponse=True, allow_none=True)
        return httpx.Response(200, content=body_text.encode(), headers={"content-type": "text/xml"})


class FakeUi:
    """A CommandUi that answers every question with `answer` (and `opt_out` for "Don't ask me again")."""

    def __init__(self, answer: bool = True, server: NewServer | None = None) -> None:
        self.answer = answer
        self.server = server
        self.opt_out = False
        self.asked: list[tuple[str, str]] = []
        self.delete_answer = DeleteAnswer(frozenset(), frozenset())  # Delete VM: the VM alone
        self.snapshot_request = SnapshotRequest("snap", "", False)
        self.revert_answer = RevertAnswer(False)
        self.power_on_answer: Any = None

    async def confirm(self, title: str, text: str) -> bool:
        self.asked.append((title, text))
        return self.answer

    async def confirm_or_opt_out(self, title: str, text: str) -> tuple[bool, bool]:
        self.asked.append((title, text))
        return self.answer, self.opt_out

    async def ask_new_server(self, previous: NewServer | None = None, problem: str = "",
                             offer_url: str = "") -> NewServer | None:
        return self.server

    async def ask_password(self, connection: Connection, reason: str) -> str | None:
        return "secret"

    async def ask_snapshot(self, vm: str, connection: Connection) -> SnapshotRequest | None:
        self.asked.append(("snapshot", vm))
        return self.snapshot_request if self.answer else None

    async def ask_name_description(self, title: str, name: str, description: str) -> tuple[str, str] | None:
        self.asked.append(("properties", name))
        return (f"{name} renamed", "described") if self.answer else None

    async def ask_network_properties(self, network: str, current: Any) -> Any:
        self.asked.append(("network_properties", network))
        return None

    async def ask_management_interface(self, host: str, nics: Any, current: Any) -> Any:
        self.asked.append(("management_interface", host))
        return None

    async def ask_power_on(self, host: str, current: Any, secret_set: bool) -> Any:
        self.asked.append(("power_on", host))
        return self.power_on_answer if self.answer else None

    async def ask_revert(self, snapshot: str, connection: Connection) -> RevertAnswer | None:
        self.asked.append(("revert", snapshot))
        return self.revert_answer if self.answer else None

    async def ask_delete_vm(self, vm: str, connection: Connection) -> DeleteAnswer | None:
        self.asked.append(("delete", vm))
        if not self.answer:
            return None
        return self.delete_answer

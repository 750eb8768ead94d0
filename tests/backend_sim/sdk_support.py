"""Shared helpers of the simulator's over-the-wire tests: simulators of a test module's own, SDK sessions, raw
XML-RPC and JSON-RPC calls, XenAPI failures, the manual clock's `sim` plugin and lookups.

Imported by name (`from sdk_support import ...`), like the top-level conftest; not a conftest.py itself, which
would clash with it. The tests in subfolders (network, storage, clients) put this folder on sys.path first.
`conftest.start_sim` drains and closes the simulator's output pipe: nothing here reads it.
"""

from __future__ import annotations

import xmlrpc.client
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Literal

import httpx
import pytest
import XenAPI

from conftest import SimServer, start_sim

# --- simulators -----------------------------------------------------------------------------------------------------


@contextmanager
def running_sim(*args: str) -> Iterator[SimServer]:
    """A simulator started with `start_sim(*args)`, stopped on leaving."""
    server = start_sim(*args)
    try:
        yield server
    finally:
        server.stop()


def sim_fixture(*args: str, name: str = "server") -> Any:
    """A module-scoped fixture `name`: a simulator of the test module's own, started with `start_sim(*args)`.

    Assign it in the module (`server_fixture = sim_fixture("--scenario", "demo")`), as with any fixture.
    """

    @pytest.fixture(scope="module", name=name)
    def own_sim() -> Iterator[SimServer]:
        with running_sim(*args) as server:
            yield server

    return own_sim


# --- SDK sessions ---------------------------------------------------------------------------------------------------


def login(server: SimServer, *extra: str) -> XenAPI.Session:
    """An SDK session as the simulator's user; `extra` are login_with_password's version and originator, if any."""
    session = XenAPI.Session(server.url)
    session.xenapi.login_with_password(server.user, server.password, *extra)
    return session


def logout(session: XenAPI.Session) -> None:
    """Log out (unless the test did already) and close the kept-alive connection."""
    try:
        if session.handle is not None:
            session.xenapi.session.logout()
    finally:
        session("close")()


@contextmanager
def logged_in(server: SimServer, *extra: str) -> Iterator[XenAPI.Session]:
    """`login(server, *extra)`, logged out on leaving."""
    session = login(server, *extra)
    try:
        yield session
    finally:
        logout(session)


def xenapi_fixture(*extra: str, scope: Literal["function", "module"] = "function") -> Any:
    """A fixture `x`: the `xenapi` of an SDK session, `login(server, *extra)`, on the module's `server` fixture."""

    @pytest.fixture(scope=scope, name="x")
    def sdk_xenapi(server: SimServer) -> Iterator[Any]:
        with logged_in(server, *extra) as session:
            yield session.xenapi

    return sdk_xenapi


def failure(call: Callable[..., Any], *args: Any, **kwargs: Any) -> list[str]:
    """The ErrorDescription of an SDK call that must fail."""
    try:
        call(*args, **kwargs)
    except XenAPI.Failure as exc:
        details: list[str] = exc.details
        return details
    raise AssertionError(f"{call} succeeded")


# --- raw XML-RPC and JSON-RPC ---------------------------------------------------------------------------------------


def xml_value(content: bytes | str) -> Any:
    """The single value of an XML-RPC methodResponse."""
    (value,), _ = xmlrpc.client.loads(content)
    return value


def raw_proxy(url: str) -> xmlrpc.client.ServerProxy:
    """A plain XML-RPC proxy whose calls return the raw Status/Value envelope (the SDK would log in again on
    SESSION_INVALID)."""
    return xmlrpc.client.ServerProxy(url + "/RPC2", allow_none=True)


def raw_call(proxy: xmlrpc.client.ServerProxy, method: str, *params: Any) -> dict[str, Any]:
    reply: dict[str, Any] = getattr(proxy, method)(*params)
    return reply


def failure_of(reply: dict[str, Any]) -> list[str]:
    """The ErrorDescription of a raw XML-RPC reply that must be a failure."""
    assert reply.get("Status") == "Failure", reply
    description: list[str] = reply["ErrorDescription"]
    return description


def jsonrpc(url: str, method: str, params: Any, *, v2: bool = True, request_id: Any = 1,
            client: httpx.Client | None = None) -> dict[str, Any]:
    """One JSON-RPC call on /jsonrpc (on `client`'s connection if given); returns the decoded reply object."""
    body: dict[str, Any] = {"method": method, "params": params, "id": request_id}
    if v2:
        body["jsonrpc"] = "2.0"
    if client is None:
        reply = httpx.post(url + "/jsonrpc", json=body, timeout=30)
    else:
        reply = client.post(url + "/jsonrpc", json=body)
    assert reply.status_code == 200, reply.text
    data: dict[str, Any] = reply.json()
    return data


# --- the pool and its manual clock (on an SDK session's `xenapi`) ---------------------------------------------------


def pool_master(api: Any) -> str:
    return str(api.pool.get_master(api.pool.get_all()[0]))


def clock_step(api: Any, seconds: float, host: str | None = None) -> float:
    """Advance the manual clock through the `sim` plugin of `host` (the master by default); the new time."""
    reply = api.host.call_plugin(host or pool_master(api), "sim", "clock_step", {"seconds": str(seconds)})
    assert isinstance(reply, str)
    return float(reply)


def clock_now(api: Any, host: str | None = None) -> float:
    reply = api.host.call_plugin(host or pool_master(api), "sim", "clock_now", {})
    assert isinstance(reply, str)
    return float(reply)


def halted_guest(api: Any) -> str:
    """A halted guest (no template or dom0), the first by ref."""
    for ref, record in sorted(api.VM.get_all_records().items()):
        if not record["is_a_template"] and not record["is_control_domain"] and record["power_state"] == "Halted":
            assert isinstance(ref, str)
            return ref
    raise AssertionError("the demo pool has no halted guest")

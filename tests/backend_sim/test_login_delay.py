"""Failed logins (reference §1.6: xapi answers them after a deliberate delay): the delay is kept per originator
(client address and originator string) and never holds anyone else.

Before this, every failed login slept on its own: one client could try passwords in parallel at any rate, each
answered after the delay. Now a client's failures queue: its next attempt waits for the pending one to be
answered before its password is even checked, while other originators log in (well or badly) meanwhile.
The checks are orderings and lower bounds, never upper bounds on time."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from backend_sim import scenarios
from backend_sim.clock import SimClock
from backend_sim.errors import ApiError
from backend_sim.xapi import Xapi, XapiConfig

from conftest import SimServer, start_sim

DELAY = 1.5


@pytest.fixture(scope="module")
def server() -> Iterator[SimServer]:
    sim = start_sim("--scenario", "empty", "--auth-failure-delay", str(DELAY))
    yield sim
    sim.stop()


def login(server: SimServer, password: str, originator: str) -> dict[str, Any]:
    reply = httpx.post(server.url + "/jsonrpc", timeout=30, json={
        "jsonrpc": "2.0", "id": 1, "method": "session.login_with_password",
        "params": [server.user, password, "1.0", originator]})
    assert reply.status_code == 200
    data: dict[str, Any] = reply.json()
    return data


class Attempt(threading.Thread):
    """A login in the background; when it was answered and how."""

    def __init__(self, server: SimServer, password: str, originator: str) -> None:
        super().__init__(daemon=True)
        self.args_ = (server, password, originator)
        self.started_at = time.monotonic()
        self.answered_at = 0.0
        self.reply: dict[str, Any] = {}
        self.start()

    def run(self) -> None:
        self.reply = login(*self.args_)
        self.answered_at = time.monotonic()

    @property
    def took(self) -> float:
        self.join(30)
        return self.answered_at - self.started_at


def test_a_bad_login_waits_while_a_good_one_from_another_client_is_answered(server: SimServer) -> None:
    bad = Attempt(server, "wrong", "attacker")
    time.sleep(0.3)  # the bad attempt is being delayed now
    good = login(server, server.password, "console")
    assert good["result"].startswith("OpaqueRef:")
    assert bad.is_alive(), "the good login was held behind the bad one"
    assert bad.took >= DELAY
    assert bad.reply["error"]["message"] == "SESSION_AUTHENTICATION_FAILED"


def test_an_originators_failures_queue_but_other_originators_do_not_wait_for_them() -> None:
    """In process, on one loop, so the order of arrival is certain."""
    store = scenarios.build("empty", seed=1, now=time.time())[0]
    xapi = Xapi(store, SimClock(), XapiConfig(auth_failure_delay=0.3))
    answered: list[str] = []

    async def attempt(name: str, password: str, originator: str, client: str = "10.0.0.1") -> None:
        try:
            await xapi.call("session.login_with_password", ["root", password, "1.0", originator], client)
            answered.append(f"{name} ok")
        except ApiError as exc:
            assert exc.code == "SESSION_AUTHENTICATION_FAILED"
            answered.append(f"{name} refused")

    async def scenario() -> float:
        started = time.monotonic()
        first = asyncio.create_task(attempt("first", "wrong", "guesser"))
        await asyncio.sleep(0.01)
        assert xapi.sessions.failed_logins.pending() == 1
        second = asyncio.create_task(attempt("second", "wrong", "guesser"))
        right = asyncio.create_task(attempt("right", "xensim", "guesser"))  # waits its turn too
        other = asyncio.create_task(attempt("other", "wrong", "guesser", client="10.0.0.2"))  # another address
        good = asyncio.create_task(attempt("good", "xensim", "console"))
        await good
        assert answered == ["good ok"]
        await asyncio.gather(first, second, right, other)
        return time.monotonic() - started

    took = asyncio.run(scenario())
    assert answered[0] == "good ok"
    # After one delay: the first failure, the other address's, and the right password that waited for the first.
    assert set(answered[1:4]) == {"first refused", "other refused", "right ok"}
    assert answered.index("right ok") > answered.index("first refused")
    assert answered[4] == "second refused"  # one delay after the first failure of "guesser" was answered
    assert took >= 0.6
    assert xapi.sessions.failed_logins.pending() == 0


def test_a_failed_login_does_not_hold_other_calls(server: SimServer) -> None:
    session = login(server, server.password, "reader")["result"]
    bad = Attempt(server, "wrong", "attacker-2")
    time.sleep(0.1)
    reply = httpx.post(server.url + "/jsonrpc", timeout=30, json={
        "jsonrpc": "2.0", "id": 2, "method": "pool.get_all", "params": [session]})
    assert reply.json()["result"]
    assert bad.is_alive()
    assert bad.took >= DELAY

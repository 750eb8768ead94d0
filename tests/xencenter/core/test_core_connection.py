"""Connection against a fake pool: states, coalescing, EVENTS_LOST resync, SESSION_INVALID re-login, backoff."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from xencenter.core.backoff import Backoff
from xencenter.core.cache import CacheDelta
from xencenter.core.connection import Connection, ConnectionState
from xencenter.core.xenapi import XenAPIFailure

from core_pool import HOST, FakePool, mod, vm
from core_support import Runner, arun_fixture, eventually  # noqa: F401


def make(pool: FakePool, **kwargs: Any) -> Connection:
    kwargs.setdefault("backoff", Backoff(0.01, 2.0, 0.05))
    return Connection("http://fake.test", "root", transport=pool.fake.transport(), **kwargs)


def test_events_within_the_window_become_one_batch(arun: Runner) -> None:
    async def scenario() -> list[CacheDelta]:
        pool = FakePool()
        pool.add("VM", "OpaqueRef:v1", vm("a"))
        conn = make(pool, coalesce=0.05)
        await conn.open("secret")
        deltas: list[CacheDelta] = []
        conn.cache.batch_applied.connect(deltas.append)
        pool.push(mod("VM", "OpaqueRef:v1", vm("a", "Running")))
        pool.push(mod("VM", "OpaqueRef:v2", vm("b"), op="add"))
        await eventually(lambda: len(deltas) > 0)
        await asyncio.sleep(0.15)
        await conn.close()
        return deltas

    deltas = arun(scenario())
    assert len(deltas) == 1
    assert deltas[0].added == (("VM", "OpaqueRef:v2"),) and deltas[0].changed[0].fields == {"power_state"}


def test_events_lost_reloads_everything(arun: Runner) -> None:
    async def scenario() -> None:
        pool = FakePool()
        conn = make(pool)
        resets: list[int] = []
        await conn.open("secret")
        conn.cache.reset.connect(lambda: resets.append(1))
        pool.add("VM", "OpaqueRef:late", vm("late"))
        pool.fail_next("EVENTS_LOST")
        await eventually(lambda: conn.cache.get("VM", "OpaqueRef:late") is not None)
        assert resets == [1] and conn.resyncs == 1 and pool.loads == 2
        assert conn.state is ConnectionState.CONNECTED
        await conn.close()

    arun(scenario())


def test_session_invalid_in_event_loop_logs_in_again(arun: Runner) -> None:
    async def scenario() -> None:
        pool = FakePool()
        conn = make(pool)
        await conn.open("secret")
        first = conn.client.session_ref if conn.client else None
        pool.fake.sessions.clear()  # the server forgot us
        pool.push(mod("VM", "OpaqueRef:v9", vm("nine"), op="add"))
        await eventually(lambda: conn.cache.get("VM", "OpaqueRef:v9") is not None)
        assert conn.client is not None and conn.client.session_ref != first and conn.client.relogins == 1
        assert conn.state is ConnectionState.CONNECTED
        await conn.close()

    arun(scenario())


def test_other_failure_reconnects_with_backoff(arun: Runner) -> None:
    async def scenario() -> list[ConnectionState]:
        pool = FakePool()
        conn = make(pool)
        states: list[ConnectionState] = []
        conn.state_changed.connect(states.append)
        await conn.open("secret")
        pool.fail_next("INTERNAL_ERROR", "boom")
        await eventually(lambda: conn.reconnects == 1)
        await conn.close()
        return states

    states = arun(scenario())
    assert states == [ConnectionState.CONNECTING, ConnectionState.CONNECTED, ConnectionState.RECONNECTING,
                      ConnectionState.CONNECTED, ConnectionState.DISCONNECTED]


def test_password_change_while_reconnecting_ends_in_failed(arun: Runner) -> None:
    async def scenario() -> Connection:
        pool = FakePool()
        conn = make(pool)
        await conn.open("secret")
        pool.fake.password = "changed"
        pool.fail_next("INTERNAL_ERROR", "restart")
        await eventually(lambda: conn.state is ConnectionState.FAILED)
        await conn.close()
        return conn

    conn = arun(scenario())
    assert conn.state is ConnectionState.DISCONNECTED


def test_too_old_server_is_refused_but_newer_is_fine(arun: Runner) -> None:
    pool = FakePool()
    pool.records[HOST][1].update(API_version_major=1, API_version_minor=8)
    conn = make(pool)
    with pytest.raises(Exception, match=r"older than 1\.9"):
        arun(conn.open("secret"))
    assert conn.state is ConnectionState.FAILED and "1.9" in conn.last_error

    newer = FakePool()
    newer.records[HOST][1].update(API_version_major=3, API_version_minor=99)
    conn2 = make(newer)
    arun(conn2.open("secret"))
    assert conn2.capabilities.at_least(2, 21) and conn2.capabilities.version_text == "3.99"
    arun(conn2.close())


def test_open_twice_is_refused_and_bad_url_is_a_value_error(arun: Runner) -> None:
    pool = FakePool()
    conn = make(pool)
    arun(conn.open("secret"))
    with pytest.raises(RuntimeError, match="already connected"):
        arun(conn.open("secret"))
    arun(conn.close())
    with pytest.raises(ValueError):
        Connection("ftp://nope", "root")


def test_wrong_password_fails(arun: Runner) -> None:
    conn = make(FakePool())
    with pytest.raises(XenAPIFailure):
        arun(conn.open("wrong"))
    assert conn.state is ConnectionState.FAILED and conn.client is None

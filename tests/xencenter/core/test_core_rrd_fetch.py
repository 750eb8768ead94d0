"""RrdFetcher against a fake RRD server: one /rrd_updates per round for the whole connection, history from the
whole-RRD handlers, coarser archives when due, refusals kept as a readable error."""

from __future__ import annotations

import asyncio
from typing import Any

import numpy as np

from xencenter.core.rrd.archive import ObjectKey, Resolution
from xencenter.core.rrd.fetcher import RrdFetcher
from xencenter.core.xenapi.client import XenAPIClient

from core_support import Runner, arun_fixture  # noqa: F401
from rrd_fakes import FakeRrd

HOST = ObjectKey("host", "h-uuid")
VM = ObjectKey("vm", "v-uuid")
OTHER = ObjectKey("vm", "w-uuid")


class Conn:
    """The two things a fetcher needs of a Connection."""

    def __init__(self, client: XenAPIClient | None) -> None:
        self.client = client
        self.url = "http://pool.test"


def fake() -> FakeRrd:
    rrd = FakeRrd()
    rrd.add("host", HOST.uuid, cpu0=lambda t: 0.5, memory_free_kib=lambda t: 1024.0)
    rrd.add("vm", VM.uuid, cpu0=lambda t: (t % 100) / 100, memory=lambda t: 2**30)
    rrd.add("vm", OTHER.uuid, cpu0=lambda t: 0.1)
    return rrd


async def poll_watching(fetcher: RrdFetcher, *keys: ObjectKey) -> None:
    """Watch `keys` without the periodic loop (history loads still run), then one round."""
    fetcher.watch(keys)
    fetcher.stop()
    await fetcher.poll()


def client_for(rrd: FakeRrd, session: str | None = None) -> XenAPIClient:
    client = XenAPIClient("http://pool.test", transport=rrd.transport())
    client._session = session or rrd.session  # logged in (the fake checks only the session id)
    return client


def test_one_request_per_round_for_the_whole_connection(arun: Runner) -> None:
    rrd = fake()
    rrd.history = False
    fetcher = RrdFetcher(Conn(client_for(rrd)), period=3600)  # type: ignore[arg-type]
    updates: list[int] = []
    fetcher.updated.connect(lambda: updates.append(1))

    async def go() -> None:
        fetcher.watch([VM])
        while fetcher.polls < 1:  # the loop's first round (and the refused history)
            await asyncio.sleep(0.01)
        fetcher.stop()
        rrd.now += 5
        await fetcher.poll()

    arun(go())
    updates_requests = [(p, q) for p, q in rrd.requests if p == "/rrd_updates"]
    # First round: every archive once; second round: only the 5 s one.
    assert [q["interval"] for _, q in updates_requests] == [["5"], ["60"], ["3600"], ["86400"], ["5"]]
    for _, query in updates_requests:
        assert query["host"] == ["true"] and "vm_uuid" not in query and query["cf"] == ["AVERAGE"]
        assert query["session_id"] == [rrd.session]
    assert updates_requests[0][1]["start"] == ["-15"]  # relative to the server's last update: its clock, not ours
    assert updates_requests[-1][1]["start"] == [str(int(rrd.now) - 5)]  # from the last row it had
    assert fetcher.store.kept() == {VM}
    times, _ = fetcher.store.series(VM, "cpu0", Resolution.FIVE_SECONDS)
    assert times[-1] == rrd.now and len(times) == 4 and np.all(np.diff(times) == 5)
    assert fetcher.server_time == rrd.now and updates and not fetcher.error


def test_history_fills_all_archives_at_once(arun: Runner) -> None:
    rrd = fake()
    fetcher = RrdFetcher(Conn(client_for(rrd)), period=3600)  # type: ignore[arg-type]

    async def go() -> None:
        fetcher.watch([HOST, VM])
        while fetcher.store.series(VM, "memory", Resolution.DAY)[0].size == 0 or \
                fetcher.store.series(HOST, "cpu0", Resolution.DAY)[0].size == 0:
            await asyncio.sleep(0.01)
        fetcher.stop()

    arun(go())
    assert {p for p, _ in rrd.requests} == {"/rrd_updates", "/host_rrds", "/vm_rrds"}
    assert [fetcher.store.series(VM, "memory", r)[0].size for r in Resolution] == [120, 120, 168, 366]
    assert fetcher.store.series(HOST, "memory_free_kib", Resolution.DAY)[1][-1] == 1024.0
    fetcher.unwatch([VM])
    assert fetcher.store.kept() == {HOST}


def test_json_replies(arun: Runner) -> None:
    rrd = fake()
    rrd.history = False
    fetcher = RrdFetcher(Conn(client_for(rrd)), use_json=True)  # type: ignore[arg-type]
    arun(poll_watching(fetcher, HOST))
    assert all("json" in q for p, q in rrd.requests if p == "/rrd_updates")
    assert fetcher.store.series(HOST, "cpu0", Resolution.FIVE_SECONDS)[1].tolist() == [0.5, 0.5, 0.5]


def test_history_in_json_when_the_server_prefers_it(arun: Runner) -> None:
    rrd = fake()
    fetcher = RrdFetcher(Conn(client_for(rrd)), use_json=True)  # type: ignore[arg-type]

    async def go() -> None:
        fetcher.watch([VM])
        while fetcher.store.series(VM, "memory", Resolution.DAY)[0].size == 0:
            await asyncio.sleep(0.01)
        fetcher.stop()

    arun(go())
    assert [fetcher.store.series(VM, "memory", r)[0].size for r in Resolution] == [120, 120, 168, 366]


def test_a_refusal_is_kept_as_a_sentence_and_the_next_round_retries(arun: Runner) -> None:
    rrd = fake()
    conn = Conn(client_for(rrd, "OpaqueRef:stale"))
    fetcher = RrdFetcher(conn, period=3600)  # type: ignore[arg-type]
    arun(poll_watching(fetcher, VM))
    assert "refused" in fetcher.error and "403" in fetcher.error
    assert fetcher.store.series(VM, "cpu0", Resolution.FIVE_SECONDS)[0].size == 0
    conn.client = client_for(rrd)
    arun(fetcher.poll())
    assert fetcher.error == "" and fetcher.store.series(VM, "cpu0", Resolution.FIVE_SECONDS)[0].size == 3


def test_an_expired_session_is_renewed(arun: Runner) -> None:
    rrd = fake()
    rrd.history = False
    client = client_for(rrd, "OpaqueRef:expired")
    client._credentials = ("root", "secret")  # the connection's login
    fetcher = RrdFetcher(Conn(client))  # type: ignore[arg-type]
    arun(poll_watching(fetcher, VM))
    assert fetcher.error == "" and client.session_ref == rrd.session and client.relogins == 1
    assert fetcher.store.series(VM, "cpu0", Resolution.FIVE_SECONDS)[0].size == 3


def test_garbage_reply_is_an_error_not_a_crash(arun: Runner) -> None:
    import httpx

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="<html>proxy error</html>", headers={"content-type": "text/html"})

    client = XenAPIClient("http://pool.test", transport=httpx.MockTransport(handler))
    client._session = "s"
    fetcher = RrdFetcher(Conn(client))  # type: ignore[arg-type]
    arun(poll_watching(fetcher, VM))
    assert "could not be read" in fetcher.error


def test_nothing_is_fetched_without_a_client_or_watchers(arun: Runner) -> None:
    fetcher = RrdFetcher(Conn(None))  # type: ignore[arg-type]
    arun(fetcher.poll())
    assert fetcher.polls == 0
    rrd = fake()
    fetcher = RrdFetcher(Conn(client_for(rrd)))  # type: ignore[arg-type]

    async def watch_and_leave() -> None:
        fetcher.watch([VM])
        fetcher.unwatch([VM])

    arun(watch_and_leave())
    assert fetcher.store.kept() == frozenset() and fetcher._loop is None


def test_start_falls_back_to_absolute_when_relative_is_refused(arun: Runner) -> None:
    rrd = fake()
    rrd.history = False
    original = rrd._updates

    def absolute_only(query: dict[str, list[str]]) -> Any:
        import httpx

        if int(query["start"][0]) < 0:
            return httpx.Response(400, text="start must be positive")
        return original(query)

    rrd._updates = absolute_only  # type: ignore[method-assign]
    fetcher = RrdFetcher(Conn(client_for(rrd)))  # type: ignore[arg-type]
    arun(poll_watching(fetcher, VM))
    starts = [q["start"][0] for p, q in rrd.requests if p == "/rrd_updates"]
    assert starts[0] == "-15" and int(starts[1]) > 0 and fetcher.error == ""


def test_a_server_whose_clock_went_back_starts_afresh(arun: Runner) -> None:
    rrd = fake()
    rrd.history = False
    fetcher = RrdFetcher(Conn(client_for(rrd)))  # type: ignore[arg-type]
    arun(poll_watching(fetcher, VM))
    rrd.now -= 3600  # a restarted simulator, an hour "earlier"
    arun(fetcher.poll())  # asks from the old last time: the reply's end is far behind it
    rrd.now += 5
    arun(fetcher.poll())
    times, _ = fetcher.store.series(VM, "cpu0", Resolution.FIVE_SECONDS)
    assert fetcher.server_time == rrd.now and times[-1] == rrd.now

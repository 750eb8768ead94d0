"""event.from, event.inject, event.get_current_id and the legacy event.register / next / unregister through
the Python SDK over HTTP (reference §0 items 6 and 9, §3.1, §3.2, §4)."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import pytest
import XenAPI

from conftest import SimServer
from sdk_support import failure, logged_in, raw_call, raw_proxy, sim_fixture

TOKEN = re.compile(r"\d{20},\d{20}")
Batch = dict[str, Any]

# A demo pool of this module's own on a manual clock, so nothing changes unless a test changes it.
server_fixture = sim_fixture("--scenario", "demo", "--manual-clock")


@pytest.fixture
def xapi(server: SimServer) -> Iterator[XenAPI.Session]:
    with logged_in(server, "2.16", "pytest-events") as session:
        yield session


@pytest.fixture
def other(server: SimServer) -> Iterator[XenAPI.Session]:
    """A second session on its own connection, to make changes while the first one waits."""
    with logged_in(server, "2.16", "pytest-events-other") as session:
        yield session


@pytest.fixture(scope="module")
def pool_ref(server: SimServer) -> str:
    with logged_in(server, "2.16", "pytest-events") as session:
        ref: str = session.xenapi.pool.get_all()[0]
    return ref


def event_from(xapi: XenAPI.Session, classes: list[str], token: str, timeout: float) -> Batch:
    batch: Batch = getattr(xapi.xenapi.event, "from")(classes, token, timeout)
    return batch


def current_token(xapi: XenAPI.Session, classes: list[str]) -> str:
    token: str = event_from(xapi, classes, "", 5.0)["token"]
    return token


def new_network(xapi: XenAPI.Session, label: str) -> str:
    ref: str = xapi.xenapi.network.create({"name_label": label, "name_description": "made by a test",
                                           "MTU": "1500", "other_config": {}, "tags": []})
    return ref


def after(delay: float, action: Callable[[], Any]) -> Future[Any]:
    """Run `action` on another thread after `delay` seconds."""
    executor = ThreadPoolExecutor(max_workers=1)

    def delayed() -> Any:
        time.sleep(delay)
        return action()

    future = executor.submit(delayed)
    executor.shutdown(wait=False)
    return future


def keyed(batch: Batch) -> dict[tuple[str, str], dict[str, Any]]:
    return {(event["class"], event["ref"]): event for event in batch["events"]}


# --- the initial load -----------------------------------------------------------------------------------------------


def test_empty_token_returns_every_live_object_as_add(xapi: XenAPI.Session) -> None:
    batch = event_from(xapi, ["VM", "host", "network"], "", 5.0)
    assert set(batch) == {"events", "valid_ref_counts", "token"}
    assert TOKEN.fullmatch(batch["token"]), batch["token"]
    expected = {("vm", ref) for ref in xapi.xenapi.VM.get_all()}
    expected |= {("host", ref) for ref in xapi.xenapi.host.get_all()}
    expected |= {("network", ref) for ref in xapi.xenapi.network.get_all()}
    events = keyed(batch)
    assert len(events) == len(batch["events"]), "an object came twice"
    assert set(events) == expected
    records = {"vm": xapi.xenapi.VM.get_all_records(), "network": xapi.xenapi.network.get_all_records()}
    for (cls, ref), event in events.items():
        assert event["operation"] == "add"
        assert event["id"].isdigit()
        assert "timestamp" in event
        assert event["snapshot"]["uuid"]
        if cls in records:
            assert event["snapshot"] == records[cls][ref]


def test_valid_ref_counts_are_lower_case_int_counts(xapi: XenAPI.Session) -> None:
    counts = event_from(xapi, ["pool"], "", 5.0)["valid_ref_counts"]
    assert counts, "valid_ref_counts must list the tables"
    for cls, count in counts.items():
        assert cls == cls.lower(), cls
        assert type(count) is int, (cls, count)  # int32 on the wire: <i4>
    assert counts["vm"] == len(xapi.xenapi.VM.get_all())
    assert counts["host"] == len(xapi.xenapi.host.get_all())
    assert counts["pool"] == 1
    assert "task" in counts  # XO reads valid_ref_counts.task
    assert counts["vm_metrics"] == len(xapi.xenapi.VM_metrics.get_all())


# --- blocking, mod / add / del, timeout -----------------------------------------------------------------------------


def test_event_from_blocks_until_another_session_changes_something(xapi: XenAPI.Session,
                                                                   other: XenAPI.Session) -> None:
    network = sorted(xapi.xenapi.network.get_all())[0]
    token = current_token(xapi, ["network"])
    change = after(0.4, lambda: other.xenapi.network.set_name_label(network, "renamed while waiting"))
    started = time.monotonic()
    batch = event_from(xapi, ["network"], token, 20.0)
    elapsed = time.monotonic() - started
    change.result(5)
    assert 0.3 <= elapsed < 10, elapsed
    events = keyed(batch)
    assert set(events) == {("network", network)}
    event = events["network", network]
    assert event["operation"] == "mod"
    assert event["snapshot"]["name_label"] == "renamed while waiting"
    assert event["snapshot"] == xapi.xenapi.network.get_record(network)
    assert batch["token"] > token
    assert TOKEN.fullmatch(batch["token"])


def test_created_objects_come_as_add_and_destroyed_ones_as_del(xapi: XenAPI.Session, other: XenAPI.Session) -> None:
    token = current_token(xapi, ["network"])
    created = after(0.2, lambda: new_network(other, "event test network"))
    batch = event_from(xapi, ["network"], token, 20.0)
    network = created.result(5)
    events = keyed(batch)
    assert events["network", network]["operation"] == "add"
    assert events["network", network]["snapshot"]["name_label"] == "event test network"
    assert all(event["operation"] != "mod" for event in batch["events"] if event["ref"] == network)

    token = batch["token"]
    after(0.2, lambda: other.xenapi.network.destroy(network)).result(5)
    batch = event_from(xapi, ["network"], token, 20.0)
    events = keyed(batch)
    assert events["network", network]["operation"] == "del"
    assert "snapshot" not in events["network", network] or not events["network", network]["snapshot"]


def test_an_object_created_and_destroyed_between_two_calls_is_not_reported(xapi: XenAPI.Session) -> None:
    token = current_token(xapi, ["network"])
    network = new_network(xapi, "short-lived")
    xapi.xenapi.network.destroy(network)
    marker = sorted(xapi.xenapi.network.get_all())[0]
    xapi.xenapi.network.set_name_description(marker, "marker")
    batch = event_from(xapi, ["network"], token, 5.0)
    assert [event["ref"] for event in batch["events"]] == [marker]


def test_timeout_returns_an_empty_batch_after_about_the_timeout(xapi: XenAPI.Session) -> None:
    token = current_token(xapi, ["network"])
    started = time.monotonic()
    batch = event_from(xapi, ["network"], token, 0.6)
    elapsed = time.monotonic() - started
    assert batch["events"] == []
    assert 0.5 <= elapsed < 3.0, elapsed
    assert TOKEN.fullmatch(batch["token"])
    assert batch["valid_ref_counts"]["network"] == len(xapi.xenapi.network.get_all())


def test_changes_to_unsubscribed_classes_do_not_end_the_wait(xapi: XenAPI.Session, other: XenAPI.Session,
                                                             pool_ref: str) -> None:
    token = current_token(xapi, ["network"])
    after(0.1, lambda: other.xenapi.pool.set_name_description(pool_ref, "not a network change")).result(5)
    started = time.monotonic()
    batch = event_from(xapi, ["network"], token, 0.8)
    assert batch["events"] == []
    assert time.monotonic() - started >= 0.7


def test_token_continuity_loses_and_duplicates_nothing(xapi: XenAPI.Session) -> None:
    first, second = sorted(xapi.xenapi.network.get_all())[:2]
    token = current_token(xapi, ["network"])
    xapi.xenapi.network.set_name_description(first, "step 1")
    batch1 = event_from(xapi, ["network"], token, 5.0)
    assert [(e["ref"], e["snapshot"]["name_description"]) for e in batch1["events"]] == [(first, "step 1")]

    xapi.xenapi.network.set_name_description(first, "step 2")
    xapi.xenapi.network.set_name_description(second, "step 2")
    xapi.xenapi.network.set_name_description(first, "step 3")
    batch2 = event_from(xapi, ["network"], batch1["token"], 5.0)
    got = {e["ref"]: e["snapshot"]["name_description"] for e in batch2["events"]}
    assert got == {first: "step 3", second: "step 2"}
    assert min(int(e["id"]) for e in batch2["events"]) > max(int(e["id"]) for e in batch1["events"])
    assert batch2["token"] > batch1["token"] > token

    batch3 = event_from(xapi, ["network"], batch2["token"], 0.3)
    assert batch3["events"] == []
    # An old token replays the folded changes again (tokens are not consumed).
    again = event_from(xapi, ["network"], batch1["token"], 5.0)
    assert {e["ref"] for e in again["events"]} == {first, second}


# --- subscriptions --------------------------------------------------------------------------------------------------


def test_star_subscribes_to_every_class(xapi: XenAPI.Session) -> None:
    classes = {event["class"] for event in event_from(xapi, ["*"], "", 5.0)["events"]}
    assert {"vm", "host", "pool", "network", "sr", "vdi", "vbd", "vif", "pif", "vm_metrics", "host_metrics"} <= classes
    assert "session" not in classes  # sessions never generate events
    assert "role" not in classes  # roles are static
    assert all(cls == cls.lower() for cls in classes)


def test_class_names_are_case_insensitive(xapi: XenAPI.Session) -> None:
    lower = keyed(event_from(xapi, ["vm", "vm_metrics"], "", 5.0))
    upper = keyed(event_from(xapi, ["VM", "VM_metrics"], "", 5.0))
    assert set(lower) == set(upper)
    assert {cls for cls, _ in lower} == {"vm", "vm_metrics"}


def test_a_single_object_subscription(xapi: XenAPI.Session) -> None:
    first, second = sorted(xapi.xenapi.VM.get_all())[:2]
    initial = event_from(xapi, [f"vm/{first}"], "", 5.0)
    assert [(e["class"], e["ref"], e["operation"]) for e in initial["events"]] == [("vm", first, "add")]
    xapi.xenapi.VM.add_tags(second, "other object")
    xapi.xenapi.VM.add_tags(first, "this object")
    batch = event_from(xapi, [f"VM/{first}"], initial["token"], 5.0)
    assert [(e["ref"], e["operation"]) for e in batch["events"]] == [(first, "mod")]
    assert "this object" in batch["events"][0]["snapshot"]["tags"]


def test_an_unparsable_token_fails(xapi: XenAPI.Session) -> None:
    for token in ["garbage", "abc,def", "-5,0"]:
        assert failure(getattr(xapi.xenapi.event, "from"), ["vm"], token, 1.0) == [
            "EVENT_FROM_TOKEN_PARSE_FAILURE", token]


def test_an_object_subscription_splits_at_the_first_slash(xapi: XenAPI.Session, pool_ref: str) -> None:
    # xapi splits with a limit of 2, so "vm/a/b" is the object "a/b" of class vm: valid, and matching nothing.
    batch = event_from(xapi, ["vm/a/b", f"pool/{pool_ref}"], "", 5.0)
    assert [(e["class"], e["ref"]) for e in batch["events"]] == [("pool", pool_ref)]


# --- inject and get_current_id --------------------------------------------------------------------------------------


def test_event_inject_returns_a_token_and_makes_a_mod_event(xapi: XenAPI.Session, pool_ref: str) -> None:
    token = xapi.xenapi.event.inject("pool", pool_ref)
    assert TOKEN.fullmatch(token), token
    started = time.monotonic()
    batch = event_from(xapi, ["pool"], token, 10.0)
    assert time.monotonic() - started < 3
    assert [(e["class"], e["ref"], e["operation"]) for e in batch["events"]] == [("pool", pool_ref, "mod")]
    assert batch["events"][0]["snapshot"] == xapi.xenapi.pool.get_record(pool_ref)


def test_event_inject_checks_the_ref_against_the_class(xapi: XenAPI.Session, pool_ref: str) -> None:
    assert failure(xapi.xenapi.event.inject, "VM", pool_ref) == ["HANDLE_INVALID", "VM", pool_ref]
    bogus = "OpaqueRef:00000000-0000-4000-8000-000000000000"
    assert failure(xapi.xenapi.event.inject, "pool", bogus)[0] == "HANDLE_INVALID"


def test_event_get_current_id_grows_with_changes(xapi: XenAPI.Session, pool_ref: str) -> None:
    first = int(xapi.xenapi.event.get_current_id())
    xapi.xenapi.pool.set_name_description(pool_ref, "bump")
    second = int(xapi.xenapi.event.get_current_id())
    assert second > first >= 0


# --- legacy event.register / next / unregister ----------------------------------------------------------------------


def test_legacy_register_next_unregister(xapi: XenAPI.Session, other: XenAPI.Session, pool_ref: str) -> None:
    network = sorted(xapi.xenapi.network.get_all())[0]
    xapi.xenapi.event.register(["network", "pool"])
    # next blocks until a change
    change = after(0.3, lambda: other.xenapi.network.set_name_description(network, "legacy"))
    started = time.monotonic()
    events = xapi.xenapi.event.next()
    change.result(5)
    assert time.monotonic() - started >= 0.25
    mods = [e for e in events if e["ref"] == network]
    assert mods and mods[-1]["operation"] == "mod" and mods[-1]["class"] == "network"
    assert mods[-1]["snapshot"]["name_description"] == "legacy"
    assert mods[-1]["timestamp"] not in ("", "0.0")

    xapi.xenapi.event.unregister(["network"])
    xapi.xenapi.network.set_name_description(network, "not delivered")
    xapi.xenapi.pool.set_name_description(pool_ref, "delivered")
    events = xapi.xenapi.event.next()
    assert {e["class"] for e in events} == {"pool"}
    xapi.xenapi.event.unregister(["pool"])


def test_event_next_without_register_fails(xapi: XenAPI.Session) -> None:
    assert failure(xapi.xenapi.event.next) == ["SESSION_NOT_REGISTERED", xapi.handle]


# --- logout wakes a blocked call ------------------------------------------------------------------------------------


def test_logout_while_event_from_blocks_fails_it_with_session_invalid(server: SimServer) -> None:
    # Raw proxies: the SDK would silently log in again on SESSION_INVALID.
    with raw_proxy(server.url) as proxy, raw_proxy(server.url) as killer:
        ref = raw_call(proxy, "session.login_with_password", server.user, server.password)["Value"]
        token = raw_call(proxy, "event.from", ref, ["network"], "", 5.0)["Value"]["token"]
        done = after(0.4, lambda: raw_call(killer, "session.logout", ref))
        started = time.monotonic()
        reply = raw_call(proxy, "event.from", ref, ["network"], token, 30.0)
        elapsed = time.monotonic() - started
        assert done.result(5) == {"Status": "Success", "Value": ""}
    assert reply == {"Status": "Failure", "ErrorDescription": ["SESSION_INVALID", ref]}
    assert elapsed < 10, elapsed

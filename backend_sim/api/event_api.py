"""event.from, event.inject, event.get_current_id and the legacy register/next/unregister."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable
from typing import Any

from .. import errors
from ..datamodel import lower_names
from ..errors import ApiError
from ..store.store import SILENT_CLASSES, Store
from ..wire.slices import LoopSlices
from ..wire.values import Int32
from .call import Call
from .registry import api

DAY = 86400.0

Matcher = Callable[[str, str], bool]


def format_token(generation: int, message_generation: int) -> str:
    return f"{generation:020d},{message_generation:020d}"


def parse_token(token: str) -> int | None:
    """The generation a token stands for; None for the empty token (everything)."""
    if token == "":
        return None
    head = token.split(",", 1)[0].strip()
    try:
        value = int(head)
    except ValueError:
        raise ApiError(errors.EVENT_FROM_TOKEN_PARSE_FAILURE, token) from None
    if value < 0:
        raise ApiError(errors.EVENT_FROM_TOKEN_PARSE_FAILURE, token)
    return value


def parse_subscription(classes: Iterable[str]) -> Matcher:
    everything = False
    wanted: set[str] = set()
    objects: set[tuple[str, str]] = set()
    for entry in classes:
        if entry == "*":
            everything = True
        elif "/" in entry:
            cls, _, ref = entry.partition("/")
            if not cls or not ref:
                raise ApiError(errors.EVENT_SUBSCRIPTION_PARSE_FAILURE, entry)
            objects.add((cls.lower(), ref))
        elif entry:
            wanted.add(entry.lower())
        else:
            raise ApiError(errors.EVENT_SUBSCRIPTION_PARSE_FAILURE, entry)

    def matches(lower_cls: str, ref: str) -> bool:
        return everything or lower_cls in wanted or (lower_cls, ref) in objects

    return matches


def _event(gen: int, cls: str, op: str, ref: str, snapshot: dict[str, Any] | None) -> dict[str, Any]:
    event: dict[str, Any] = {"id": str(gen), "timestamp": "0.0", "class": cls.lower(), "operation": op,
                             "ref": ref}
    if snapshot is not None:
        event["snapshot"] = snapshot
    return event


def collect(store: Store, since: int, matches: Matcher) -> list[dict[str, Any]]:
    """The folded changes after generation `since` that the subscription wants."""
    events = []
    for gen, ref in store.changes_since(since):
        cls = store.class_of.get(ref)
        if cls is not None:
            if not matches(cls.lower(), ref):
                continue
            op = "add" if store.created_gen.get(ref, 0) > since else "mod"
            events.append(_event(gen, cls, op, ref, store.tables[cls][ref]))
            continue
        tomb = store.tombstones.get(ref)
        if tomb is not None and tomb[1] <= since and matches(tomb[0].lower(), ref):
            events.append(_event(gen, tomb[0], "del", ref, None))
    return events


def _batch(store: Store, events: list[dict[str, Any]]) -> dict[str, Any]:
    counts = {cls: Int32(n) for cls, n in store.valid_ref_counts().items()}
    return {"events": events, "valid_ref_counts": counts,
            "token": format_token(store.generation, store.message_generation)}


async def _everything(store: Store, matches: Matcher) -> dict[str, Any]:
    """Every live object as an "add", built in slices of the loop (a large pool has tens of thousands).

    The token and counts are taken first: what changes while the list is built comes again after the token
    (an object made meanwhile as its own "add", one changed as a "mod"), so the client misses nothing.
    """
    batch = _batch(store, [])
    rows = [(cls, list(store.tables[cls].items())) for cls in store.tables if cls not in SILENT_CLASSES]
    slices = LoopSlices()
    events = batch["events"]
    for cls, table in rows:
        lower = cls.lower()
        for ref, record in table:
            if matches(lower, ref):
                events.append(_event(store.created_gen.get(ref, 0), cls, "add", ref, record))
            if slices.due():
                await slices.pause()
    return batch


def _duration(timeout: Any) -> float:
    try:
        value = float(timeout)
    except (TypeError, ValueError):
        return DAY
    return value if value >= 0 else DAY


@api("event.from")
async def event_from(call: Call, classes: list[str], token: str, timeout: float) -> dict[str, Any]:
    store = call.store
    matches = parse_subscription(classes)
    since = parse_token(token)
    if since is None:
        return await _everything(store, matches)
    deadline = time.monotonic() + _duration(timeout)
    while True:
        call.ctx.sessions.check(call.session)
        seen = store.generation
        events = collect(store, since, matches)
        if events:
            return _batch(store, events)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return _batch(store, [])
        # Events of unsubscribed classes also wake us; fold from the newest generation seen.
        since = max(since, seen)
        if await store.wait_for_change(seen, remaining):
            await asyncio.sleep(call.ctx.config.event_batch_delay)


@api("event.inject")
def inject(call: Call, cls: str, ref: str) -> str:
    wire = lower_names.get(cls.lower())
    if wire is None or call.store.find(wire, ref) is None:
        raise ApiError(errors.HANDLE_INVALID, cls, ref)
    before = call.store.touch(wire, ref)
    return format_token(before, call.store.message_generation)


@api("event.get_current_id")
def get_current_id(call: Call) -> int:
    return call.store.generation


@api("event.register")
def register(call: Call, classes: list[str]) -> None:
    state = call.ctx.sessions.states[call.session]
    state.registered.update(classes)
    if state.next_cursor is None:
        state.next_cursor = call.store.generation


@api("event.unregister")
def unregister(call: Call, classes: list[str]) -> None:
    state = call.ctx.sessions.states[call.session]
    state.registered.difference_update(classes)


@api("event.next")
async def next_events(call: Call) -> list[dict[str, Any]]:
    store = call.store
    state = call.ctx.sessions.states[call.session]
    if not state.registered or state.next_cursor is None:
        raise ApiError(errors.SESSION_NOT_REGISTERED, call.session)
    while True:
        call.ctx.sessions.check(call.session)
        matches = parse_subscription(state.registered)
        seen = store.generation
        events = collect(store, state.next_cursor, matches)
        state.next_cursor = seen
        if events:
            stamp = call.ctx.clock.now_datetime()
            for event in events:
                event["timestamp"] = stamp
                snapshot = event.get("snapshot")
                event["obj_uuid"] = snapshot.get("uuid", "") if isinstance(snapshot, dict) else ""
            return events
        await store.wait_for_change(seen, DAY)
        await asyncio.sleep(0.2)  # legacy batching interval

"""Replies built in slices of the loop (wire/slices.py) are byte for byte the replies built in one go, and the
loop really turns while a big one is built: other tasks run between the slices."""

from __future__ import annotations

import asyncio
from typing import Any
from xmlrpc.client import loads

from hypothesis import given, settings
from hypothesis import strategies as st

from backend_sim.wire import jsonrpc, xmlrpc
from backend_sim.wire.slices import LoopSlices
from backend_sim.wire.values import DateTime, Int32

text = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
scalars = st.one_of(text, st.integers(-(2**63), 2**63 - 1), st.booleans(), st.floats(allow_nan=False),
                    st.builds(Int32, st.integers(-(2**31), 2**31 - 1)), st.just(DateTime("20240101T00:00:00Z")))
records = st.dictionaries(text, st.one_of(scalars, st.lists(text, max_size=3),
                                          st.dictionaries(text, text, max_size=3)), max_size=12)
# Envelopes of collections of records (event.from's batch, get_all_records) and everything in between.
values = st.recursive(st.one_of(scalars, records),
                      lambda inner: st.lists(inner, max_size=12) | st.dictionaries(text, inner, max_size=12),
                      max_leaves=40)


def every_item() -> LoopSlices:
    return LoopSlices(budget=0.0)  # a turn of the loop after every item: the most slicing there can be


@settings(max_examples=300, deadline=None)
@given(value=values)
def test_xmlrpc_in_slices_is_the_whole_reply(value: Any) -> None:
    chunks = asyncio.run(xmlrpc.success_in_slices(value, every_item()))
    assert b"".join(chunks) == xmlrpc.success(value)


@settings(max_examples=300, deadline=None)
@given(value=values, request_id=st.one_of(st.integers(0, 2**40), text), v2=st.booleans())
def test_jsonrpc_in_slices_is_the_whole_reply(value: Any, request_id: Any, v2: bool) -> None:
    request = jsonrpc.JsonRequest("x.y", [], request_id, v2)
    chunks = asyncio.run(jsonrpc.success_in_slices(request, value, every_item()))
    assert b"".join(chunks) == jsonrpc.success(request, value)


def test_the_loop_turns_between_the_records_of_a_big_reply_never_inside_one() -> None:
    record = {f"field{i}": f"value {i}" for i in range(40)}
    batch = {"events": [{"ref": f"OpaqueRef:{n}", "snapshot": dict(record)} for n in range(500)], "token": "1"}

    async def scenario() -> tuple[int, int, bytes]:
        ticks = 0
        done = asyncio.Event()

        async def other_client() -> None:
            nonlocal ticks
            while not done.is_set():
                ticks += 1
                # Changing a record between slices never tears it: each record goes out whole.
                batch["events"][ticks % 500]["snapshot"] = {**record, "field0": "changed", "field39": "changed"}
                await asyncio.sleep(0)

        running = asyncio.create_task(other_client())
        slices = every_item()
        chunks = await xmlrpc.success_in_slices(batch, slices)
        done.set()
        await running
        return ticks, slices.pauses, b"".join(chunks)

    ticks, pauses, reply = asyncio.run(scenario())
    assert pauses >= 500 and ticks >= 500
    (value,), _ = loads(reply)
    for event in value["Value"]["events"]:
        snapshot = event["snapshot"]
        assert (snapshot["field0"] == "changed") == (snapshot["field39"] == "changed")


def test_a_lone_surrogate_goes_out_as_the_replacement_character_in_xml() -> None:
    assert "a\ufffdb".encode() in xmlrpc.success({"k": "a\udc00b"})


@settings(max_examples=200, deadline=None)
@given(value=values, v2=st.booleans())
def test_what_goes_out_while_a_reply_is_built_and_what_is_left_make_the_whole_reply(value: Any, v2: bool) -> None:
    request = jsonrpc.JsonRequest("x.y", [], 7, v2)
    sent: list[bytes] = []

    async def ready(chunks: list[bytes]) -> None:
        sent.append(b"".join(chunks))
        chunks.clear()

    rest = asyncio.run(jsonrpc.success_in_slices(request, value, LoopSlices(budget=0.0, ready=ready)))
    assert b"".join(sent) + b"".join(rest) == jsonrpc.success(request, value)

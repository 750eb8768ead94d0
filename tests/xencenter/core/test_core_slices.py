"""Work in slices (core/slices.py) and the sliced JSON decoder the client uses for large replies."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Generator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xencenter.core.slices import run_at_once, run_in_slices
from xencenter.core.xenapi import jsonrpc
from xencenter.core.xenapi.errors import ProtocolError, XenAPIFailure
from xencenter.core.xenapi.slicedjson import decode_in_slices, parse

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children) | st.dictionaries(st.text(), children), max_leaves=40)


@settings(max_examples=300, deadline=None)
@given(JSON_VALUES, st.sampled_from([None, 0, 1, 2]), st.integers(0, 4))
def test_parse_gives_what_json_loads_gives(value: object, indent: int | None, depth: int) -> None:
    text = json.dumps(value, indent=indent)
    assert run_at_once(parse(text, depth)) == json.loads(text)


@pytest.mark.parametrize("text", ["", " ", "{", "[1,2", "[1 2]", "[1,]", '{"a" 1}', '{"a":1,}', '{"a":1}x',
                                  '{"result":{"events":[1,]}}', '{"result":{"events":[{"a":}]}}', "[1]]", "nul"])
def test_parse_refuses_what_json_loads_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        json.loads(text)
    with pytest.raises(ValueError):
        run_at_once(parse(text))


def test_large_document_is_decoded_in_many_slices() -> None:
    events = [{"class": "vm", "operation": "add", "ref": f"OpaqueRef:{i}", "snapshot": {"name_label": f"vm{i}"}}
              for i in range(20000)]
    body = json.dumps({"jsonrpc": "2.0", "result": {"events": events, "token": "1"}, "id": 1}).encode()
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    async def main() -> object:
        task = asyncio.get_running_loop().create_task(ticker())
        try:
            return await decode_in_slices(body, budget=0.0005)
        finally:
            task.cancel()

    assert asyncio.run(main()) == json.loads(body)
    assert ticks > 5  # the loop ran in between


def test_run_in_slices_returns_and_raises() -> None:
    def steps(fail: bool) -> Generator[None, None, int]:
        for _ in range(100):
            yield
        if fail:
            raise KeyError("boom")
        return 42

    assert asyncio.run(run_in_slices(steps(False), budget=0.0)) == 42
    with pytest.raises(KeyError):
        asyncio.run(run_in_slices(steps(True)))


def test_sliced_reply_decoding_keeps_the_error_shapes() -> None:
    big = " " * jsonrpc.SLICED_DECODE_BYTES
    ok = f'{{"jsonrpc":"2.0","result":[1,2,3],"id":1}}{big}'.encode()
    failure = f'{{"jsonrpc":"2.0","error":{{"code":1,"message":"HANDLE_INVALID","data":["VM","x"]}},"id":1}}{big}'
    assert asyncio.run(jsonrpc.decode_reply_sliced(ok)) == [1, 2, 3]
    with pytest.raises(XenAPIFailure) as caught:
        asyncio.run(jsonrpc.decode_reply_sliced(failure.encode()))
    assert caught.value.code == "HANDLE_INVALID"
    with pytest.raises(ProtocolError):
        asyncio.run(jsonrpc.decode_reply_sliced(b"{" + big.encode()))

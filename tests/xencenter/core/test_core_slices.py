"""Work in slices (core/slices.py), and a large JSON-RPC reply decoded as it arrives with the loop let in."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Generator

import pytest

from xencenter.core.slices import run_in_slices
from xencenter.core.xenapi import jsonrpc
from xencenter.core.xenapi.errors import ProtocolError, XenAPIFailure


async def pieces(body: bytes, size: int | None = None) -> AsyncIterator[bytes]:
    """The body as a client reads it: in pieces of `size` (all at once when None: already received)."""
    step = size or len(body) or 1
    for start in range(0, len(body), step):
        yield body[start:start + step]

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
            return await jsonrpc.decode_reply_streamed(pieces(body), budget=0.0005)
        finally:
            task.cancel()

    assert asyncio.run(main()) == json.loads(body)["result"]
    assert ticks > 20, "the loop ran while a body received whole was decoded"
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


def test_streamed_reply_decoding_keeps_the_error_shapes() -> None:
    ok = b'{"jsonrpc":"2.0","result":[1,2,3],"id":1}'
    failure = b'{"jsonrpc":"2.0","error":{"code":1,"message":"HANDLE_INVALID","data":["VM","x"]},"id":1}'
    for size in (None, 1, 7):
        assert asyncio.run(jsonrpc.decode_reply_streamed(pieces(ok, size))) == [1, 2, 3]
        with pytest.raises(XenAPIFailure) as caught:
            asyncio.run(jsonrpc.decode_reply_streamed(pieces(failure, size)))
        assert caught.value.code == "HANDLE_INVALID"
        for broken in (b"{" + ok, ok[:-1], b"", ok + b"x"):
            with pytest.raises(ProtocolError):
                asyncio.run(jsonrpc.decode_reply_streamed(pieces(broken, size)))

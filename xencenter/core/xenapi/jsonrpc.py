"""JSON-RPC v2 requests and replies as xapi writes them (v2 and v1 error shapes both understood)."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Sequence
from typing import Any

from ..slices import SLICE_SECONDS
from .errors import ProtocolError, XenAPIFailure
from .streamjson import JsonStream

CONTENT_TYPE = "application/json"
# Replies of this Content-Length or more (or of none) are decoded as they arrive, in slices; smaller ones at once.
SLICED_DECODE_BYTES = 256 * 1024


def encode_request(method: str, params: Sequence[Any], request_id: int) -> bytes:
    body = {"jsonrpc": "2.0", "method": method, "params": list(params), "id": request_id}
    try:
        return json.dumps(body, separators=(",", ":"), allow_nan=False).encode()
    except (TypeError, ValueError) as exc:
        raise ValueError(f"cannot send {method}: a parameter is not JSON-serialisable ({exc})") from exc


def decode_reply(body: bytes) -> Any:
    """The `result` of a reply; raises XenAPIFailure for an error reply, ProtocolError for anything else."""
    try:
        reply = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ProtocolError(f"the server sent malformed JSON ({exc})") from exc
    return _result(reply)


async def decode_reply_streamed(pieces: AsyncIterator[bytes], budget: float = SLICE_SECONDS) -> Any:
    """`decode_reply` of a body read piece by piece: each piece is decoded as it arrives (a server that writes a
    big reply while it builds it, as the simulator does, gets it decoded meanwhile), with the event loop let in
    at least every `budget` seconds even when the pieces are already there."""
    stream = JsonStream()
    clock = time.perf_counter
    deadline = clock() + budget
    try:
        async for piece in pieces:
            for _ in stream.feed(piece):
                if clock() >= deadline:
                    await asyncio.sleep(0)
                    deadline = clock() + budget
        for _ in stream.feed(b"", final=True):
            pass
    except (ValueError, UnicodeDecodeError) as exc:
        raise ProtocolError(f"the server sent malformed JSON ({exc})") from exc
    return _result(stream.result())


def _result(reply: Any) -> Any:
    if not isinstance(reply, dict):
        raise ProtocolError("the server's JSON-RPC reply is not an object")
    error = reply.get("error")
    if error is not None:
        raise _failure(error)
    if "result" not in reply:
        raise ProtocolError("the server's JSON-RPC reply has neither result nor error")
    return reply["result"]


def _failure(error: Any) -> XenAPIFailure:
    if isinstance(error, list):  # v1: [CODE, params...]
        return XenAPIFailure.from_description(error)
    if isinstance(error, dict):  # v2: {code, message: CODE, data: [params...]}
        code = error.get("message")
        data = error.get("data")
        params = data if isinstance(data, list) else ([] if data is None else [data])
        return XenAPIFailure(str(code) if code else "UNKNOWN_ERROR", [str(p) for p in params])
    return XenAPIFailure("UNKNOWN_ERROR", [str(error)])

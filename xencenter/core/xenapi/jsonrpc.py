"""JSON-RPC v2 requests and replies as xapi writes them (v2 and v1 error shapes both understood)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .errors import ProtocolError, XenAPIFailure
from .slicedjson import decode_in_slices

CONTENT_TYPE = "application/json"
# Replies bigger than this are decoded in slices (the first event.from of a large pool is tens of MB).
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


async def decode_reply_sliced(body: bytes) -> Any:
    """`decode_reply`, with a large body decoded in slices so the event loop (the GUI) keeps running."""
    if len(body) < SLICED_DECODE_BYTES:
        return decode_reply(body)
    try:
        reply = await decode_in_slices(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ProtocolError(f"the server sent malformed JSON ({exc})") from exc
    return _result(reply)


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

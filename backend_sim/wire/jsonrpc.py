"""JSON-RPC 1.0 and 2.0 as xapi speaks them on /jsonrpc."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .slices import ENVELOPE, LoopSlices, is_collection

CONTENT_TYPE = "application/json"


class JsonRpcParseError(ValueError):
    """The body is not a JSON-RPC request xapi would accept."""


@dataclass(frozen=True)
class JsonRequest:
    method: str
    params: list[Any]
    id: str | int
    v2: bool


def parse_request(body: bytes) -> JsonRequest:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise JsonRpcParseError(f"invalid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise JsonRpcParseError("request is not an object")
    v2 = data.get("jsonrpc") == "2.0"
    method = data.get("method")
    if not isinstance(method, str) or not method:
        raise JsonRpcParseError("missing method")
    request_id = data.get("id")
    # Notifications (no id) are refused, as xapi does.
    if isinstance(request_id, bool) or not isinstance(request_id, (str, int)):
        raise JsonRpcParseError("id must be a string or an integer")
    params = data.get("params")
    if params is None and v2:
        params = []
    if not isinstance(params, list):
        raise JsonRpcParseError("params must be an array")
    return JsonRequest(method, params, request_id, v2)


def _default(value: Any) -> Any:
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"cannot serialise {type(value).__name__} to JSON")


def _text(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=_default)


def _utf8(text: str) -> bytes:
    """JSON text as UTF-8. A lone surrogate (JSON accepts "\\udc00" in a request, and it may be stored) cannot be
    UTF-8: it goes out as that same JSON escape, which is where it can only stand, inside a string."""
    try:
        return text.encode()
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace")


def _encode(payload: dict[str, Any]) -> bytes:
    return _utf8(_text(payload))


def success(request: JsonRequest, value: Any) -> bytes:
    result = "" if value is None else value
    if request.v2:
        return _encode({"jsonrpc": "2.0", "result": result, "id": request.id})
    return _encode({"result": result, "error": None, "id": request.id})


def failure(request: JsonRequest, description: list[str]) -> bytes:
    if request.v2:
        error = {"code": 1, "message": description[0], "data": [str(p) for p in description[1:]]}
        return _encode({"jsonrpc": "2.0", "error": error, "id": request.id})
    return _encode({"result": None, "error": [str(p) for p in description], "id": request.id})


async def success_in_slices(request: JsonRequest, value: Any, slices: LoopSlices) -> list[bytes]:
    """`success(request, value)` as chunks, byte for byte, built in slices of the loop between whole records."""
    chunks: list[bytes] = []
    out = ['{"jsonrpc":"2.0","result":' if request.v2 else '{"result":']
    await _encode_in_slices("" if value is None else value, out, chunks, slices)
    out.append(f',"id":{_text(request.id)}}}' if request.v2 else f',"error":null,"id":{_text(request.id)}}}')
    chunks.append(_utf8("".join(out)))
    return chunks


async def _encode_in_slices(value: Any, out: list[str], chunks: list[bytes], slices: LoopSlices) -> None:
    collection = is_collection(value)
    small = isinstance(value, (Mapping, list, tuple)) and len(value) <= ENVELOPE
    if isinstance(value, Mapping) and not all(type(key) is str for key in value):
        collection = small = False  # json's own key conversions: left to it, whole
    if not collection and not small:
        out.append(_text(value))
        return
    if isinstance(value, Mapping):
        out.append("{")
        for index, (key, item) in enumerate(list(value.items())):  # a copy: the loop may change it meanwhile
            out.append(f'{"," if index else ""}{_text(key)}:')
            await _item(item, collection, out, chunks, slices)
        out.append("}")
        return
    out.append("[")
    for index, item in enumerate(list(value)):
        if index:
            out.append(",")
        await _item(item, collection, out, chunks, slices)
    out.append("]")


async def _item(item: Any, whole: bool, out: list[str], chunks: list[bytes], slices: LoopSlices) -> None:
    if whole:
        out.append(_text(item))
    else:
        await _encode_in_slices(item, out, chunks, slices)
    if slices.due():
        chunks.append(_utf8("".join(out)))
        out.clear()
        await slices.pause(chunks)

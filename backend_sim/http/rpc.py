"""XenAPI over XML-RPC (any POST path) and JSON-RPC (POST /jsonrpc), answered as xapi answers them.

Malformed bodies get HTTP 500 with a small HTML page (xapi's own answer, the one 500 the simulator
gives); API failures are HTTP 200 with a structured error. Bodies over 300 KiB are refused with 413
before they are read in full. Replies are serialised in slices of the loop (wire/slices.py), so a big
one (the first event.from of a large pool) never stalls the other clients for long.
"""

from __future__ import annotations

import logging

from .. import errors
from ..errors import ApiError
from ..wire import jsonrpc, xmlrpc
from ..wire.slices import LoopSlices
from ..xapi import Xapi
from .respond import Receive, Scope, Send, StreamedReply, html, respond, respond_chunks

log = logging.getLogger("backend_sim.http")

MAX_BODY = 300 * 1024
LIST_METHODS = "system.listMethods"


class BodyTooLarge(Exception):
    pass


async def answer(xapi: Xapi, scope: Scope, receive: Receive, send: Send, *, json_rpc: bool) -> None:
    try:
        body = await _read_body(scope, receive)
    except BodyTooLarge:
        await respond(send, 413, html("Request body too large"), b"text/html")
        return
    client = scope.get("client")
    address = str(client[0]) if client else ""
    if json_rpc:
        await _json(xapi, body, send, address)
    else:
        await _xml(xapi, body, send, address)


async def _xml(xapi: Xapi, body: bytes, send: Send, client: str) -> None:
    try:
        method, params = xmlrpc.parse_call(body)
    except xmlrpc.XmlRpcParseError as exc:
        await respond(send, 500, html(f"Malformed XML-RPC request: {exc}"), b"text/html")
        return
    if method == LIST_METHODS:
        chunks = [xmlrpc.bare(xapi.dispatcher.list_methods())]
    else:
        try:
            chunks = await xmlrpc.success_in_slices(await xapi.call(method, params, client), LoopSlices())
        except ApiError as exc:
            chunks = [xmlrpc.failure(exc.description)]
        except Exception as exc:  # a bug in a message, or a result that cannot be serialised
            chunks = [xmlrpc.failure(_internal(method, exc))]
    await respond_chunks(send, 200, chunks, xmlrpc.CONTENT_TYPE.encode())


async def _json(xapi: Xapi, body: bytes, send: Send, client: str) -> None:
    try:
        request = jsonrpc.parse_request(body)
    except jsonrpc.JsonRpcParseError as exc:
        await respond(send, 500, html(f"Malformed JSON-RPC request: {exc}"), b"text/html")
        return
    reply = StreamedReply(send, jsonrpc.CONTENT_TYPE.encode())
    if request.method == LIST_METHODS:
        chunks = [jsonrpc.success(request, xapi.dispatcher.list_methods())]
    else:
        try:
            result = await xapi.call(request.method, request.params, client)
            chunks = await jsonrpc.success_in_slices(request, result, LoopSlices(ready=reply.ready))
        except ApiError as exc:
            chunks = [jsonrpc.failure(request, exc.description)]
        except Exception as exc:
            if reply.started:  # half of the reply is out: nothing valid can follow; the client sees it cut short
                _internal(request.method, exc)
                await send({"type": "http.response.body", "body": b"", "more_body": False})
                return
            chunks = [jsonrpc.failure(request, _internal(request.method, exc))]
    await reply.finish(chunks)


def _internal(method: str, exc: Exception) -> list[str]:
    log.error("%s failed unexpectedly", method, exc_info=exc)
    return [errors.INTERNAL_ERROR, f"{type(exc).__name__}: {exc}"]


async def _read_body(scope: Scope, receive: Receive) -> bytes:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                if int(value) > MAX_BODY:
                    raise BodyTooLarge
            except ValueError:
                pass
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            raise BodyTooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)

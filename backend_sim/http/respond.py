"""Small ASGI helpers shared by the RPC endpoint and the handlers: whole replies, HTML pages, bodies."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

CORS = [(b"access-control-allow-origin", b"*"), (b"access-control-allow-headers", b"X-Requested-With")]


async def respond(send: Send, status: int, body: bytes, content_type: bytes,
                  extra: list[tuple[bytes, bytes]] | None = None) -> None:
    headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode()), *CORS, *(extra or [])]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def respond_chunks(send: Send, status: int, chunks: list[bytes], content_type: bytes) -> None:
    """A whole reply already cut in chunks (a big one built in slices): its length first, then each chunk."""
    size = sum(len(chunk) for chunk in chunks)
    headers = [(b"content-type", content_type), (b"content-length", str(size).encode()), *CORS]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    for index, chunk in enumerate(chunks):
        await send({"type": "http.response.body", "body": chunk, "more_body": index < len(chunks) - 1})
    if not chunks:
        await send({"type": "http.response.body", "body": b""})


class StreamedReply:
    """A reply sent as it is built: `ready` (a LoopSlices' hook) sends the chunks made so far, the first time with
    the headers and no length (HTTP/1.1 chunked transfer), so the client reads and decodes while the rest is
    written; `finish` sends the rest, or the whole reply with its length when it never streamed (a small one)."""

    def __init__(self, send: Send, content_type: bytes) -> None:
        self._send = send
        self._content_type = content_type
        self.started = False

    async def ready(self, chunks: list[bytes]) -> None:
        if not self.started:
            self.started = True
            headers = [(b"content-type", self._content_type), *CORS]
            await self._send({"type": "http.response.start", "status": 200, "headers": headers})
        body = b"".join(chunks)
        chunks.clear()
        if body:
            await self._send({"type": "http.response.body", "body": body, "more_body": True})

    async def finish(self, chunks: list[bytes]) -> None:
        if not self.started:
            await respond_chunks(self._send, 200, chunks, self._content_type)
            return
        await self._send({"type": "http.response.body", "body": b"".join(chunks), "more_body": False})


def html(text: str) -> bytes:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f"<html><body><h1>{escaped}</h1></body></html>".encode()


async def body_chunks(receive: Receive) -> AsyncIterator[bytes]:
    """The request body as it arrives, chunk by chunk (a large upload is never held whole)."""
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return
        chunk = message.get("body", b"")
        if chunk:
            yield chunk
        if not message.get("more_body", False):
            return


def header_map(scope: Scope) -> dict[str, str]:
    """Request headers by lower-case name (the first of repeated ones)."""
    headers: dict[str, str] = {}
    for name, value in scope.get("headers", ()):
        headers.setdefault(name.decode("latin-1").lower(), value.decode("latin-1"))
    return headers

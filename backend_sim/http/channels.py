"""The two ways a handler keeps a connection: a WebSocket (over ASGI) and a CONNECT tunnel (raw streams).

Both start pending: the handler may still refuse with `HttpError` (answered with a status) until it
calls `accept()`, which answers the upgrade (101) or the CONNECT (`HTTP/1.1 200 OK`) and hands over
the channel. A console refuses a halted VM this way before any RFB byte is sent.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Message = MutableMapping[str, Any]


class WebSocket:
    """An accepted WebSocket: whole messages in and out; `receive` gives None once the peer has gone."""

    def __init__(self, receive: Callable[[], Awaitable[Message]], send: Callable[[Message], Awaitable[None]]) -> None:
        self._receive = receive
        self._send = send
        self.closed = False

    async def receive(self) -> bytes | str | None:
        if self.closed:
            return None
        message = await self._receive()
        if message["type"] == "websocket.disconnect":
            self.closed = True
            return None
        data = message.get("bytes")
        return data if data is not None else message.get("text", "")

    async def send(self, data: bytes | str) -> None:
        if isinstance(data, bytes):
            await self._send({"type": "websocket.send", "bytes": data})
        else:
            await self._send({"type": "websocket.send", "text": data})

    async def close(self, code: int = 1000) -> None:
        if not self.closed:
            self.closed = True
            await self._send({"type": "websocket.close", "code": code})


class WebSocketUpgrade:
    """A WebSocket upgrade not yet answered."""

    def __init__(self, receive: Callable[[], Awaitable[Message]], send: Callable[[Message], Awaitable[None]]) -> None:
        self._receive = receive
        self._send = send
        self.socket: WebSocket | None = None

    async def accept(self, subprotocol: str | None = None) -> WebSocket:
        if self.socket is None:
            message: Message = {"type": "websocket.accept"}
            if subprotocol is not None:
                message["subprotocol"] = subprotocol
            await self._send(message)
            self.socket = WebSocket(self._receive, self._send)
        return self.socket


class Tunnel:
    """A CONNECT not yet answered; `accept` writes `HTTP/1.1 200 OK` and gives the raw streams."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._reader = reader
        self._writer = writer
        self.accepted = False

    async def accept(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        if not self.accepted:
            self.accepted = True
            self._writer.write(b"HTTP/1.1 200 OK\r\n\r\n")
            await self._writer.drain()
        return self._reader, self._writer

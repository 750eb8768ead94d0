"""The byte pipe an RFB session runs over: asyncio streams, or WebSocket binary messages."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Protocol


class ChannelClosed(Exception):
    """The peer went away (or sent less than a whole message before leaving)."""


class Channel(Protocol):
    async def read(self, count: int) -> bytes:
        """Exactly `count` bytes, or ChannelClosed."""

    def write(self, data: bytes) -> None: ...

    async def drain(self) -> None: ...

    async def close(self) -> None: ...


class StreamChannel:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._reader = reader
        self._writer = writer

    async def read(self, count: int) -> bytes:
        try:
            return await self._reader.readexactly(count)
        except (asyncio.IncompleteReadError, ConnectionError) as exc:
            raise ChannelClosed from exc

    def write(self, data: bytes) -> None:
        self._writer.write(data)

    async def drain(self) -> None:
        try:
            await self._writer.drain()
        except ConnectionError as exc:
            raise ChannelClosed from exc

    async def close(self) -> None:
        with contextlib.suppress(ConnectionError, RuntimeError):
            self._writer.close()
            await self._writer.wait_closed()


class MessageSocket(Protocol):
    """A WebSocket as the HTTP layer hands it over: whole messages, None once the peer has gone."""

    async def receive(self) -> bytes | str | None: ...

    async def send(self, data: bytes | str) -> None: ...

    async def close(self, code: int = 1000) -> None: ...


# A WebSocket message carries at most this much of the stream: clients limit message sizes (1 MiB
# by default in Python's websockets), and a raw full screen is 3 MiB.
MESSAGE_BYTES = 256 * 1024


class WebSocketChannel:
    """RFB over binary WebSocket messages (noVNC, Xen Orchestra): a message may hold any part of the stream."""

    def __init__(self, socket: MessageSocket) -> None:
        self._socket = socket
        self._inbox = bytearray()
        self._outbox: list[bytes] = []

    async def read(self, count: int) -> bytes:
        while len(self._inbox) < count:
            message = await self._socket.receive()
            if message is None:
                raise ChannelClosed
            self._inbox += message.encode("latin-1") if isinstance(message, str) else message
        data = bytes(self._inbox[:count])
        del self._inbox[:count]
        return data

    def write(self, data: bytes) -> None:
        self._outbox.append(data)

    async def drain(self) -> None:
        if self._outbox:
            data = b"".join(self._outbox)
            self._outbox.clear()
            try:
                for start in range(0, len(data), MESSAGE_BYTES):
                    await self._socket.send(data[start:start + MESSAGE_BYTES])
            except (ConnectionError, RuntimeError) as exc:
                raise ChannelClosed from exc

    async def close(self) -> None:
        with contextlib.suppress(ConnectionError, RuntimeError):
            await self._socket.close()

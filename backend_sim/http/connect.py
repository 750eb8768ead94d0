"""CONNECT on the API port, as xapi serves consoles: `HTTP/1.1 200 OK`, then raw bytes on the same socket.

uvicorn cannot hand a socket to an ASGI app, so this is the seam: an HTTP protocol class (given to
uvicorn as `Config(http=ConnectHttpProtocol)`) that recognises a CONNECT request line on an idle
connection itself, takes the transport over as asyncio streams and hands them, with the parsed
request, to the app's `handle_connect`. Every other request goes to uvicorn's httptools protocol.
"""

from __future__ import annotations

import asyncio
import urllib.parse
from dataclasses import dataclass
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from .registry import parse_query

PREFIX = b"CONNECT "
MAX_HEAD = 16 * 1024
STREAM_LIMIT = 1 << 20


@dataclass(frozen=True)
class ConnectRequest:
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    client: tuple[str, int] | None


class BadConnect(ValueError):
    pass


def parse_head(raw: bytes) -> ConnectRequest:
    """`CONNECT /console?ref=... HTTP/1.x` and its headers (origin-form, as XenCenter sends it)."""
    lines = raw.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
        raise BadConnect("malformed CONNECT request line")
    target = urllib.parse.urlsplit(parts[1])
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if not sep or not name.strip():
            raise BadConnect("malformed header line")
        headers.setdefault(name.strip().lower(), value.strip())
    path = urllib.parse.unquote(target.path) if target.path else "/"
    return ConnectRequest(path, parse_query(target.query), headers, None)


class ConnectHttpProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol, plus the CONNECT hand-off to `config.app.handle_connect`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._head: bytearray | None = None  # a CONNECT request head being gathered

    def data_received(self, data: bytes) -> None:
        if self._head is None:
            idle = self.cycle is None or self.cycle.response_complete
            wants = data.startswith(PREFIX) or PREFIX.startswith(data)
            if not (idle and wants and hasattr(self.config.app, "handle_connect")):
                super().data_received(data)
                return
            self._unset_keepalive_if_required()
            self._head = bytearray()
        self._head += data
        self._gather()

    def _gather(self) -> None:
        head = self._head
        assert head is not None
        if len(head) < len(PREFIX) and PREFIX.startswith(head):
            return  # wait for the rest of the method name
        if not head.startswith(PREFIX):
            self._head = None
            super().data_received(bytes(head))
            return
        end = head.find(b"\r\n\r\n")
        if end < 0:
            if len(head) > MAX_HEAD:
                self._head = None
                self.send_400_response("CONNECT request head too large")
            return
        try:
            request = parse_head(bytes(head[:end]))
        except BadConnect as exc:
            self._head = None
            self.send_400_response(str(exc))
            return
        self._hand_over(ConnectRequest(request.path, request.query, request.headers, self.client),
                        bytes(head[end + 4:]))

    def _hand_over(self, request: ConnectRequest, rest: bytes) -> None:
        # Like uvicorn's WebSocket upgrade: the socket stops being an HTTP connection of this server.
        self.connections.discard(self)
        reader = asyncio.StreamReader(limit=STREAM_LIMIT)
        protocol = asyncio.StreamReaderProtocol(reader)
        self.transport.set_protocol(protocol)
        protocol.connection_made(self.transport)
        if rest:
            reader.feed_data(rest)
        writer = asyncio.StreamWriter(self.transport, protocol, reader, self.loop)
        app: Any = self.config.app  # an XapiApp: data_received checked it has handle_connect
        task = self.loop.create_task(app.handle_connect(request, reader, writer))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

"""The CONNECT tunnel XenCenter opens to a console: TCP (TLS for https locations) to the host in the console's
`location`, `CONNECT /console?...` with the session in a cookie, the `HTTP/1.1 200 OK` header block, then RFB on
the same socket.

TLS: xapi's certificates are self-signed, so the console reuses the API connection's trust-on-first-use pin
(`PinnedTransport.pin`): the certificate must match the fingerprint the user trusted for that host and port.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..tls import CertificateRejected, fingerprint, unverified_context
from .errors import CertificateMismatch, ConsoleUnreachable, TunnelRefused

Pin = Callable[[str, int], Awaitable[str]]  # (host, port) -> the trusted fingerprint (asks the user when unknown)

# The stream buffers this much before pausing the socket: a full-screen update arrives without stop-and-go.
# It is also the longest header block readuntil accepts.
STREAM_LIMIT = 4 << 20


@dataclass(frozen=True)
class Target:
    """Where a console location points: scheme, host, port and the path with its query."""

    tls: bool
    host: str
    port: int
    path: str

    @classmethod
    def parse(cls, location: str) -> Target:
        parts = urlsplit(location)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"{location!r} is not an http(s) console location")
        tls = parts.scheme == "https"
        path = (parts.path or "/console") + (f"?{parts.query}" if parts.query else "")
        return cls(tls, parts.hostname, parts.port or (443 if tls else 80), path)

    def on(self, base_url: str) -> Target:
        """The same console path on another server (the pool coordinator the API connection talks to)."""
        other = Target.parse(base_url)
        return Target(other.tls, other.host, other.port, self.path)

    def request(self, session_ref: str) -> bytes:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return (f"CONNECT {self.path} HTTP/1.0\r\nHost: {host}\r\nCookie: session_id={session_ref}\r\n\r\n"
                .encode("ascii", errors="strict"))


Streams = tuple[asyncio.StreamReader, asyncio.StreamWriter]


async def open_tunnel(target: Target, session_ref: str, *, pin: Pin | None = None,
                      timeout: float = 10.0) -> Streams:
    """The RFB streams behind a CONNECT to `target`. Raises ConsoleUnreachable, TunnelRefused or
    CertificateMismatch; the socket is closed on any failure."""
    context: ssl.SSLContext | None = None
    expected = None
    if target.tls:
        if pin is not None:
            try:
                expected = await pin(target.host, target.port)
            except CertificateRejected as exc:
                raise CertificateMismatch(str(exc)) from exc
            except (OSError, TimeoutError, ssl.SSLError) as exc:
                raise ConsoleUnreachable(f"no TLS handshake with {target.host}:{target.port}: {exc}") from exc
            context = unverified_context()
        else:
            context = ssl.create_default_context()
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection(
            target.host, target.port, ssl=context, server_hostname=target.host if context else None,
            limit=STREAM_LIMIT), timeout)
    except (OSError, TimeoutError, ssl.SSLError) as exc:
        raise ConsoleUnreachable(f"cannot reach {target.host}:{target.port}: {exc or type(exc).__name__}") from exc
    try:
        if expected is not None:
            ssl_object = writer.get_extra_info("ssl_object")
            der = ssl_object.getpeercert(binary_form=True) if ssl_object is not None else None
            if not der or fingerprint(der) != expected:
                raise CertificateMismatch(f"the certificate of {target.host}:{target.port} is not the trusted one")
        writer.write(target.request(session_ref))
        await writer.drain()
        header = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout)
        check_status(header)
    except BaseException as exc:
        writer.close()
        with contextlib.suppress(OSError, ssl.SSLError):
            await writer.wait_closed()
        if isinstance(exc, (asyncio.IncompleteReadError, asyncio.LimitOverrunError, OSError, TimeoutError)):
            raise ConsoleUnreachable(f"{target.host}:{target.port} closed the console tunnel: "
                                     f"{exc or type(exc).__name__}") from exc
        raise
    return reader, writer


def check_status(header: bytes) -> None:
    """Raise TunnelRefused unless the header block starts with an HTTP 200 status line."""
    first = header.split(b"\r\n", 1)[0].decode("latin-1")
    parts = first.split(" ", 2)
    if len(parts) < 2 or not parts[0].startswith("HTTP/") or not parts[1].isdigit():
        raise TunnelRefused(0, f"not an HTTP answer: {first[:60]!r}")
    status = int(parts[1])
    if status != 200:
        raise TunnelRefused(status, parts[2] if len(parts) > 2 else "")


Opener = Callable[..., Awaitable[Streams]]  # open_tunnel's signature: (target, session, *, pin)


async def open_console(location: str, session_ref: str, *, api_url: str, pin: Pin | None = None,
                       opener: Opener = open_tunnel) -> Streams:
    """The tunnel to the console at `location`. The location names the host the VM runs on; when that address
    does not answer from here (a simulator's made-up addresses, a pool member behind NAT), the same CONNECT goes
    to `api_url`, the server the API connection talks to."""
    try:
        target = Target.parse(location)
    except ValueError as exc:
        raise ConsoleUnreachable(str(exc)) from exc
    try:
        return await opener(target, session_ref, pin=pin)
    except ConsoleUnreachable:
        fallback = target.on(api_url)
        if fallback == target:
            raise
        return await opener(fallback, session_ref, pin=pin)


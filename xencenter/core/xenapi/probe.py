"""Does a server answer plain http where https was expected? (A wrong scheme, not a dead server.)"""

from __future__ import annotations

import asyncio
import contextlib

import httpx

PROBE_TIMEOUT = 3.0


async def speaks_plain_http(url: str, timeout: float = PROBE_TIMEOUT) -> bool:
    """True when `url`'s host and port answer an unencrypted HTTP request (so https there cannot work)."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError):
        return False
    host = parsed.host
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout)
    except (OSError, TimeoutError):
        return False
    try:
        writer.write(f"OPTIONS / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode("ascii", "replace"))
        await asyncio.wait_for(writer.drain(), timeout)
        head = await asyncio.wait_for(reader.read(5), timeout)
    except (OSError, TimeoutError):
        return False
    finally:
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()
    return head == b"HTTP/"


def as_http(url: str) -> str:
    """The same server address with http instead of https."""
    return "http://" + url[len("https://"):] if url.startswith("https://") else url

"""Helpers for handlers that answer with a large generated document (RRDs): format choice, chunked reply."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from ..perf.monitor import Slicer
from .registry import Request

XML = "text/xml"
JSON = "application/json"


def wants_json(request: Request) -> bool:
    """xapi's rule: a `json` query parameter, or an Accept header that prefers JSON (*/* counts as JSON)."""
    if "json" in request.query:
        return request.query["json"].lower() not in ("false", "0", "no")
    accept = request.headers.get("accept", "")
    if not accept.strip():
        return False
    json_q = xml_q = 0.0
    for item in accept.split(","):
        media, *options = (part.strip() for part in item.split(";"))
        q = 1.0
        for option in options:
            name, _, value = option.partition("=")
            if name.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        media = media.lower()
        if media in ("application/json", "application/*", "*/*"):
            json_q = max(json_q, q)
        if media in ("text/xml", "application/xml", "text/*"):
            xml_q = max(xml_q, q)
    return json_q > 0 and json_q >= xml_q


async def stream(chunks: Iterator[bytes]) -> AsyncIterator[bytes]:
    """Send the chunks as they are made, handing the event loop back (a real pause, so that sockets
    that became ready meanwhile go first) once every perf.monitor.SLICE seconds of making them."""
    slicer = Slicer()
    for chunk in chunks:
        yield chunk
        await slicer.pause()

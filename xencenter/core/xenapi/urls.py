"""Turning what a user types ("xcp1", "10.0.0.5:8080", "https://pool.example") into a server URL."""

from __future__ import annotations

import httpx


def normalize_url(text: str) -> str:
    """A scheme://host[:port] URL for `text`; https when no scheme is given (xapi's default).

    Raises ValueError with a readable message for empty or malformed input.
    """
    raw = text.strip()
    if not raw:
        raise ValueError("the server address is empty")
    if "://" not in raw:
        raw = "https://" + raw
    try:
        url = httpx.URL(raw)
    except (httpx.InvalidURL, ValueError) as exc:
        raise ValueError(f"{text!r} is not a valid server address ({exc})") from exc
    if url.scheme not in ("http", "https"):
        raise ValueError(f"{text!r} uses {url.scheme!r}; only http and https are supported")
    if not url.host:
        raise ValueError(f"{text!r} names no host")
    port = f":{url.port}" if url.port is not None else ""
    host = f"[{url.host}]" if ":" in url.host else url.host
    path = url.path.rstrip("/")
    return f"{url.scheme}://{host}{port}{path}"

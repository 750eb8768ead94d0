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


def master_url(member_url: str, address: str) -> str:
    """Where to go after HOST_IS_SLAVE [address]: xapi names the master by IP (same scheme and port as the member);
    a simulator serving each pool on its own port names it as host:port ([v6]:port for IPv6)."""
    old = httpx.URL(member_url)
    port = f":{old.port}" if old.port is not None else ""
    host = address.strip()
    if host.startswith("["):  # [v6] or [v6]:port
        inside, _, rest = host[1:].partition("]")
        host, port = f"[{inside}]", (rest if rest.startswith(":") and rest[1:].isdigit() else port)
    elif host.count(":") == 1 and host.rsplit(":", 1)[1].isdigit():  # v4 or name with a port
        host, given = host.rsplit(":", 1)
        port = f":{given}"
    elif ":" in host:  # a bare IPv6 address
        host = f"[{host}]"
    return normalize_url(f"{old.scheme}://{host}{port}")

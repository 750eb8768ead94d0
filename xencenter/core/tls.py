"""Trust on first use for https servers with self-signed certificates (as XenCenter does), by SHA-256 pinning.

xapi servers usually present self-signed certificates, so CA verification would refuse nearly all of them. Instead:
before the first request to an origin, `PinnedTransport` reads the server's certificate on a separate TLS
handshake and compares its fingerprint with the one remembered for that origin. An unknown certificate or a changed
one is put to the user (`TrustPrompt`); a refusal fails the request. Every response is then checked against the
pinned fingerprint, so a certificate that changes mid-session fails the call instead of being used.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import ssl
from collections.abc import Awaitable, Callable

import httpx

from .servers import SettingsBackend

log = logging.getLogger("xencenter.net")

FINGERPRINTS_KEY = "tls/fingerprints/"
HANDSHAKE_TIMEOUT = 10.0

TrustPrompt = Callable[[str, str, "str | None"], Awaitable[bool]]  # (origin, fingerprint, previous) -> trust?


def fingerprint(der: bytes) -> str:
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))


def unverified_context() -> ssl.SSLContext:
    # No CA store loaded (create_default_context spends ~18 ms on it, on the GUI thread): the pin replaces it.
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # the fingerprint pin replaces CA verification
    return context


async def peer_fingerprint(host: str, port: int, timeout: float = HANDSHAKE_TIMEOUT) -> str:
    """The SHA-256 fingerprint of the certificate `host:port` presents."""
    _, writer = await asyncio.wait_for(
        asyncio.open_connection(host, port, ssl=unverified_context(), server_hostname=host), timeout)
    try:
        ssl_object = writer.get_extra_info("ssl_object")
        der = ssl_object.getpeercert(binary_form=True) if ssl_object is not None else None
    finally:
        writer.close()
        with contextlib.suppress(OSError, ssl.SSLError):
            await writer.wait_closed()
    if not der:
        raise ssl.SSLError("the server presented no certificate")
    return fingerprint(der)


class FingerprintStore:
    """Trusted fingerprints per origin ("host:port") in the settings (they are not secrets)."""

    def __init__(self, settings: SettingsBackend) -> None:
        self._settings = settings

    def get(self, origin: str) -> str | None:
        value = self._settings.value(FINGERPRINTS_KEY + origin, None)
        return str(value) if value else None

    def set(self, origin: str, value: str) -> None:
        self._settings.setValue(FINGERPRINTS_KEY + origin, value)


class CertificateRejected(httpx.ConnectError):
    """The user refused the certificate, or it no longer matches the pinned one."""


class PinnedTransport(httpx.AsyncBaseTransport):
    def __init__(self, store: FingerprintStore, prompt: TrustPrompt,
                 inner: httpx.AsyncBaseTransport | None = None) -> None:
        self._store = store
        self._prompt = prompt
        self._inner = inner or httpx.AsyncHTTPTransport(verify=unverified_context())
        self._pinned: dict[str, str] = {}
        self._lock = asyncio.Lock()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.scheme != "https":
            return await self._inner.handle_async_request(request)
        origin = f"{request.url.host}:{request.url.port or 443}"
        pinned = await self._pin(origin, request)
        response = await self._inner.handle_async_request(request)
        stream = response.extensions.get("network_stream")
        ssl_object = stream.get_extra_info("ssl_object") if stream is not None else None
        der = ssl_object.getpeercert(binary_form=True) if ssl_object is not None else None
        if der and fingerprint(der) != pinned:
            await response.aclose()
            self._pinned.pop(origin, None)  # ask again on the next request
            raise CertificateRejected(f"the certificate of {origin} changed during the session", request=request)
        return response

    async def _pin(self, origin: str, request: httpx.Request) -> str:
        try:
            return await self.pin(request.url.host, request.url.port or 443)
        except CertificateRejected as exc:
            raise CertificateRejected(str(exc), request=request) from exc
        except (OSError, ssl.SSLError, TimeoutError) as exc:
            raise httpx.ConnectError(f"TLS handshake with {origin} failed: {exc}", request=request) from exc

    async def pin(self, host: str, port: int) -> str:
        """The fingerprint trusted for `host:port`, asking the user when it is new or changed (the console's
        tunnels to pool members use it too). Raises CertificateRejected, or OSError/SSLError when unreachable."""
        origin = f"{host}:{port}"
        async with self._lock:  # one prompt per origin, however many requests wait for it
            pinned = self._pinned.get(origin)
            if pinned is not None:
                return pinned
            seen = await peer_fingerprint(host, port)
            previous = self._store.get(origin)
            if seen != previous:
                if not await self._prompt(origin, seen, previous):
                    raise CertificateRejected(f"the certificate of {origin} was not trusted")
                self._store.set(origin, seen)
                log.info("trusting the certificate of %s (%s)", origin, seen)
            self._pinned[origin] = seen
            return seen

    async def aclose(self) -> None:
        await self._inner.aclose()

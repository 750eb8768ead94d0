"""The XenAPI client: wire codecs, typed failures and the async session client."""

from __future__ import annotations

from .client import Protocol, XenAPIClient
from .errors import ConnectionLost, NotLoggedIn, ProtocolError, XenAPIError, XenAPIFailure
from .urls import normalize_url

__all__ = ["ConnectionLost", "NotLoggedIn", "Protocol", "ProtocolError", "XenAPIClient", "XenAPIError",
           "XenAPIFailure", "normalize_url"]

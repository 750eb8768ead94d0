"""Why a console could not be opened or was lost; `str()` is a plain English sentence for the log, and the UI
shows its own translated sentence per class."""

from __future__ import annotations


class ConsoleError(Exception):
    """Base of every console failure."""


class ConsoleUnreachable(ConsoleError):
    """No TCP/TLS connection to the console's host, or it closed."""


class TunnelRefused(ConsoleError):
    """The host answered the CONNECT with something other than 200 (no session, VM not running, wrong ref...)."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(f"the console was refused: HTTP {status} {reason}".rstrip())
        self.status = status
        self.reason = reason


class CertificateMismatch(ConsoleError):
    """The console host's certificate is not the one the user trusted."""


class HandshakeFailed(ConsoleError):
    """The RFB version or security negotiation failed (the server's reason, when it gave one, is the message)."""


class StreamBroken(ConsoleError):
    """The server sent data RFB does not allow, or that does not decode."""

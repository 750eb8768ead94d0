"""Exceptions of the XenAPI client: server failures (`XenAPIFailure`) and connection-level problems."""

from __future__ import annotations

from collections.abc import Sequence


class XenAPIError(Exception):
    """Base of everything the client raises."""


class XenAPIFailure(XenAPIError):
    """An API-level failure: xapi's ErrorDescription, `[code, *params]`."""

    def __init__(self, code: str, params: Sequence[str] = ()) -> None:
        self.code = code
        self.params: tuple[str, ...] = tuple(str(p) for p in params)
        super().__init__(code, *self.params)

    @classmethod
    def from_description(cls, description: Sequence[object]) -> XenAPIFailure:
        """Build from `[CODE, param, ...]`; an empty or odd description still gives a usable failure."""
        items = [str(item) for item in description]
        if not items:
            return cls("UNKNOWN_ERROR", ())
        return cls(items[0], items[1:])

    def __str__(self) -> str:
        return f"{self.code}({', '.join(self.params)})" if self.params else self.code

    def __repr__(self) -> str:
        return f"XenAPIFailure({self.code!r}, {list(self.params)!r})"


class ConnectionLost(XenAPIError):
    """The server could not be reached or the connection broke (refused, reset, timed out)."""


class ProtocolError(XenAPIError):
    """The server answered something that is not a XenAPI reply (wrong content, malformed body, HTTP error)."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        self.status = status
        super().__init__(message)


class NotLoggedIn(XenAPIError):
    """A session call was made before login or after logout."""


# Codes the client and the connection react to.
SESSION_INVALID = "SESSION_INVALID"
EVENTS_LOST = "EVENTS_LOST"
MESSAGE_PARAMETER_COUNT_MISMATCH = "MESSAGE_PARAMETER_COUNT_MISMATCH"
MESSAGE_METHOD_UNKNOWN = "MESSAGE_METHOD_UNKNOWN"
SESSION_AUTHENTICATION_FAILED = "SESSION_AUTHENTICATION_FAILED"
SESSION_AUTHORIZATION_FAILED = "SESSION_AUTHORIZATION_FAILED"  # a directory user with no role in the pool
HOST_IS_SLAVE = "HOST_IS_SLAVE"
TASK_CANCELLED = "TASK_CANCELLED"

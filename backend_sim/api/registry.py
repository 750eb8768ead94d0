"""Hand-written message implementations register here by wire name ("VM.start")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Handler = Callable[..., Any]

HANDLERS: dict[str, Handler] = {}


def api(name: str) -> Callable[[Handler], Handler]:
    """Register `fn(call, *params)` (sync or async) as the implementation of message `name`.

    Trailing parameters with Python defaults may be omitted by clients, as xapi accepts the
    shorter historical forms of messages that grew parameters.
    """

    def register(fn: Handler) -> Handler:
        if name in HANDLERS:
            raise ValueError(f"{name} registered twice")
        HANDLERS[name] = fn
        return fn

    return register

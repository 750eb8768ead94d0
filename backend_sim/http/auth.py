"""Who is asking: a handler request carries a session as xapi accepts it, or is refused with 401.

In order: a `session_id` query parameter, a `session_id` cookie, or HTTP basic auth (a login made
for this request through session.login_with_password, so the same credentials, failure delay and
later role checks apply; it is logged out when the request ends).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from http.cookies import CookieError, SimpleCookie

from .. import errors
from ..errors import ApiError
from ..xapi import Xapi
from .registry import HttpError

CHALLENGE = (("www-authenticate", 'Basic realm="xapi"'),)


def _refused(message: str) -> HttpError:
    return HttpError(401, message, CHALLENGE)


def _cookie_session(headers: Mapping[str, str]) -> str | None:
    raw = headers.get("cookie")
    if not raw:
        return None
    cookie: SimpleCookie = SimpleCookie()
    try:
        cookie.load(raw)
    except CookieError:
        return None
    morsel = cookie.get("session_id")
    return morsel.value if morsel is not None else None


def _basic_credentials(headers: Mapping[str, str]) -> tuple[str, str] | None:
    raw = headers.get("authorization", "")
    scheme, _, encoded = raw.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        user, sep, password = base64.b64decode(encoded.strip(), validate=True).decode("utf-8").partition(":")
    except (binascii.Error, UnicodeDecodeError):
        raise _refused("malformed basic authorization") from None
    if not sep:
        raise _refused("malformed basic authorization")
    return user, password


async def authenticate(xapi: Xapi, query: Mapping[str, str], headers: Mapping[str, str],
                       client: tuple[str, int] | None = None) -> tuple[str, bool]:
    """The request's session ref, and whether it was created for this request (to log out at its end)."""
    session = query.get("session_id") or _cookie_session(headers)
    if session:
        if not xapi.sessions.is_valid(session):
            raise _refused("the session is not valid")
        return session, False
    credentials = _basic_credentials(headers)
    if credentials is None:
        raise _refused("a session is needed: session_id in the query or a cookie, or basic authorization")
    try:
        ref = await xapi.call("session.login_with_password", [*credentials, "1.0", "http"],
                              client[0] if client else "")
    except ApiError as exc:
        if exc.code == errors.SESSION_AUTHENTICATION_FAILED:
            raise _refused("authentication failure") from None
        raise HttpError(403, " ".join(exc.description)) from None
    return str(ref), True


def end_request(xapi: Xapi, session: str, created: bool) -> None:
    if created:
        xapi.sessions.logout(session)

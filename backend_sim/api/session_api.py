"""session.* messages: login and logout (getters and setters are generic)."""

from __future__ import annotations

import hmac

from .. import errors
from ..errors import ApiError
from .auth_api import directory_login
from .call import Call
from .registry import api


@api("session.login_with_password")
async def login_with_password(call: Call, uname: str, pwd: str, version: str = "1.1",
                              originator: str = "") -> str:
    config = call.ctx.config
    origin = (call.client, originator)
    await call.ctx.sessions.failed_logins.wait_turn(origin)
    user_ok = hmac.compare_digest(uname.encode(), config.user.encode())
    password_ok = hmac.compare_digest(pwd.encode(), config.password.encode())
    if user_ok and password_ok:
        return call.ctx.sessions.login(uname, originator)  # the local superuser
    session = None if user_ok else await directory_login(call, uname, pwd, originator)
    if session is None:
        await call.ctx.sessions.failed_logins.refuse(origin, config.auth_failure_delay)
        raise ApiError(errors.SESSION_AUTHENTICATION_FAILED, uname, "Authentication failure")
    return session


@api("session.slave_local_login_with_password")
async def slave_local_login_with_password(call: Call, uname: str, pwd: str) -> str:
    return await login_with_password(call, uname, pwd, "1.1", "slave-local")


@api("session.logout")
def logout(call: Call) -> None:
    call.ctx.sessions.logout(call.session)


@api("session.local_logout")
def local_logout(call: Call) -> None:
    call.ctx.sessions.logout(call.session)

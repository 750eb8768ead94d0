"""HTTP handlers' permissions: the registry's authorizer applies xapi's roles (dom0's console is pool-admin's)."""

from __future__ import annotations

import asyncio
import time

import pytest

from backend_sim import scenarios
from backend_sim.clock import SimClock
from backend_sim.http.registry import HANDLERS, HttpError, rbac_authorize
from backend_sim.xapi import Xapi, XapiConfig


def test_handler_permissions_follow_the_roles() -> None:
    store = scenarios.build("demo", seed=1, now=time.time())[0]
    xapi = Xapi(store, SimClock(), XapiConfig(auth_failure_delay=0.0))

    async def login(user: str) -> str:
        return str(await xapi.call("session.login_with_password", [user, "xensim"]))

    root, operator, reader = (asyncio.run(login(user)) for user in ("root", "vm-operator", "read-only"))
    assert HANDLERS.authorize is rbac_authorize
    for session in (root, operator, reader):
        rbac_authorize(xapi, session, "http/get_rrd_updates")
    rbac_authorize(xapi, operator, "http/connect_console")
    rbac_authorize(xapi, root, "http/connect_console/host_console")
    for session, permission in ((reader, "http/connect_console"), (operator, "http/connect_console/host_console"),
                                (operator, "http/put_import"), (reader, "http/an_unknown_handler")):
        with pytest.raises(HttpError) as refused:
            rbac_authorize(xapi, session, permission)
        assert refused.value.status == 403 and permission in refused.value.message

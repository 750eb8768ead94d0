"""The official Python SDK as "another client", run in a thread so the Qt/asyncio loop keeps turning."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import XenAPI


class OtherClient:
    def __init__(self, url: str, user: str, password: str) -> None:
        self.session = XenAPI.Session(url)
        self.session.xenapi.login_with_password(user, password, "2.16", "pytest-other-client")
        self.x: Any = self.session.xenapi

    def close(self) -> None:
        self.session.xenapi.session.logout()
        self.session("close")()  # the SDK keeps its HTTP connection open otherwise

    async def run(self, fn: Callable[[Any], Any]) -> Any:
        return await asyncio.to_thread(fn, self.x)

    async def step_clock(self, seconds: float = 30.0) -> None:
        def step(x: Any) -> None:
            host = x.host.get_all()[0]
            x.host.call_plugin(host, "sim", "clock_step", {"seconds": str(seconds)})

        await self.run(step)

    def vm_by_name(self, name: str) -> str:
        refs: list[str] = self.x.VM.get_by_name_label(name)
        assert len(refs) == 1, refs
        return refs[0]

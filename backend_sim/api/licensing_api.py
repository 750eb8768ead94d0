"""host.apply_edition and pool.apply_edition: the course's editions (model/editions.py) and what they license."""

from __future__ import annotations

from ..model import editions
from .call import Call
from .registry import api


@api("host.apply_edition")
def host_apply_edition(call: Call, host: str, edition: str, force: bool = False) -> None:
    call.store.get("host", host)
    editions.apply(call.store, host, edition, call.ctx.clock.now())


@api("pool.apply_edition")
def pool_apply_edition(call: Call, self: str, edition: str) -> None:
    call.store.get("pool", self)
    if edition not in editions.EDITIONS:
        editions.apply(call.store, "", edition, 0.0)  # raises INVALID_EDITION before any host changes
    for host in list(call.store.table("host")):
        editions.apply(call.store, host, edition, call.ctx.clock.now())

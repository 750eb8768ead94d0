"""`empty`: one host, its dom0, local storage and one network."""

from __future__ import annotations

from .builder import HostSpec, PoolBuilder, Pools


def build(pools: Pools, now: float) -> None:
    store = pools.new()
    builder = PoolBuilder(store, now=now)
    builder.pool("xcp-ng-sim")
    builder.host(HostSpec("xcp-ng-sim", nics=1))

"""`empty`: one host, its dom0, local storage and one network."""

from __future__ import annotations

from ..store.store import Store
from .builder import HostSpec, PoolBuilder


def build(store: Store, now: float) -> None:
    builder = PoolBuilder(store, now=now)
    builder.pool("xcp-ng-sim")
    builder.host(HostSpec("xcp-ng-sim", nics=1))

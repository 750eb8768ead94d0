"""Named scenarios: small programs that lay out one or more pools through the builder.

`build(name, seed=..., now=...)` returns one store per pool, the main pool first. Names: `empty`,
`demo`, `large:HOSTSxVMS`.
"""

from __future__ import annotations

from collections.abc import Callable

from ..store.store import Store
from . import demo, empty, large
from .builder import Pools

Scenario = Callable[[Pools, float], None]

SCENARIOS: dict[str, Scenario] = {
    "empty": empty.build,
    "demo": demo.build,
}


class UnknownScenario(ValueError):
    pass


def build(name: str, *, seed: int | None, now: float) -> list[Store]:
    pools = Pools(seed)
    if name.startswith("large:"):
        try:
            large.build(pools, now, name.partition(":")[2])
        except ValueError as exc:
            raise UnknownScenario(str(exc)) from None
        return pools.stores
    scenario = SCENARIOS.get(name)
    if scenario is None:
        known = ", ".join([*sorted(SCENARIOS), "large:HOSTSxVMS"])
        raise UnknownScenario(f"unknown scenario {name!r} (known: {known})")
    scenario(pools, now)
    return pools.stores

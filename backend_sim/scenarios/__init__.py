"""Named scenarios: small programs that lay out a pool through the builder.

`build(name, store, now)` fills the store. Names: `empty`, `demo`.
"""

from __future__ import annotations

from collections.abc import Callable

from ..store.store import Store
from . import demo, empty

Scenario = Callable[[Store, float], None]

SCENARIOS: dict[str, Scenario] = {
    "empty": empty.build,
    "demo": demo.build,
}


class UnknownScenario(ValueError):
    pass


def build(name: str, store: Store, now: float) -> None:
    scenario = SCENARIOS.get(name)
    if scenario is None:
        known = ", ".join(sorted(SCENARIOS))
        raise UnknownScenario(f"unknown scenario {name!r} (known: {known})")
    scenario(store, now)

"""What a Performance tab draws: graphs of curves, each curve one data source of one object.

For a host or VM the plan follows its layout (designed or default); for a pool it compares the hosts: average
CPU, free memory and network traffic, one curve per host.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..i18n import LazyText
from .archive import ObjectKey
from .layout import CPU_TITLE, NETWORK_TITLE, PALETTE, Layout
from .units import Unit, friendly_name, measure

POOL_MEMORY_TITLE = LazyText("Performance", "Free memory")


@dataclass(frozen=True)
class CurvePlan:
    key: ObjectKey
    source: str
    name: str
    colour: str

    @property
    def id(self) -> str:
        return f"{self.key.kind}:{self.key.uuid}:{self.source}"


@dataclass(frozen=True)
class GraphPlan:
    title: str
    curves: tuple[CurvePlan, ...]

    @property
    def unit(self) -> Unit:
        """The unit of the graph's y axis: its first curve's (graphs mix units only when designed so)."""
        return measure(self.curves[0].source).unit if self.curves else Unit.PLAIN


def object_plan(key: ObjectKey, layout: Layout) -> tuple[GraphPlan, ...]:
    plans = []
    for graph in layout.graphs:
        curves = tuple(CurvePlan(key, source, friendly_name(source), layout.colour(source, i))
                       for i, source in enumerate(graph.sources))
        plans.append(GraphPlan(graph.title, curves))
    return tuple(plans)


def pool_plan(hosts: Sequence[tuple[ObjectKey, str]]) -> tuple[GraphPlan, ...]:
    """One graph per measure, one curve per host (named after it)."""

    def curves(source: str) -> tuple[CurvePlan, ...]:
        return tuple(CurvePlan(key, source, name, PALETTE[i % len(PALETTE)]) for i, (key, name) in enumerate(hosts))

    return (GraphPlan(CPU_TITLE.text(), curves("cpu_avg")),
            GraphPlan(POOL_MEMORY_TITLE.text(), curves("memory_free_kib")),
            GraphPlan(NETWORK_TITLE.text(), curves("pif_aggr_rx") + tuple(
                CurvePlan(c.key, "pif_aggr_tx", c.name + " ↑", c.colour) for c in curves("pif_aggr_tx"))))

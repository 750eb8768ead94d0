"""Graph layouts: XenCenter's default graphs per object, and designed ones kept in the pool's gui_config.

XenCenter's keys (so its users and ours see the same graphs):
    XenCenter.GraphLayout.<i>.<host|vm>.<uuid>  comma-separated data sources of graph i
    XenCenter.GraphName.<i>.<host|vm>.<uuid>    the title of graph i
    XenCenter.DataSource.<host|vm>.<uuid>.<ds>  the colour of a data source (a .NET ARGB integer)
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..i18n import LazyText
from .archive import ObjectKey

LAYOUT = "XenCenter.GraphLayout"
NAME = "XenCenter.GraphName"
COLOUR = "XenCenter.DataSource"

PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
           "#17becf")

CPU_TITLE = LazyText("Performance", "CPU performance")
MEMORY_TITLE = LazyText("Performance", "Memory performance")
NETWORK_TITLE = LazyText("Performance", "Network performance")
DISK_TITLE = LazyText("Performance", "Disk performance")
UNTITLED = LazyText("Performance", "Graph {0}")


@dataclass(frozen=True)
class GraphSpec:
    """One graph: its title and its data sources, in drawing order."""

    title: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Layout:
    graphs: tuple[GraphSpec, ...]
    colours: Mapping[str, str] = field(default_factory=dict)  # data source -> "#rrggbb"
    designed: bool = False  # read from gui_config rather than the defaults

    def colour(self, source: str, index: int = 0) -> str:
        return self.colours.get(source) or PALETTE[index % len(PALETTE)]


def _numbered(prefix: str, sources: Sequence[str]) -> list[str]:
    pattern = re.compile(rf"^{prefix}(\d+)$")
    found = [(int(m.group(1)), s) for s in sources if (m := pattern.match(s))]
    return [s for _, s in sorted(found)]


def _matching(pattern: str, sources: Sequence[str]) -> list[str]:
    regex = re.compile(pattern)
    return sorted(s for s in sources if regex.match(s))


def default_graphs(kind: str, sources: Sequence[str]) -> tuple[GraphSpec, ...]:
    """XenCenter's default graphs for a host or VM with these data sources (empty graphs left out).

    CPU is per CPU plus the average (`cpu_avg`; for a VM the store derives it from its vCPUs)."""
    per_cpu = _numbered("cpu", sources)
    cpu = [*per_cpu, "cpu_avg"] if per_cpu or "cpu_avg" in sources else []
    if kind == "host":
        memory = [s for s in ("memory_total_kib", "memory_free_kib") if s in sources]
        network = _matching(r"^pif_(?!aggr)\w+_(rx|tx)$", sources)
        disk = _matching(r"^(io_throughput_(read|write)_\w+|sr_\w+_(read|write))$", sources)
    else:
        memory = [s for s in ("memory", "memory_target", "memory_internal_free") if s in sources]
        network = _matching(r"^vif_\w+_(rx|tx)$", sources)
        disk = _matching(r"^vbd_\w+_(read|write)$", sources)
    graphs = [(CPU_TITLE, cpu), (MEMORY_TITLE, memory), (NETWORK_TITLE, network), (DISK_TITLE, disk)]
    return tuple(GraphSpec(title.text(), tuple(s)) for title, s in graphs if s)


def _suffix(key: ObjectKey) -> str:
    return f"{key.kind}.{key.uuid}"


def read_layout(gui_config: Mapping[str, str], key: ObjectKey, sources: Sequence[str]) -> Layout:
    """The designed layout of `key` from the pool's gui_config, or the defaults when it has none."""
    suffix = _suffix(key)
    pattern = re.compile(rf"^{re.escape(LAYOUT)}\.(\d+)\.{re.escape(suffix)}$")
    graphs: list[tuple[int, GraphSpec]] = []
    for name, value in gui_config.items():
        match = pattern.match(name)
        if match is None:
            continue
        index = int(match.group(1))
        chosen = tuple(s.strip() for s in str(value).split(",") if s.strip())
        title = str(gui_config.get(f"{NAME}.{index}.{suffix}", "")) or UNTITLED.text().format(index + 1)
        graphs.append((index, GraphSpec(title, chosen)))
    colours = {}
    colour_prefix = f"{COLOUR}.{suffix}."
    for name, value in gui_config.items():
        if name.startswith(colour_prefix):
            colour = parse_colour(str(value))
            if colour is not None:
                colours[name[len(colour_prefix):]] = colour
    if graphs:
        return Layout(tuple(g for _, g in sorted(graphs, key=lambda pair: pair[0])), colours, designed=True)
    return Layout(default_graphs(key.kind, sources), colours)


def layout_entries(key: ObjectKey, layout: Layout) -> dict[str, str]:
    """The gui_config entries that store `layout` for `key` (XenCenter's value formats)."""
    suffix = _suffix(key)
    entries = {}
    for index, graph in enumerate(layout.graphs):
        entries[f"{LAYOUT}.{index}.{suffix}"] = ",".join(graph.sources)
        entries[f"{NAME}.{index}.{suffix}"] = graph.title
    for source, colour in layout.colours.items():
        entries[f"{COLOUR}.{suffix}.{source}"] = str(to_argb(colour))
    return entries


def owned_keys(gui_config: Mapping[str, str], key: ObjectKey) -> set[str]:
    """The gui_config keys that hold `key`'s layout now (to remove before writing a new one)."""
    suffix = _suffix(key)
    layout = re.compile(rf"^({re.escape(LAYOUT)}|{re.escape(NAME)})\.\d+\.{re.escape(suffix)}$")
    colour_prefix = f"{COLOUR}.{suffix}."
    return {name for name in gui_config if layout.match(name) or name.startswith(colour_prefix)}


def to_argb(colour: str) -> int:
    """"#rrggbb" as .NET's Color.ToArgb() (opaque alpha, a signed 32-bit integer)."""
    rgb = int(colour.lstrip("#")[:6], 16)
    value = 0xFF000000 | rgb
    return value - (1 << 32) if value >= 1 << 31 else value


def parse_colour(text: str) -> str | None:
    """A stored colour ("-16776961" as XenCenter writes it, or "#rrggbb") as "#rrggbb"; None if unusable."""
    text = text.strip()
    if re.fullmatch(r"#[0-9a-fA-F]{6}", text):
        return text.lower()
    try:
        value = int(text)
    except ValueError:
        return None
    return f"#{value & 0xFFFFFF:06x}"

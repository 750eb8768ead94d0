"""Tree views as pure functions: (connections, caches, options) -> a tree spec of immutable nodes.

No widgets and no I/O: the UI's tree model diffs the previous spec against the next one and applies the
difference as row inserts, removes, moves and data changes. Two views, as in XenCenter:

* Infrastructure: pools -> hosts -> resident VMs; halted VMs, shared SRs (and, on request, templates) under the
  pool; a pool without a name and one host is shown as that standalone host.
* Objects: one group per object type, across every connection.

Keys are unique in the whole tree (connection key + ref), so a node keeps its identity across batches.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .i18n import translate

CTX = "Navigation"
NULL_REF = "OpaqueRef:NULL"
HIDE_KEY = "HideFromXenCenter"

INFRASTRUCTURE = "infrastructure"
OBJECTS = "objects"


class CacheReader(Protocol):
    """The two lookups the views need (ObjectCache provides them; tests pass plain dicts)."""

    def items(self, cls: str) -> Iterable[tuple[str, Mapping[str, Any]]]: ...

    def get(self, cls: str, ref: str) -> Mapping[str, Any] | None: ...


@dataclass(frozen=True)
class ConnectionView:
    """What the views need of a connection: a stable key, a name, its state value and its objects."""

    key: str
    name: str
    state: str  # ConnectionState.value
    cache: CacheReader
    error: str = ""


@dataclass(frozen=True)
class ViewOptions:
    show_templates: bool = False
    show_local_storage: bool = False
    show_hidden: bool = False


@dataclass(frozen=True)
class Node:
    """One tree row. `cls` is the XenAPI class commands see ("connection" for a server node, "" for a group)."""

    key: str
    kind: str  # connection, pool, host, vm, template, snapshot, sr, network, group
    label: str
    icon: str
    ref: str = ""
    cls: str = ""
    connection: str = ""
    tooltip: str = ""
    power_state: str = ""
    children: tuple[Node, ...] = field(default=(), compare=True)

    def same_row(self, other: Node) -> bool:
        """Equal apart from the children: no dataChanged needed."""
        return (self.kind, self.label, self.icon, self.ref, self.cls, self.connection, self.tooltip,
                self.power_state) == (other.kind, other.label, other.icon, other.ref, other.cls, other.connection,
                                      other.tooltip, other.power_state)


STATE_TEXT = {
    "disconnected": QT_TRANSLATE_NOOP("Navigation", "Disconnected"),
    "connecting": QT_TRANSLATE_NOOP("Navigation", "Connecting..."),
    "connected": QT_TRANSLATE_NOOP("Navigation", "Connected"),
    "reconnecting": QT_TRANSLATE_NOOP("Navigation", "Reconnecting..."),
    "failed": QT_TRANSLATE_NOOP("Navigation", "Connection failed"),
}

GROUPS = (
    ("pools", QT_TRANSLATE_NOOP("Navigation", "Pools")),
    ("servers", QT_TRANSLATE_NOOP("Navigation", "Servers")),
    ("vms", QT_TRANSLATE_NOOP("Navigation", "VMs")),
    ("snapshots", QT_TRANSLATE_NOOP("Navigation", "Snapshots")),
    ("templates", QT_TRANSLATE_NOOP("Navigation", "Templates")),
    ("storage", QT_TRANSLATE_NOOP("Navigation", "Storage")),
    ("networks", QT_TRANSLATE_NOOP("Navigation", "Networks")),
)


# Every record field the views read, by class (keep in step with the readers below, and with what a connection's
# display name reads: the pool's name, else its master's). A cache batch that adds, removes or changes none of
# these cannot change either view, so the tree skips its rebuild (`affects_views`).
VIEW_FIELDS: Mapping[str, frozenset[str]] = {
    "pool": frozenset({"name_label", "master", "tags", "other_config", "gui_config"}),
    "host": frozenset({"name_label", "address", "other_config", "metrics", "enabled", "tags"}),
    "host_metrics": frozenset({"live"}),
    "VM": frozenset({"name_label", "name_description", "power_state", "resident_on", "is_a_template",
                     "is_a_snapshot", "is_control_domain", "other_config", "tags", "appliance"}),
    "VM_appliance": frozenset({"name_label", "name_description", "VMs"}),  # the vApps organisation view
    "SR": frozenset({"name_label", "name_description", "shared", "PBDs", "other_config", "tags"}),
    "PBD": frozenset({"host"}),
    "network": frozenset({"name_label", "name_description", "other_config", "tags"}),
    "VDI": frozenset({"name_label", "name_description", "other_config", "tags"}),  # organisation views
}


class DeltaReader(Protocol):
    """What `affects_views` reads of a cache batch (core.cache.CacheDelta)."""

    @property
    def added(self) -> Sequence[tuple[str, str]]: ...

    @property
    def changed(self) -> Sequence[Any]: ...  # items with .cls and .fields

    @property
    def removed(self) -> Sequence[Any]: ...  # items with .cls


def affects_views(delta: DeltaReader) -> bool:
    """Whether a batch can change a view: it adds or removes an object of a class the views read, or changes a
    field they read."""
    if any(cls in VIEW_FIELDS for cls, _ in delta.added) or any(r.cls in VIEW_FIELDS for r in delta.removed):
        return True
    for change in delta.changed:
        fields = VIEW_FIELDS.get(change.cls)
        if fields is not None and not fields.isdisjoint(change.fields):
            return True
    return False


def state_text(state: str) -> str:
    return translate(CTX, str(STATE_TEXT.get(state, state)))


# -- helpers over records ---------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=1 << 16)  # labels repeat from one build to the next: each is split once
def _natural(text: str) -> tuple[Any, ...]:
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text.casefold()))


def _sorted(nodes: Iterable[Node]) -> tuple[Node, ...]:
    return tuple(sorted(nodes, key=lambda n: (_natural(n.label), n.key)))


def _null(ref: Any) -> bool:
    return not isinstance(ref, str) or ref in ("", NULL_REF)


def _hidden(record: Mapping[str, Any]) -> bool:
    config = record.get("other_config")
    return isinstance(config, Mapping) and str(config.get(HIDE_KEY, "")).lower() == "true"


def _name(record: Mapping[str, Any], fallback: str) -> str:
    return str(record.get("name_label") or fallback)


def vm_icon(record: Mapping[str, Any]) -> str:
    if record.get("is_a_snapshot"):
        return "snapshot"
    if record.get("is_a_template"):
        return "template"
    state = str(record.get("power_state", "Halted")).lower()
    return f"vm-{state}" if state in ("running", "suspended", "paused") else "vm-halted"


def host_icon(cache: CacheReader, record: Mapping[str, Any]) -> str:
    config = record.get("other_config")
    if isinstance(config, Mapping) and config.get("MAINTENANCE_MODE") == "true":
        return "host-maintenance"
    metrics_ref = record.get("metrics")
    metrics = None if _null(metrics_ref) else cache.get("host_metrics", str(metrics_ref))
    if metrics is not None and not metrics.get("live", False):
        return "host-offline"
    if not record.get("enabled", True):
        return "host-disabled"
    return "host"


def _is_guest(record: Mapping[str, Any]) -> bool:
    return not (record.get("is_a_template") or record.get("is_a_snapshot") or record.get("is_control_domain"))


def _is_template(record: Mapping[str, Any]) -> bool:
    return bool(record.get("is_a_template")) and not record.get("is_a_snapshot")


def _sr_hosts(cache: CacheReader, record: Mapping[str, Any]) -> set[str]:
    hosts: set[str] = set()
    for pbd_ref in record.get("PBDs") or ():
        pbd = cache.get("PBD", str(pbd_ref))
        if pbd is not None and not _null(pbd.get("host")):
            hosts.add(str(pbd["host"]))
    return hosts


# -- node makers -------------------------------------------------------------------------------------------------

class _VmNodes:
    """The VM nodes of the last Infrastructure build of each connection, by ref, with the record each was made from.

    The cache replaces a record when the object changes and keeps it otherwise, so a record that is the same object
    as last time makes the same node: reusing it saves the making and lets the tree model skip the row (`old is
    node`). The node is still a function of the record alone. Entries not reused by a build are dropped with it.
    """

    def __init__(self) -> None:
        self._last: dict[str, dict[str, tuple[Mapping[str, Any], Node]]] = {}
        self._next: dict[str, tuple[Mapping[str, Any], Node]] = {}
        self._before: dict[str, tuple[Mapping[str, Any], Node]] = {}

    def begin(self, conn: ConnectionView) -> None:
        self._before = self._last.get(conn.key, {})
        self._next = {}

    def node(self, conn: ConnectionView, ref: str, record: Mapping[str, Any]) -> Node:
        known = self._before.get(ref)
        node = known[1] if known is not None and known[0] is record else _vm_node(conn, ref, record)
        self._next[ref] = (record, node)
        return node

    def end(self, conn: ConnectionView) -> None:
        self._last[conn.key] = self._next
        self._before, self._next = {}, {}
        if len(self._last) > 64:  # connections come and go: keep the memory of the recent ones only
            self._last.pop(next(iter(self._last)))


_VM_NODES = _VmNodes()


def _vm_node(conn: ConnectionView, ref: str, record: Mapping[str, Any]) -> Node:
    kind = "snapshot" if record.get("is_a_snapshot") else "template" if record.get("is_a_template") else "vm"
    state = str(record.get("power_state", "Halted"))
    tooltip = str(record.get("name_description", ""))
    return Node(f"{conn.key}/{ref}", kind, _name(record, ref), vm_icon(record), ref, "VM", conn.key, tooltip,
                state if kind == "vm" else "")


def _sr_node(conn: ConnectionView, ref: str, record: Mapping[str, Any]) -> Node:
    icon = "sr-shared" if record.get("shared") else "sr"
    return Node(f"{conn.key}/{ref}", "sr", _name(record, ref), icon, ref, "SR", conn.key,
                str(record.get("name_description", "")))


def _network_node(conn: ConnectionView, ref: str, record: Mapping[str, Any]) -> Node:
    return Node(f"{conn.key}/{ref}", "network", _name(record, ref), "network", ref, "network", conn.key,
                str(record.get("name_description", "")))


def _host_node(conn: ConnectionView, ref: str, record: Mapping[str, Any], children: Sequence[Node] = ()) -> Node:
    return Node(f"{conn.key}/{ref}", "host", _name(record, ref), host_icon(conn.cache, record), ref, "host",
                conn.key, str(record.get("address", "")), children=tuple(children))


def connection_node(conn: ConnectionView) -> Node:
    """A server that shows no objects (yet): its name and state."""
    icon = {"connecting": "server-connecting", "reconnecting": "server-reconnecting",
            "failed": "server-failed"}.get(conn.state, "server-disconnected")
    label = f"{conn.name} ({state_text(conn.state)})" if conn.state != "connected" else conn.name
    tooltip = conn.error or state_text(conn.state)
    return Node(conn.key, "connection", label, icon, "", "connection", conn.key, tooltip)


def _shows_objects(conn: ConnectionView) -> bool:
    """Objects are shown while connected, and kept (marked) while reconnecting."""
    if conn.state not in ("connected", "reconnecting"):
        return False
    return any(True for _ in conn.cache.items("pool"))


def _visible(record: Mapping[str, Any], options: ViewOptions) -> bool:
    return options.show_hidden or not _hidden(record)


# -- Infrastructure ----------------------------------------------------------------------------------------------

def infrastructure(connections: Sequence[ConnectionView], options: ViewOptions = ViewOptions()) -> tuple[Node, ...]:
    """The Infrastructure view: one top-level node per connection, in the connections' order."""
    return tuple(_infrastructure_of(conn, options) for conn in connections)


def _infrastructure_of(conn: ConnectionView, options: ViewOptions) -> Node:
    if not _shows_objects(conn):
        return connection_node(conn)
    cache = conn.cache
    pool_ref, pool = next(iter(cache.items("pool")))
    hosts = {ref: rec for ref, rec in cache.items("host")}
    resident: dict[str, list[Node]] = {ref: [] for ref in hosts}
    loose: list[Node] = []
    templates: list[Node] = []
    _VM_NODES.begin(conn)
    for ref, record in cache.items("VM"):
        if not _visible(record, options):
            continue
        if _is_guest(record):
            host = record.get("resident_on")
            target = resident.get(str(host)) if not _null(host) else None
            (target if target is not None else loose).append(_VM_NODES.node(conn, ref, record))
        elif options.show_templates and _is_template(record):
            templates.append(_VM_NODES.node(conn, ref, record))
    _VM_NODES.end(conn)
    shared: list[Node] = []
    local: dict[str, list[Node]] = {ref: [] for ref in hosts}
    for ref, record in cache.items("SR"):
        if not _visible(record, options):
            continue
        sr_hosts = _sr_hosts(cache, record)
        if record.get("shared") or len(sr_hosts) != 1:
            if record.get("shared"):
                shared.append(_sr_node(conn, ref, record))
        elif options.show_local_storage:
            local.setdefault(next(iter(sr_hosts)), []).append(_sr_node(conn, ref, record))
    host_nodes = [_host_node(conn, ref, rec, _sorted(resident[ref]) + _sorted(local.get(ref, ())))
                  for ref, rec in hosts.items()]
    pool_label = str(pool.get("name_label", ""))
    reconnecting = conn.state == "reconnecting"
    suffix = f" ({state_text(conn.state)})" if reconnecting else ""
    tooltip = conn.error if reconnecting and conn.error else conn.name
    if not pool_label and len(host_nodes) == 1:
        # A standalone server: XenCenter shows the host itself at the top.
        host = host_nodes[0]
        children = host.children + _sorted(loose) + _sorted(shared) + _sorted(templates)
        icon = "server-reconnecting" if reconnecting else host.icon
        return Node(host.key, "host", host.label + suffix, icon, host.ref, "host", conn.key, tooltip or host.tooltip,
                    children=children)
    label = pool_label or (host_nodes[0].label if host_nodes else conn.name)
    children = _sorted(host_nodes) + _sorted(loose) + _sorted(shared) + _sorted(templates)
    return Node(f"{conn.key}/{pool_ref}", "pool", label + suffix, "server-reconnecting" if reconnecting else "pool",
                pool_ref, "pool", conn.key, tooltip, children=children)


# -- Objects -----------------------------------------------------------------------------------------------------

def objects(connections: Sequence[ConnectionView], options: ViewOptions = ViewOptions()) -> tuple[Node, ...]:
    """The Objects view: groups by type across every connection; empty groups are left out."""
    groups: dict[str, list[Node]] = {key: [] for key, _ in GROUPS}
    for conn in connections:
        if not _shows_objects(conn):
            groups["servers"].append(connection_node(conn))
            continue
        cache = conn.cache
        for ref, record in cache.items("pool"):
            if record.get("name_label"):
                groups["pools"].append(Node(f"{conn.key}/{ref}", "pool", str(record["name_label"]), "pool", ref,
                                            "pool", conn.key, conn.name))
        for ref, record in cache.items("host"):
            groups["servers"].append(_host_node(conn, ref, record))
        for ref, record in cache.items("VM"):
            if not _visible(record, options) or record.get("is_control_domain"):
                continue
            if record.get("is_a_snapshot"):
                groups["snapshots"].append(_vm_node(conn, ref, record))
            elif record.get("is_a_template"):
                if options.show_templates:
                    groups["templates"].append(_vm_node(conn, ref, record))
            else:
                groups["vms"].append(_vm_node(conn, ref, record))
        for ref, record in cache.items("SR"):
            if _visible(record, options) and (record.get("shared") or options.show_local_storage):
                groups["storage"].append(_sr_node(conn, ref, record))
        for ref, record in cache.items("network"):
            if _visible(record, options):
                groups["networks"].append(_network_node(conn, ref, record))
    return tuple(Node(f"group:{key}", "group", translate(CTX, str(text)), "folder", children=_sorted(groups[key]))
                 for key, text in GROUPS if groups[key])


VIEWS: dict[str, Any] = {INFRASTRUCTURE: infrastructure, OBJECTS: objects}


def build(view: str, connections: Sequence[ConnectionView], options: ViewOptions = ViewOptions()) -> tuple[Node, ...]:
    if view not in VIEWS:  # the organisation views (folders, tags, custom fields, saved searches) import this module
        from .organise.views import VIEWS as ORGANISATION_VIEWS
        VIEWS.update(ORGANISATION_VIEWS)
    return VIEWS[view](connections, options)


def walk(nodes: Iterable[Node]) -> Iterable[Node]:
    """Every node, depth first (tests and lookups)."""
    for node in nodes:
        yield node
        yield from walk(node.children)

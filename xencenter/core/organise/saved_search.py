"""XenCenter's saved searches: the XML in a pool's `gui_config["XenSearch.Search-<uuid>"]`, parsed and run.

A search is `<Search uuid name major_version minor_version show_expanded>` holding one filter (GroupQuery,
EnumPropertyQuery, IntPropertyQuery, StringPropertyQuery, BooleanQuery, CustomFieldQuery,
RecursiveXMO[List]PropertyQuery, ...),
an optional grouping (XenModelObjectPropertyGrouping, PropertyGrouping, CustomFieldGrouping, each possibly
nesting the next), `<columns><column name width/>` and `<sorting><sort column ascending/>`.

Filters answer True, False or None (undecided) as XenSearch's do; an object is a result unless the filter says
False. Filter and grouping elements this console does not know are listed in `SavedSearch.unsupported` and
decide nothing, so the rest of the search still runs.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import formats
from .objects import Item, items_of, object_type, property_of

Filter = Callable[[Item], "bool | None"]


@dataclass(frozen=True)
class Grouping:
    kind: str  # "object" (a related object: pool, host...), "property" or "custom"
    property: str = ""
    definition: formats.FieldDef | None = None
    child: Grouping | None = None


@dataclass
class SavedSearch:
    uuid: str
    name: str
    filter: Filter | None
    grouping: Grouping | None
    columns: list[tuple[str, int]]
    sorting: list[tuple[str, bool]]
    expanded: bool = True
    unsupported: list[str] = field(default_factory=list)


def searches_of(pool: Mapping[str, Any] | None) -> dict[str, str]:
    """uuid -> XML of every saved search in the pool's gui_config."""
    if pool is None:
        return {}
    config = formats.mapping(pool.get("gui_config"))
    return {key[len(formats.SEARCH_PREFIX):]: str(value) for key, value in config.items()
            if str(key).startswith(formats.SEARCH_PREFIX)}


def search_name(xml: str, fallback: str) -> str:
    """The search's name without running the whole parser (the navigation tree only needs this)."""
    try:
        return formats.parse_xml(xml, "saved search").get("name") or fallback
    except formats.FormatError:
        return fallback


def parse(xml: str, uuid: str = "") -> SavedSearch:
    """Parse one saved search; FormatError when it is not XML or not a <Search>."""
    root = formats.parse_xml(xml, "saved search")
    if root.tag != "Search":
        raise formats.FormatError(f"saved search: <{root.tag}> is not a <Search>")
    unsupported: list[str] = []
    query: Filter | None = None
    grouping: Grouping | None = None
    columns: list[tuple[str, int]] = []
    sorting: list[tuple[str, bool]] = []
    for child in root:
        if child.tag == "columns":
            columns = [(c.get("name") or "", _int(c.get("width"), 100)) for c in child if c.tag == "column"]
        elif child.tag == "sorting":
            sorting = [(s.get("column") or "", (s.get("ascending") or "yes") != "no") for s in child if s.tag == "sort"]
        elif child.tag.endswith("Grouping"):
            grouping = _grouping(child, unsupported)
        elif child.tag == "QueryScope":
            continue
        elif query is None:
            query = _filter(child, unsupported)
    return SavedSearch(root.get("uuid") or uuid, root.get("name") or uuid, query, grouping, columns, sorting,
                       (root.get("show_expanded") or "yes") != "no", unsupported)


def _int(text: str | None, default: int) -> int:
    try:
        return int(str(text))
    except ValueError:
        return default


# -- filters ------------------------------------------------------------------------------------------------------

def _filter(node: ET.Element, unsupported: list[str]) -> Filter:
    maker = FILTERS.get(node.tag)
    if maker is None:
        unsupported.append(node.tag)
        return lambda item: None
    return maker(node, unsupported)


def _group_query(node: ET.Element, unsupported: list[str]) -> Filter:
    kind = node.get("type") or "And"
    subs = [_filter(child, unsupported) for child in node]

    def match(item: Item) -> bool | None:
        results = [sub(item) for sub in subs]
        if kind == "Or":
            return True if True in results else (False if False in results else None)
        if kind == "Nor":
            return False if True in results else (True if False in results else None)
        return False if False in results else (True if True in results else None)

    return match


def _enum_query(node: ET.Element, unsupported: list[str]) -> Filter:
    prop = node.get("property") or ""
    wanted = node.get("query") or ""
    equals = (node.get("equals") or "yes") != "no"

    def match(item: Item) -> bool | None:
        if prop == "type":
            kind = object_type(item)
            hit = kind == wanted or (wanted == "SR" and kind in ("RemoteSR", "LocalSR"))
        else:
            value = property_of(item, prop)
            if value is None:
                return False
            hit = str(value).lower() == wanted.lower()
        return hit if equals else not hit

    return match


def _int_query(node: ET.Element, unsupported: list[str]) -> Filter:
    prop = node.get("property") or ""
    wanted = _int(node.get("query"), 0)
    kind = node.get("type") or "exactmatch"

    def match(item: Item) -> bool | None:
        value = property_of(item, prop)
        if not isinstance(value, int) or isinstance(value, bool):
            return False
        if kind == "lt":
            return value < wanted
        if kind == "gt":
            return value > wanted
        if kind == "notequal":
            return value != wanted
        return value == wanted

    return match


def _boolean_query(node: ET.Element, unsupported: list[str]) -> Filter:
    """`<BooleanQuery property="in_any_appliance" query="yes"/>` (XenCenter's "VMs by vApp" search)."""
    prop = node.get("property") or ""
    wanted = (node.get("query") or "").lower() in ("yes", "true")

    def match(item: Item) -> bool | None:
        value = property_of(item, prop)
        if not isinstance(value, bool):
            return False
        return value == wanted

    return match


def match_text(value: str, query: str, kind: str, case: bool = False) -> bool:
    if not case:
        value, query = value.lower(), query.lower()
    if kind == "exactmatch":
        return value == query
    if kind == "startswith":
        return value.startswith(query)
    if kind == "endswith":
        return value.endswith(query)
    if kind == "notcontain":
        return query not in value
    return query in value


def _string_query(node: ET.Element, unsupported: list[str]) -> Filter:
    prop = node.get("property") or ""
    wanted = node.get("query") or ""
    kind = node.get("type") or "contains"
    case = (node.get("matchcase") or "no") == "yes"

    def match(item: Item) -> bool | None:
        value = property_of(item, prop)
        if isinstance(value, list):
            return any(match_text(str(v), wanted, kind, case) for v in value) if value else kind == "notcontain"
        if value is None:
            return False
        return match_text(str(value), wanted, kind, case)

    return match


def _definition(node: ET.Element) -> formats.FieldDef | None:
    inner = node.find("CustomFieldDefinition")
    if inner is None or not inner.get("name"):
        return None
    return formats.FieldDef(inner.get("name") or "", inner.get("type") or formats.STRING)


def _custom_field_query(node: ET.Element, unsupported: list[str]) -> Filter:
    definition = _definition(node)
    wanted = node.get("query")
    kind = node.get("type") or "contains"
    if definition is None:
        unsupported.append(node.tag)
        return lambda item: None

    def match(item: Item) -> bool | None:
        value = formats.field_value(item.record, definition)
        if not value:
            return False
        return True if wanted is None else match_text(value, wanted, kind)

    return match


def _recursive_query(node: ET.Element, unsupported: list[str]) -> Filter:
    prop = node.get("property") or ""
    inner = next(iter(node), None)
    sub = _filter(inner, unsupported) if inner is not None else (lambda item: None)

    def match(item: Item) -> bool | None:
        related = property_of(item, prop)
        if not isinstance(related, list) or not related:
            return False
        results = [sub(other) for other in related]
        return True if True in results else (False if False in results else None)

    return match


FILTERS: dict[str, Callable[[ET.Element, list[str]], Filter]] = {
    "GroupQuery": _group_query, "EnumPropertyQuery": _enum_query, "IntPropertyQuery": _int_query,
    "BooleanQuery": _boolean_query,
    "StringPropertyQuery": _string_query, "CustomFieldQuery": _custom_field_query,
    "RecursiveXMOPropertyQuery": _recursive_query, "RecursiveXMOListPropertyQuery": _recursive_query,
}


# -- grouping -----------------------------------------------------------------------------------------------------

def _grouping(node: ET.Element, unsupported: list[str]) -> Grouping | None:
    inner = next((child for child in node if child.tag.endswith("Grouping")), None)
    child = _grouping(inner, unsupported) if inner is not None else None
    if node.tag == "XenModelObjectPropertyGrouping":
        return Grouping("object", node.get("property") or "", child=child)
    if node.tag == "PropertyGrouping":
        return Grouping("property", node.get("property") or "", child=child)
    if node.tag == "CustomFieldGrouping":
        definition = _definition(node)
        if definition is not None:
            return Grouping("custom", definition=definition, child=child)
    unsupported.append(node.tag)
    return child


def group_values(item: Item, grouping: Grouping) -> list[str]:
    """The group names the object falls under at this level (none: it stays at the level above)."""
    if grouping.kind == "custom" and grouping.definition is not None:
        value = formats.field_value(item.record, grouping.definition)
        shown = formats.display_value(value, grouping.definition) if value else ""
        return [shown] if shown else []
    value = property_of(item, grouping.property)
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    names = [v.name if isinstance(v, Item) else str(v) for v in values]
    if grouping.kind == "object" and isinstance(value, list) and item in value:
        return []  # the group's own object is not grouped under itself
    return sorted({name for name in names if name})


@dataclass
class Group:
    label: str
    groups: list[Group] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)


def run(search: SavedSearch, sources: Iterable[tuple[str, Any]]) -> Group:
    """The search's results over every (connection key, cache), grouped as it says; the root group is unnamed."""
    results = [item for conn, cache in sources for item in items_of(conn, cache)
               if search.filter is None or search.filter(item) is not False]
    return _group(Group(""), results, search.grouping)


def _group(into: Group, items: Sequence[Item], grouping: Grouping | None) -> Group:
    if grouping is None:
        into.items.extend(items)
        return into
    by_name: dict[str, list[Item]] = {}
    ungrouped: list[Item] = []
    for item in items:
        names = group_values(item, grouping)
        if not names:
            ungrouped.append(item)  # no value at this level: the next level still groups it
        for name in names:
            by_name.setdefault(name, []).append(item)
    for name in sorted(by_name, key=str.casefold):
        into.groups.append(_group(Group(name), by_name[name], grouping.child))
    return _group(into, ungrouped, grouping.child)

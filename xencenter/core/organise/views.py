"""The organisation modes of the navigation tree, as pure functions of the caches (like navigation.py's views).

* Objects by Folder: the folder tree of every connection merged by path (XenCenter shows one folder tree), each
  folder holding its subfolders, then its objects; empty folders come from the pools' EMPTY_FOLDERS.
* Objects by Tag: one node per tag, holding the objects that carry it.
* Objects by Custom Field: one node per defined field, then one per value, holding the objects with that value.
* Objects by vApp: one node per vApp of each pool (xapi's VM_appliance, selectable: its verbs and General tab),
  holding its VMs.
* Saved Searches: one node per saved search (merged by uuid); selecting one runs it in the Search tab.

An object under several tags or values appears once under each, so those rows' keys carry the group's key too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .. import navigation
from ..i18n import translate
from ..navigation import ConnectionView, Node, ViewOptions
from . import formats, saved_search
from .objects import Item, items_of

FOLDERS = "folders"
TAGS = "tags"
CUSTOM_FIELDS = "custom_fields"
VAPPS = "vapps"
SAVED_SEARCHES = "saved_searches"

DEFAULT_OPTIONS = ViewOptions()
SAVED_SEARCH_CLASS = "saved_search"  # the class a selected saved search node carries
FOLDER_KIND = "folder"

MODES = (
    (FOLDERS, QT_TRANSLATE_NOOP("Navigation", "Objects by Folder")),
    (TAGS, QT_TRANSLATE_NOOP("Navigation", "Objects by Tag")),
    (CUSTOM_FIELDS, QT_TRANSLATE_NOOP("Navigation", "Objects by Custom Field")),
    (VAPPS, QT_TRANSLATE_NOOP("Navigation", "Objects by vApp")),
    (SAVED_SEARCHES, QT_TRANSLATE_NOOP("Navigation", "Saved Searches")),
)

def mode_text(mode: str) -> str:
    return translate("Navigation", str(dict(MODES)[mode]))


def object_node(item: Item, conn: ConnectionView) -> Node:
    """The row of one object, as the Infrastructure and Objects views draw it (same key: conn/ref)."""
    record = item.record
    if item.cls == "VM":
        return navigation._vm_node(conn, item.ref, record)
    if item.cls == "host":
        return navigation._host_node(conn, item.ref, record)
    if item.cls == "SR":
        return navigation._sr_node(conn, item.ref, record)
    if item.cls == "network":
        return navigation._network_node(conn, item.ref, record)
    if item.cls == "pool":
        return Node(item.key, "pool", item.name or conn.name, "pool", item.ref, "pool", conn.key, conn.name)
    return Node(item.key, "vdi", item.name or item.ref, "vdi", item.ref, item.cls, conn.key,
                str(record.get("name_description", "")))


def _shown(connections: Sequence[ConnectionView]) -> list[ConnectionView]:
    return [conn for conn in connections if navigation._shows_objects(conn)]


def _items(conn: ConnectionView, options: ViewOptions) -> list[Item]:
    return list(items_of(conn.key, conn.cache, templates=options.show_templates, hidden_too=options.show_hidden))


def _pool_record(conn: ConnectionView) -> dict | None:
    found = next(iter(conn.cache.items("pool")), None)
    return dict(found[1]) if found is not None else None


def _under(prefix: str, node: Node) -> Node:
    """`node` re-keyed for a place where the same object can appear more than once."""
    return replace(node, key=f"{prefix}|{node.key}")


# -- folders ------------------------------------------------------------------------------------------------------

def folders(connections: Sequence[ConnectionView], options: ViewOptions = DEFAULT_OPTIONS) -> tuple[Node, ...]:
    paths: set[str] = set()
    contents: dict[str, list[Node]] = {}
    for conn in _shown(connections):
        for path in formats.empty_folders(_pool_record(conn)):
            paths.update(formats.ancestors(path))
        for item in _items(conn, options):
            path = formats.folder_of(item.record)
            if path:
                paths.update(formats.ancestors(path))
                contents.setdefault(path, []).append(object_node(item, conn))
    children: dict[str, list[str]] = {}
    for path in paths:
        children.setdefault(formats.parent_of(path), []).append(path)

    def folder(path: str) -> Node:
        subfolders = navigation._sorted(folder(sub) for sub in children.get(path, ()))
        return Node(f"folder:{path}", FOLDER_KIND, formats.leaf_of(path), "folder", path, "", "", path,
                    children=subfolders + navigation._sorted(contents.get(path, ())))

    return navigation._sorted(folder(path) for path in children.get("", ()))


# -- tags ---------------------------------------------------------------------------------------------------------

def tags(connections: Sequence[ConnectionView], options: ViewOptions = DEFAULT_OPTIONS) -> tuple[Node, ...]:
    tagged: dict[str, list[Node]] = {}
    for conn in _shown(connections):
        for item in _items(conn, options):
            for tag in formats.tags_of(item.record):
                tagged.setdefault(tag, []).append(_under(f"tag:{tag}", object_node(item, conn)))
    return navigation._sorted(Node(f"tag:{tag}", "tag", tag, "tag", tag, children=navigation._sorted(nodes))
                              for tag, nodes in tagged.items())


# -- custom fields ------------------------------------------------------------------------------------------------

def custom_fields(connections: Sequence[ConnectionView], options: ViewOptions = DEFAULT_OPTIONS) -> tuple[Node, ...]:
    values: dict[str, dict[str, list[Node]]] = {}
    for conn in _shown(connections):
        definitions = formats.field_definitions(_pool_record(conn))
        for definition in definitions:
            values.setdefault(definition.name, {})
        items = _items(conn, options)
        for definition in definitions:
            for item in items:
                raw = formats.field_value(item.record, definition)
                shown = formats.display_value(raw, definition) if raw else ""
                if shown:
                    prefix = f"field:{definition.name}={shown}"
                    values[definition.name].setdefault(shown, []).append(_under(prefix, object_node(item, conn)))
    nodes = []
    for name, by_value in values.items():
        value_nodes = navigation._sorted(
            Node(f"field:{name}={value}", "group", value, "custom-field", children=navigation._sorted(members))
            for value, members in by_value.items())
        nodes.append(Node(f"field:{name}", "group", name, "custom-field", children=value_nodes))
    return navigation._sorted(nodes)


# -- vApps ---------------------------------------------------------------------------------------------------------

def vapps(connections: Sequence[ConnectionView], options: ViewOptions = DEFAULT_OPTIONS) -> tuple[Node, ...]:
    nodes = []
    for conn in _shown(connections):
        for ref, record in conn.cache.items("VM_appliance"):
            members = []
            for vm in record.get("VMs") or ():
                vm_record = conn.cache.get("VM", str(vm))
                if vm_record is not None:
                    item = Item(conn.key, "VM", str(vm), vm_record, conn.cache)
                    members.append(_under(f"vapp:{ref}", object_node(item, conn)))
            name = str(record.get("name_label") or ref)
            nodes.append(Node(f"vapp:{conn.key}/{ref}", "vapp", name, "vapp", str(ref), "VM_appliance", conn.key,
                              str(record.get("name_description", "")), children=navigation._sorted(members)))
    return navigation._sorted(nodes)


# -- saved searches -----------------------------------------------------------------------------------------------

def saved_searches(connections: Sequence[ConnectionView], options: ViewOptions = DEFAULT_OPTIONS) -> tuple[Node, ...]:
    found: dict[str, Node] = {}
    for conn in _shown(connections):
        for uuid, xml in saved_search.searches_of(_pool_record(conn)).items():
            if uuid not in found:
                name = saved_search.search_name(xml, uuid)
                found[uuid] = Node(f"search:{uuid}", "search", name, "search", uuid, SAVED_SEARCH_CLASS, conn.key,
                                   name)
    return navigation._sorted(found.values())


VIEWS = {FOLDERS: folders, TAGS: tags, CUSTOM_FIELDS: custom_fields, VAPPS: vapps, SAVED_SEARCHES: saved_searches}

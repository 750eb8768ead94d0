"""core/organise: XenCenter's encodings, saved search semantics and the organisation views (no simulator)."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from xencenter.core import navigation
from xencenter.core.navigation import ConnectionView, ViewOptions, walk
from xencenter.core.organise import formats, saved_search
from xencenter.core.organise.columns import columns_of
from xencenter.core.organise.views import FOLDERS, SAVED_SEARCH_CLASS

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))  # the navigation tests' dict cache
from nav_data import DictCache as Cache

# The exact value of state4.xml's pool gui_config["XenCenter.CustomFields"] (XenCenter 6.0 wrote it).
STATE4_DEFINITIONS = ('<CustomFieldDefinitions><CustomFieldDefinition name="Colour" type="String" defaultValue="" />'
                      '</CustomFieldDefinitions>')


def pool_with(**pool: Any) -> Cache:
    cache = Cache()
    cache.put("pool", "P", name_label="Lab", **pool)
    cache.put("host", "H", name_label="host-1", tags=["rack 4"], other_config={"folder": "/Racks"})
    cache.put("VM", "web", name_label="web", power_state="Running", memory_dynamic_max=2 << 30, tags=["web", "prod"],
              other_config={"folder": " /Web//Production ", formats.CUSTOM_FIELD_PREFIX + "Owner": "ann"})
    cache.put("VM", "db", name_label="db", power_state="Halted", memory_dynamic_max=512 << 20, tags=["prod"],
              other_config={formats.CUSTOM_FIELD_PREFIX + "Owner": "bob"})
    cache.put("VM", "dom0", name_label="Control domain", is_control_domain=True, tags=["prod"], other_config={})
    cache.put("VM", "hidden", name_label="hidden", tags=["prod"], other_config={"HideFromXenCenter": "true"})
    return cache


def conn(cache: Cache, key: str = "c1") -> ConnectionView:
    return ConnectionView(key, "Lab", "connected", cache)


# -- formats ------------------------------------------------------------------------------------------------------

def test_definitions_are_written_exactly_as_xencenter_wrote_them() -> None:
    assert formats.definitions_xml([formats.FieldDef("Colour")]) == STATE4_DEFINITIONS
    parsed = formats.parse_definitions(STATE4_DEFINITIONS)
    assert parsed == [formats.FieldDef("Colour", formats.STRING)]
    assert parsed[0].key == "XenCenter.CustomFields.Colour"
    updates = ('<CustomFieldDefinitions><CustomFieldDefinition name="fds" type="String" /><CustomFieldDefinition '
               'name="gfh" type="Date" /></CustomFieldDefinitions>')  # updatesState.xml: no defaultValue
    assert formats.parse_definitions(updates) == [formats.FieldDef("fds"), formats.FieldDef("gfh", formats.DATE)]


def test_broken_definitions_read_as_none_and_say_why() -> None:
    assert formats.field_definitions({"gui_config": {formats.CUSTOM_FIELDS_KEY: "<CustomFieldDefinitions>"}}) == []
    with pytest.raises(formats.FormatError, match=r"XenCenter\.CustomFields"):
        formats.parse_definitions("<oops")
    with pytest.raises(formats.FormatError):
        formats.parse_xml('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>', "saved search")  # no entities


def test_folder_paths_and_empty_folders_as_xencenter_writes_them() -> None:
    assert formats.normalise_path(" /Web//Production / ") == "/Web/Production"
    assert formats.normalise_path("///") == ""
    assert formats.ancestors("/a/b/c") == ["/a", "/a/b", "/a/b/c"]
    assert (formats.parent_of("/a/b"), formats.parent_of("/a"), formats.leaf_of("/a/b")) == ("/a", "", "b")
    state2 = {"other_config": {"EMPTY_FOLDERS": ";/foo;/foo/bar;/foo/bar/sq;/red"}}  # state2.xml's pool
    assert formats.empty_folders(state2) == ["/foo", "/foo/bar", "/foo/bar/sq", "/red"]
    assert formats.empty_folders_value(["/red", "/foo"]) == "/foo;/red"
    assert formats.empty_folders({"other_config": {"EMPTY_FOLDERS": ""}}) == []


def test_dates_are_written_in_utc_and_old_local_values_still_read() -> None:
    when = dt.datetime(2008, 12, 3, 19, 32, 12, tzinfo=dt.UTC)
    assert formats.date_text(when) == "2008-12-03 19:32:12Z"
    assert formats.parse_date("2008-12-03 19:32:12Z") == when
    assert formats.parse_date("12/3/2008 7:32:12 PM") == when  # state.db's "Installed on"
    assert formats.parse_date("next tuesday") is None
    assert formats.display_value("garbage", formats.FieldDef("d", formats.DATE)) == ""


# -- saved searches -----------------------------------------------------------------------------------------------

def search(body: str, grouping: str = "", extra: str = "") -> str:
    return (f'<Search uuid="u1" name="Test" major_version="1" minor_version="1" show_expanded="yes">{body}'
            f'{grouping}<columns><column name="name" width="200" /><column name="memory" width="125" />'
            f'<column name="CustomField:Owner" width="100" /><column name="CustomField:CustomField:Owner" '
            f'width="100" /><column name="Installed on" width="100" /></columns>{extra}</Search>')


def names(group: saved_search.Group) -> list[Any]:
    """Item names, then (group label, its names) pairs."""
    return [*sorted(item.name for item in group.items), *((g.label, names(g)) for g in group.groups)]


def test_type_and_int_filters_in_a_group_query() -> None:
    xml = search('<GroupQuery type="And"><EnumPropertyQuery property="type" equals="yes" query="VM" />'
                 '<IntPropertyQuery property="memory" query="1073741824" type="gt" /></GroupQuery>')
    result = saved_search.run(saved_search.parse(xml), [("c1", pool_with())])
    assert names(result) == ["web"]  # dom0 and hidden objects are never results
    either = search('<GroupQuery type="Or"><EnumPropertyQuery property="type" equals="yes" query="Server" />'
                    '<StringPropertyQuery property="label" query="D" type="startswith" /></GroupQuery>')
    assert names(saved_search.run(saved_search.parse(either), [("c1", pool_with())])) == ["db", "host-1"]
    nor = search('<GroupQuery type="Nor"><EnumPropertyQuery property="type" equals="yes" query="VM" />'
                 '</GroupQuery>')
    assert names(saved_search.run(saved_search.parse(nor), [("c1", pool_with())])) == ["Lab", "host-1"]


def test_custom_field_query_and_nested_grouping() -> None:
    xml = search('<CustomFieldQuery query="" type="contains"><CustomFieldDefinition name="Owner" type="String" '
                 'defaultValue="" /></CustomFieldQuery>',
                 '<PropertyGrouping property="power_state"><CustomFieldGrouping><CustomFieldDefinition '
                 'name="Owner" type="String" defaultValue="" /></CustomFieldGrouping></PropertyGrouping>',
                 '<sorting><sort column="name" ascending="no" /></sorting>')
    parsed = saved_search.parse(xml)
    assert parsed.sorting == [("name", False)] and parsed.expanded
    assert [c.key for c in columns_of(parsed.columns)] == ["name", "memory", "CustomField:Owner"]
    result = saved_search.run(parsed, [("c1", pool_with())])
    assert names(result) == [("Halted", [("bob", ["db"])]), ("Running", [("ann", ["web"])])]


def test_unknown_parts_are_listed_and_decide_nothing() -> None:
    xml = search('<GroupQuery type="And"><EnumPropertyQuery property="type" equals="yes" query="VM" />'
                 '<FancyNewQuery property="x" /></GroupQuery>', '<FolderGrouping />')
    parsed = saved_search.parse(xml)
    assert parsed.unsupported == ["FancyNewQuery", "FolderGrouping"]
    assert names(saved_search.run(parsed, [("c1", pool_with())])) == ["db", "web"]
    with pytest.raises(formats.FormatError):
        saved_search.parse("<NotASearch />")
    assert saved_search.search_name("<broken", "fallback") == "fallback"


# -- views --------------------------------------------------------------------------------------------------------

def labels(nodes: Iterable[navigation.Node]) -> list[str]:
    return [node.label for node in nodes]


def test_folder_view_merges_connections_and_keeps_object_keys() -> None:
    first = pool_with(other_config={"EMPTY_FOLDERS": ";/Empty;/Web/Staging"})
    second = Cache()
    second.put("pool", "Q", name_label="Other", other_config={"folder": "/Web"})
    folders = navigation.build(FOLDERS, [conn(first), conn(second, "c2")])
    assert labels(folders) == ["Empty", "Racks", "Web"]
    web = folders[2]
    assert labels(web.children) == ["Production", "Staging", "Other"]  # subfolders first, then objects
    production = web.children[0]
    assert [(n.key, n.cls) for n in production.children] == [("c1/web", "VM")]
    assert (web.kind, web.ref, web.cls) == ("folder", "/Web", "")


def test_tag_and_custom_field_views() -> None:
    cache = pool_with(gui_config={formats.CUSTOM_FIELDS_KEY: formats.definitions_xml(
        [formats.FieldDef("Owner"), formats.FieldDef("Unused")])})
    tags = navigation.build("tags", [conn(cache)])
    assert labels(tags) == ["prod", "rack 4", "web"]
    assert labels(tags[0].children) == ["db", "web"]
    keys = [node.key for node in walk(tags)]
    assert len(keys) == len(set(keys)), "an object under several tags keeps unique keys"
    shown = navigation.build("tags", [conn(cache)], ViewOptions(show_hidden=True))
    assert labels(shown[0].children) == ["db", "hidden", "web"]
    fields = navigation.build("custom_fields", [conn(cache)])
    assert labels(fields) == ["Owner", "Unused"]
    assert labels(fields[0].children) == ["ann", "bob"] and labels(fields[0].children[0].children) == ["web"]


def test_saved_search_view_lists_searches_once_by_uuid() -> None:
    one = pool_with(gui_config={formats.SEARCH_PREFIX + "u1": search(""), formats.SEARCH_PREFIX + "u2": "<bad"})
    two = pool_with(gui_config={formats.SEARCH_PREFIX + "u1": search("")})
    nodes = navigation.build("saved_searches", [conn(one), conn(two, "c2")])
    assert [(n.label, n.ref, n.cls, n.connection) for n in nodes] == [
        ("Test", "u1", SAVED_SEARCH_CLASS, "c1"), ("u2", "u2", SAVED_SEARCH_CLASS, "c1")]

"""Folders, tags, custom fields and saved searches of real xapi dumps, through a simulator serving them (--db).

The views read the console's cache of the served dump; the commands write through the console and the official
SDK, as another client, checks what landed on the server is what XenCenter writes. Skipped without ../shared.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from xencenter.core import navigation
from xencenter.core.backoff import Backoff
from xencenter.core.commands import CommandContext, CommandRegistry, SelectedItem
from xencenter.core.connection import Connection
from xencenter.core.navigation import ConnectionView, Node, walk
from xencenter.core.operations import OperationList
from xencenter.core.organise import formats, saved_search

from core_sdk import OtherClient
from core_support import Runner, arun_fixture, eventually, start_sim  # noqa: F401

pytestmark = pytest.mark.slow

REG = CommandRegistry()


class ScriptedUi:
    """Answers the organisation dialogs as a user would have filled them in."""

    def __init__(self, folder: str | None = None, tags: list[str] | None = None,
                 fields: tuple[list[formats.FieldDef], dict[str, str]] | None = None) -> None:
        self.folder, self.tags, self.fields = folder, tags, fields
        self.asked: list[Any] = []

    async def confirm(self, title: str, text: str) -> bool:
        return True

    async def ask_folder(self, folders: Sequence[str], current: str, new_only: bool) -> str | None:
        self.asked.append(("folder", list(folders), current, new_only))
        return self.folder

    async def ask_tags(self, names: Sequence[str], known: Sequence[str], current: Sequence[str]) -> list[str] | None:
        self.asked.append(("tags", list(names), list(known), list(current)))
        return self.tags

    async def ask_custom_fields(self, name: str, definitions: Sequence[formats.FieldDef],
                                values: Mapping[str, str]) -> tuple[list[formats.FieldDef], dict[str, str]] | None:
        self.asked.append(("fields", name, list(definitions), dict(values)))
        return self.fields


def dump(shared_dir: Path, name: str) -> Path:
    path = shared_dir / "xapi-db" / name
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    return path


@pytest.fixture
def served(request: Any, shared_dir: Path) -> Iterator[Any]:
    server = start_sim("--db", str(dump(shared_dir, request.param)))
    yield server
    server.stop()


async def connect(server: Any) -> Connection:
    conn = Connection(server.url, server.user, backoff=Backoff(0.1, 2.0, 0.5))
    await conn.open(server.password)
    return conn


@contextlib.asynccontextmanager
async def console_and_sdk(server: Any) -> AsyncIterator[tuple[Connection, OtherClient]]:
    """The console's connection and the SDK as another client, both closed at the end."""
    conn = await connect(server)
    sdk = OtherClient(server.url, server.user, server.password)
    try:
        yield conn, sdk
    finally:
        sdk.close()
        await conn.close()


def view(conn: Connection, mode: str) -> tuple[Node, ...]:
    return navigation.build(mode, [ConnectionView("c1", conn.display_name, conn.state.value, conn.cache)])


def find(nodes: tuple[Node, ...], label: str) -> Node:
    return next(node for node in walk(nodes) if node.label == label)


async def run(command: str, items: list[SelectedItem], ui: Any, argument: Any = None) -> None:
    """Run the command through the registry and wait for its operations (they raise if they failed)."""
    context = CommandContext(items, OperationList(), ui, None, argument)
    await REG.run(command, context)
    for op in context.started:
        await op.wait()


def vm_item(conn: Connection, name: str) -> SelectedItem:
    (ref,) = [ref for ref, rec in conn.cache.items("VM") if rec.get("name_label") == name]
    return SelectedItem(conn, "VM", ref)


@pytest.mark.parametrize("served", ["state4.xml"], indirect=True)
def test_state4_folders_tags_and_custom_field_appear(arun: Runner, served: Any) -> None:
    async def scenario() -> None:
        conn = await connect(served)
        folders = view(conn, "folders")
        assert [n.label for n in folders] == ["HR", "IT Dept"]
        assert [n.label for n in find(folders, "IT Dept").children] == ["Hottub"]  # the pool itself is in /IT Dept
        assert [n.label for n in find(folders, "HR").children] == ["incubus"]
        tags = view(conn, "tags")
        assert {"CA-290243", "Needs attention", "rt", "0"} <= {n.label for n in tags}
        assert len(tags) == 25  # 25 distinct tags on two objects, as the dump's README says
        fields = view(conn, "custom_fields")
        colour = find(fields, "Colour")
        assert [(v.label, [o.label for o in v.children]) for v in colour.children] == [("green", ["Hottub"])]
        await conn.close()

    arun(scenario())


@pytest.mark.parametrize("served", ["state.db"], indirect=True)
def test_state_db_deep_folders_empty_folders_tags_and_saved_searches_run(arun: Runner, served: Any) -> None:
    async def scenario() -> None:
        conn = await connect(served)
        folders = view(conn, "folders")
        assert [n.label for n in folders] == ["1", "blah", "sret"]  # /sret and /blah/blah only in EMPTY_FOLDERS
        assert [n.label for n in find(folders, "sret").children] == ["sret2"]
        four = next(n for n in walk(folders) if n.key == "folder:/1/2/3/4")
        assert "iSCSI virtual disk storage" in [n.label for n in four.children]
        tags = view(conn, "tags")
        assert [n.label for n in tags] == ["boned", "Do not delete", "Kirkwood", "PVS"]
        searches = view(conn, "saved_searches")
        assert [n.label for n in searches] == ["Boned", "Memory between 250MB and 1GB ", "VDIs by SR", "VDIs by VM",
                                               "VMs By Department", "VMs Descending"]
        pool = next(iter(conn.cache.items("pool")))[1]
        xml = saved_search.searches_of(pool)
        by_department = saved_search.parse(xml["d4752124-a0ba-497d-8a1c-283575668af0"])
        result = saved_search.run(by_department, [("c1", conn.cache)])
        # Grouped by pool (unnamed here), host, then the Department field: Kirkwood's VM is the one in Engineering.
        found = [(group.label, [i.name for i in group.items]) for group in walk_groups(result)]
        assert ("Engineering", ["Kirkwood Server"]) in found
        descending = saved_search.run(saved_search.parse(xml["b56621e3-ac9a-4c4e-aeeb-84c350c933c6"]),
                                      [("c1", conn.cache)])
        assert len(descending.items) == 7 and {i.cls for i in descending.items} == {"VM"}
        await conn.close()

    arun(scenario())


def walk_groups(group: saved_search.Group) -> Iterator[saved_search.Group]:
    yield group
    for sub in group.groups:
        yield from walk_groups(sub)


@pytest.mark.parametrize("served", ["state4.xml"], indirect=True)
def test_tags_written_by_the_console_are_what_the_sdk_sees(arun: Runner, served: Any) -> None:
    async def scenario() -> None:
        async with console_and_sdk(served) as (conn, sdk):
            item = vm_item(conn, "Windows Server 2003 x64 (1)")
            before = sdk.x.VM.get_tags(item.ref)
            ui = ScriptedUi(tags=[t for t in before if t != "rt"] + ["Needs  review "])
            await run("organise.edit_tags", [item], ui)
            after = sdk.x.VM.get_tags(item.ref)
            assert "Needs review" in after and "rt" not in after  # blanks collapsed, as a tag name
            assert set(after) == (set(before) - {"rt"}) | {"Needs review"}
            assert ui.asked[0][3] == sorted(before, key=str.casefold)  # the dialog started from the current tags

    arun(scenario())


@pytest.mark.parametrize("served", ["state4.xml"], indirect=True)
def test_custom_fields_are_stored_under_xencenters_keys(arun: Runner, served: Any) -> None:
    async def scenario() -> None:
        async with console_and_sdk(served) as (conn, sdk):
            item = vm_item(conn, "Windows XP SP2 (1)")
            definitions = [formats.FieldDef("Colour"), formats.FieldDef("Installed", formats.DATE)]
            ui = ScriptedUi(fields=(definitions, {"Colour": "blue", "Installed": "2024-05-06 07:08:09Z"}))
            await run("organise.edit_custom_fields", [item], ui)
            config = sdk.x.VM.get_other_config(item.ref)
            assert config["XenCenter.CustomFields.Colour"] == "blue"
            assert config["XenCenter.CustomFields.Installed"] == "2024-05-06 07:08:09Z"
            pool = sdk.x.pool.get_all()[0]
            assert sdk.x.pool.get_gui_config(pool)["XenCenter.CustomFields"] == (
                '<CustomFieldDefinitions><CustomFieldDefinition name="Colour" type="String" defaultValue="" />'
                '<CustomFieldDefinition name="Installed" type="Date" defaultValue="" /></CustomFieldDefinitions>')
            await run("organise.edit_custom_fields", [item], ScriptedUi(fields=(definitions, {"Colour": ""})))
            config = sdk.x.VM.get_other_config(item.ref)
            assert "XenCenter.CustomFields.Colour" not in config and "XenCenter.CustomFields.Installed" not in config

    arun(scenario())


@pytest.mark.parametrize("served", ["state4.xml"], indirect=True)
def test_move_to_folder_remove_and_new_folder_keep_empty_folders(arun: Runner, served: Any) -> None:
    async def scenario() -> None:
        async with console_and_sdk(served) as (conn, sdk):
            item = vm_item(conn, "Iscsi Box")
            await run("organise.move_to_folder", [item], ScriptedUi(folder=" Web / Production "))
            assert sdk.x.VM.get_other_config(item.ref)["folder"] == "/Web/Production"
            host = next(SelectedItem(conn, "host", ref) for ref, record in conn.cache.items("host")
                        if record["name_label"] == "incubus")
            await eventually(lambda: formats.folder_of(conn.cache.get("VM", item.ref) or {}) == "/Web/Production")
            await run("organise.move_to_folder", [host], ScriptedUi(), argument="/Web/Production")
            pool = sdk.x.pool.get_all()[0]
            assert sdk.x.pool.get_other_config(pool)["EMPTY_FOLDERS"] == "/HR"  # incubus left /HR empty
            await run("organise.remove_from_folder", [item, host], ScriptedUi())
            assert "folder" not in sdk.x.VM.get_other_config(item.ref)
            assert sdk.x.pool.get_other_config(pool)["EMPTY_FOLDERS"] == "/HR;/Web/Production"
            await run("organise.new_folder", [item], ScriptedUi(folder="/Archive"))
            assert sdk.x.pool.get_other_config(pool)["EMPTY_FOLDERS"] == "/Archive;/HR;/Web/Production"
            assert REG.reason("organise.move_to_folder", [item], "/Archive") is None
            await eventually(lambda: REG.reason("organise.remove_from_folder", [item]) ==
                             "The selection is not in a folder.")  # once the change is back in the cache

    arun(scenario())


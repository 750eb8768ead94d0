"""The organisation views in the console, on real xapi dumps served by the simulator (pytest-qt, offscreen).

Folders, tags and custom fields of a dump appear in their navigation modes; a tag added and a custom field edited
through the console's own dialogs are on the server as XenCenter writes them (checked with the SDK); dropping a VM
on a folder moves it; a saved search of a dump runs in the Search tab with its columns, grouping and order.
Skipped without ../shared.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from ui_support import (  # noqa: F401
    Parts,
    Sdk,
    accept,
    dialog,
    drain,
    make_parts,
    qloop_fixture,
    root_conftest,
    teardown_parts,
)

from xencenter.core.connection import Connection
from xencenter.core.navigation import Node, walk
from xencenter.ui.tabs.general import GeneralTab
from xencenter.ui.tabs.search import SearchTab

pytestmark = [pytest.mark.gui, pytest.mark.slow]


@pytest.fixture
def parts(qtbot: Any, qloop: Any) -> Iterator[Parts]:
    made = make_parts(qtbot)
    yield made
    teardown_parts(qtbot, made)


@pytest.fixture
def served(request: Any, shared_dir: Path) -> Iterator[Any]:
    path = shared_dir / "xapi-db" / request.param
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    server = drain(root_conftest().start_sim("--db", str(path)))
    yield server
    server.stop()


def show_mode(parts: Parts, mode: str) -> tuple[Node, ...]:
    panel = parts.window.navigation
    panel.set_view(mode)
    parts.window.controller.refresh.flush()
    return parts.window.controller.model.spec()


def labels(nodes: tuple[Node, ...]) -> list[str]:
    return [node.label for node in nodes]


def node(nodes: tuple[Node, ...], label: str) -> Node:
    return next(n for n in walk(nodes) if n.label == label)


def vm_ref(connection: Connection, name: str) -> str:
    (ref,) = [ref for ref, record in connection.cache.items("VM") if record.get("name_label") == name]
    return str(ref)


@pytest.mark.parametrize("served", ["state4.xml"], indirect=True)
def test_folders_tags_and_custom_fields_of_a_dump_appear_in_their_views(qtbot: Any, parts: Parts,
                                                                        served: Any) -> None:
    parts.connect(qtbot, served.url)
    panel = parts.window.navigation
    modes = [panel.view_mode.itemText(i) for i in range(panel.view_mode.count())]
    assert modes[2:] == ["Objects by Folder", "Objects by Tag", "Objects by Custom Field", "Objects by vApp",
                         "Saved Searches"]
    folders = show_mode(parts, "folders")
    assert labels(folders) == ["HR", "IT Dept"]
    assert labels(folders[0].children) == ["incubus"] and labels(folders[1].children) == ["Hottub"]
    assert panel.tree.isExpanded(panel.tree.model().index(0, 0)), "folders open as pools and hosts do"
    tags = show_mode(parts, "tags")
    assert len(tags) == 25 and labels(node(tags, "Needs attention").children) == ["incubus"]
    fields = show_mode(parts, "custom_fields")
    assert labels(fields) == ["Colour"] and labels(fields[0].children) == ["green"]
    assert labels(fields[0].children[0].children) == ["Hottub"]
    view_menu = parts.window.view_menu
    view_menu.modes["tags"].trigger()
    assert parts.window.controller.view == "tags" and panel.view_mode.currentData() == "tags"


@pytest.mark.parametrize("served", ["state4.xml"], indirect=True)
def test_tag_added_from_the_general_tab_is_what_the_sdk_sees(qtbot: Any, parts: Parts, served: Any) -> None:
    connection = parts.connect(qtbot, served.url)
    ref = vm_ref(connection, "Windows XP SP2 (1)")
    assert parts.window.navigation.select_key(f"{parts.window.controller.key_of(connection)}/{ref}")
    host = parts.window.tabs.host
    assert host is not None
    host.show_tab("general")  # type: ignore[attr-defined]
    general = host.tab("general")  # type: ignore[attr-defined]
    assert isinstance(general, GeneralTab)
    assert general.value("tags") == "None" and general.value("custom:Colour") == "None"
    button = general.organise.buttons["organise.edit_tags"]
    assert button.isEnabled()
    button.click()
    box = dialog(qtbot, "tagsDialog")
    box.findChild(QLineEdit, "newTag").setText("Needs  review")
    accept(box)
    sdk = Sdk(served.url)
    try:
        qtbot.waitUntil(lambda: sdk.x.VM.get_tags(ref) == ["Needs review"], timeout=10000)
    finally:
        sdk.close()
    qtbot.waitUntil(lambda: general.value("tags") == "Needs review", timeout=10000)
    assert any(op.title.startswith("Saving the tags of") for op in parts.operations), "the write is an Operation"
    qtbot.waitUntil(lambda: "Needs review" in labels(show_mode(parts, "tags")), timeout=10000)
    assert labels(node(show_mode(parts, "tags"), "Needs review").children) == ["Windows XP SP2 (1)"]


@pytest.mark.parametrize("served", ["state4.xml"], indirect=True)
def test_custom_field_edited_from_the_context_menu_is_under_xencenters_key(qtbot: Any, parts: Parts,
                                                                           served: Any) -> None:
    connection = parts.connect(qtbot, served.url)
    ref = vm_ref(connection, "Windows Server 2008 (1)")
    key = f"{parts.window.controller.key_of(connection)}/{ref}"
    assert parts.window.navigation.select_key(key)
    parts.window.command_actions.update.flush()
    action = parts.window.command_actions["organise.edit_custom_fields"]
    assert action.isEnabled()
    action.trigger()
    box = dialog(qtbot, "customFieldsDialog")
    editor = box.findChild(QLineEdit, "field-Colour")
    assert isinstance(editor, QLineEdit)
    editor.setText("teal")
    accept(box)
    sdk = Sdk(served.url)
    try:
        qtbot.waitUntil(lambda: sdk.x.VM.get_other_config(ref).get("XenCenter.CustomFields.Colour") == "teal",
                        timeout=10000)
    finally:
        sdk.close()
    qtbot.waitUntil(lambda: "teal" in labels(tuple(walk(show_mode(parts, "custom_fields")))), timeout=10000)
    assert labels(node(show_mode(parts, "custom_fields"), "teal").children) == ["Windows Server 2008 (1)"]


@pytest.mark.parametrize("served", ["state4.xml"], indirect=True)
def test_dropping_a_vm_on_a_folder_moves_it(qtbot: Any, parts: Parts, served: Any) -> None:
    connection = parts.connect(qtbot, served.url)
    ref = vm_ref(connection, "Iscsi Box")
    sdk = Sdk(served.url)
    try:
        sdk.x.VM.add_to_other_config(ref, "folder", "/HR")  # another client files it under /HR
        qtbot.waitUntil(lambda: "Iscsi Box" in labels(node(show_mode(parts, "folders"), "HR").children),
                        timeout=10000)
        proxy = parts.window.navigation.proxy
        source = parts.window.controller.model
        vm_index = proxy.mapFromSource(source.index_of(f"{parts.window.controller.key_of(connection)}/{ref}"))
        folder_index = proxy.mapFromSource(source.index_of("folder:/IT Dept"))
        assert proxy.flags(vm_index) & Qt.ItemFlag.ItemIsDragEnabled
        assert proxy.flags(folder_index) & Qt.ItemFlag.ItemIsDropEnabled
        assert not proxy.flags(vm_index) & Qt.ItemFlag.ItemIsDropEnabled
        data = proxy.mimeData([vm_index])
        assert proxy.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, folder_index)
        assert not proxy.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, vm_index)
        proxy.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, folder_index)
        qtbot.waitUntil(lambda: sdk.x.VM.get_other_config(ref).get("folder") == "/IT Dept", timeout=10000)
        pool = sdk.x.pool.get_all()[0]
        qtbot.waitUntil(lambda: "Iscsi Box" in labels(node(show_mode(parts, "folders"), "IT Dept").children),
                        timeout=10000)
        assert labels(node(show_mode(parts, "folders"), "HR").children) == ["incubus"]
        assert sdk.x.pool.get_other_config(pool)["EMPTY_FOLDERS"] == ""  # /HR still holds incubus
    finally:
        sdk.close()


@pytest.mark.parametrize("served", ["state.db"], indirect=True)
def test_a_saved_search_of_a_dump_runs_in_the_search_tab(qtbot: Any, parts: Parts, served: Any) -> None:
    parts.connect(qtbot, served.url)
    searches = show_mode(parts, "saved_searches")
    assert "VMs Descending" in labels(searches)
    panel = parts.window.navigation
    assert panel.select_key(node(searches, "VMs Descending").key)
    host = parts.window.tabs.host
    assert host is not None
    assert host.tab_keys() == ["search"]  # type: ignore[attr-defined]
    tab = host.tab("search")  # type: ignore[attr-defined]
    assert isinstance(tab, SearchTab)
    saved = tab.saved
    qtbot.waitUntil(lambda: saved.title.text() == "VMs Descending", timeout=5000)
    assert saved.isVisible() and not tab.view.isVisible()
    headers = [saved.model.horizontalHeaderItem(i).text() for i in range(saved.model.columnCount())]
    assert headers[:4] == ["Name", "Power state", "vCPUs", "Memory"]
    assert "CustomField:cpu" not in headers and "cpu" in headers  # an old custom field named "cpu"
    names = [row[0] for row in saved.row_texts()]
    assert len(names) == 7 and names == sorted(names, key=str.casefold, reverse=True)
    assert saved.view.columnWidth(0) == 200
    assert panel.select_key(node(searches, "VMs By Department").key)
    qtbot.waitUntil(lambda: saved.title.text() == "VMs By Department", timeout=5000)
    rows = saved.row_texts()
    engineering = [i for i, row in enumerate(rows) if row[0] == "Engineering"]
    assert engineering and rows[engineering[0] + 1][0] == "Kirkwood Server"
    assert isinstance(saved, QWidget)

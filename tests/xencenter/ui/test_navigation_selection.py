"""The selected object stays selected, shown and scrolled into view when a power change moves its row."""

from __future__ import annotations

from typing import Any

import pytest
from ui_support import Parts, Sdk, drain, drive, parts_fixture, qloop_fixture, root_conftest  # noqa: F401

from xencenter.core.commands import SelectedItem

pytestmark = pytest.mark.gui



def parent_label(parts: Parts, node_key: str) -> str:
    parts.window.controller.refresh.flush()
    return str(parts.window.controller.model.index_of(node_key).parent().data())


def test_a_started_vm_stays_selected_under_its_host_and_the_tabs_keep_it(qtbot: Any, parts: Parts,
                                                                       fresh_sim: Any) -> None:
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    sdk = Sdk(fresh_sim.url)
    try:
        window = parts.window
        panel = window.navigation
        ref = sdk.vm("student-pc2")
        node = f"{window.controller.key_of(connection)}/{ref}"
        assert parent_label(parts, node) == "Course lab"  # halted: under the pool
        # The user collapses a host; it must stay collapsed while rows move.
        host_key = f"{window.controller.key_of(connection)}/{sdk.host('xcp-host2')}"
        host_index = panel.view_index(window.controller.model.index_of(host_key))
        panel.tree.collapse(host_index)
        assert panel.select_key(node)
        seen: list[list[SelectedItem]] = []
        panel.selection_changed.connect(seen.append)
        wanted = [SelectedItem(connection, "VM", ref)]
        assert panel.selected_items() == wanted
        sdk.x.Async.VM.start_on(ref, sdk.host("xcp-host1"), False, False)
        drive(qtbot, sdk, lambda: parent_label(parts, node) == "xcp-host1")
        assert panel.selected_items() == wanted
        assert panel.tree.currentIndex().data(0) == "student-pc2"
        assert panel.tree.visualRect(panel.tree.currentIndex()).intersects(panel.tree.viewport().rect())
        assert all(items == wanted for items in seen), seen  # the tabs never went blank
        tabs = window.tabs.host
        assert tabs is not None and tabs.selection() == wanted
        host_index = panel.view_index(window.controller.model.index_of(host_key))
        assert not panel.tree.isExpanded(host_index)
        sdk.x.Async.VM.hard_shutdown(ref)
        drive(qtbot, sdk, lambda: parent_label(parts, node) == "Course lab")
        assert panel.selected_items() == wanted and all(items == wanted for items in seen)
    finally:
        sdk.close()

"""TabHost: which tabs a selection gets, keeping the current tab, and robustness to odd selections."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from tabs_support import Env, env_fixture  # noqa: F401

from xencenter.core.commands import SelectedItem
from xencenter.core.i18n import LazyText
from xencenter.ui.tabs import TabHost
from xencenter.ui.tabs.applies import guest_or_template
from xencenter.ui.tabs.base import BaseTab, TabContext, shows
from xencenter.ui.tabs.deps import Tracker
from xencenter.ui.tabs.general import GeneralTab


@pytest.mark.parametrize(("ref", "keys"), [
    ("OpaqueRef:web", ["general", "memory", "storage", "networking", "console", "performance", "snapshots",
                       "xen_internals", "logs", "search"]),
    ("OpaqueRef:tpl", ["general", "memory", "storage", "networking", "logs", "search"]),
    ("OpaqueRef:h1", ["general", "memory", "storage", "networking", "nics", "console", "performance",
                      "xen_internals", "logs", "search"]),
    ("OpaqueRef:pool", ["general", "memory", "storage", "networking", "performance", "ha", "wlb", "users", "logs",
                       "search"]),
    ("OpaqueRef:nfs", ["general", "storage", "logs", "search"]),
    ("OpaqueRef:net0", ["general", "logs", "search"]),
    ("OpaqueRef:web-vdi", ["general", "logs", "search"]),
])
def test_tabs_fit_the_selection(env: Env, ref: str, keys: list[str]) -> None:
    env.select(ref)
    assert env.host.tab_keys() == keys
    assert env.host.tabText(0) == "General"


def test_multi_select_gets_only_search_and_nothing_gets_nothing(env: Env) -> None:
    env.select("OpaqueRef:web", "OpaqueRef:h1")
    assert env.host.tab_keys() == ["search"]
    env.host.set_selection([])
    assert env.host.tab_keys() == []


def test_dead_host_has_no_memory_storage_or_nics(env: Env) -> None:
    env.lab.change(env.conn, "OpaqueRef:hm2", live=False)
    env.select("OpaqueRef:h2")
    assert env.host.tab_keys() == ["general", "logs", "search"]


def test_current_tab_is_kept_when_the_new_selection_has_it(env: Env) -> None:
    env.select("OpaqueRef:web")
    env.host.show_tab("networking")
    env.select("OpaqueRef:h1")
    assert env.host.current_key() == "networking"
    env.select("OpaqueRef:nfs")  # no Networking tab for an SR: falls back to the first
    assert env.host.current_key() == "general"
    env.host.show_tab("storage")
    env.select("OpaqueRef:pool")
    assert env.host.current_key() == "storage"


def test_only_the_current_tab_renders(env: Env) -> None:
    env.select("OpaqueRef:web")
    general, memory = env.host.tab("general"), env.host.tab("memory")
    assert general.renders == 1 and memory.renders == 0
    env.host.show_tab("memory")
    assert memory.renders == 1


def test_unknown_and_dangling_selections_do_not_crash(env: Env) -> None:
    env.host.set_selection([SelectedItem(env.conn, "VM", "OpaqueRef:gone")])
    assert env.host.tab_keys() == ["general", "logs", "search"]
    assert env.host.tab("general").model.row_keys() == []
    env.host.set_selection([SelectedItem(env.conn, "connection")])
    assert env.host.tab_keys() == ["connection"]  # a server node: its state and Reconnect, not an empty Search
    for key in ("connection", "general", "memory", "storage", "networking", "nics", "logs", "search"):
        env.host.show_tab(key)


def test_current_changed_once_per_rebuild_and_removed_connections_leave(env: Env, qtbot: object) -> None:
    seen: list[int] = []
    env.host.currentChanged.connect(seen.append)
    env.select("OpaqueRef:web")
    assert len(seen) == 1
    env.select("OpaqueRef:off")  # same tabs: no rebuild, no signal
    assert len(seen) == 1
    env.manager.removed.emit(env.conn)
    assert env.host.tab_keys() == [] and env.host.selection() == []


def test_retranslate_keeps_captions(env: Env) -> None:
    env.select("OpaqueRef:h1")
    env.host.retranslate()
    assert [env.host.tabText(i) for i in range(env.host.count())] == [
        "General", "Memory", "Storage", "Networking", "NICs", "Console", "Performance", "Xen internals", "Logs",
        "Search"]


class ProbeTab(BaseTab):
    """A tab declared the way Console or Snapshots will be: a key, a title and one hook per class."""

    KEY = "probe"
    TITLE = LazyText("Tabs", "Probe")

    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.seen: list[tuple[str, str]] = []

    @shows("VM", when=guest_or_template)
    def show_vm(self, tracker: Tracker, item: SelectedItem) -> None:
        self.seen.append(("vm", str(tracker.name_of("VM", item.ref))))

    @shows("SR")
    def show_sr(self, tracker: Tracker, item: SelectedItem) -> None:
        self.seen.append(("sr", str(tracker.name_of("SR", item.ref))))


def test_a_new_tab_is_one_declared_class(env: Env, qtbot: Any) -> None:
    host = TabHost(env.manager, env.ops, env.commands, tabs=(GeneralTab, ProbeTab))
    qtbot.addWidget(host)
    host.show()
    assert ProbeTab.classes() == {"VM", "SR"}
    host.set_selection([env.item("OpaqueRef:web")])
    assert host.tab_keys() == ["general", "probe"] and host.tabText(1) == "Probe"
    probe = host.tab("probe")
    assert isinstance(probe, ProbeTab) and probe.objectName() == "tab-probe"
    host.show_tab("probe")
    assert probe.seen == [("vm", "web01")]
    host.set_selection([env.item("OpaqueRef:h1")])  # no hook for hosts
    assert host.tab_keys() == ["general"]
    host.set_selection([env.item("OpaqueRef:dom0-1")])  # a VM, but the hook's rule leaves dom0 out
    assert host.tab_keys() == ["general"]
    host.set_selection([env.item("OpaqueRef:nfs")])
    host.show_tab("probe")
    assert probe.seen[-1][0] == "sr"
    env.lab.change(env.conn, "OpaqueRef:nfs", name_label="renamed")  # its hook runs again on a change it read
    assert probe.seen[-1] == ("sr", "renamed")

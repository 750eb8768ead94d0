"""TabHost: which tabs a selection gets, keeping the current tab, and robustness to odd selections."""

from __future__ import annotations

import pytest
from tabs_support import Env, env_fixture  # noqa: F401

from xencenter.core.commands import SelectedItem


@pytest.mark.parametrize(("ref", "keys"), [
    ("OpaqueRef:web", ["general", "memory", "storage", "networking", "logs", "search"]),
    ("OpaqueRef:tpl", ["general", "memory", "storage", "networking", "logs", "search"]),
    ("OpaqueRef:h1", ["general", "memory", "storage", "networking", "nics", "logs", "search"]),
    ("OpaqueRef:pool", ["general", "memory", "storage", "networking", "logs", "search"]),
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
    assert env.host.tab_keys() == ["search"]
    for key in ("general", "memory", "storage", "networking", "nics", "logs", "search"):
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
        "General", "Memory", "Storage", "Networking", "NICs", "Logs", "Search"]

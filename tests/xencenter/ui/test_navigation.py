"""core/navigation.py: the tree views as pure functions of the objects (no QApplication needed)."""

from __future__ import annotations

from nav_data import DictCache, lab, view

from xencenter.core import navigation
from xencenter.core.navigation import Node, ViewOptions, infrastructure, objects, walk


def labels(nodes: tuple[Node, ...]) -> list[str]:
    return [n.label for n in nodes]


def test_infrastructure_pool_hosts_resident_vms_then_halted_and_shared_storage() -> None:
    (pool,) = infrastructure([view(lab())])
    assert (pool.kind, pool.label, pool.cls, pool.ref) == ("pool", "Lab", "pool", "P")
    assert labels(pool.children) == ["host-1", "host-2", "old", "NFS"]
    host1 = pool.children[0]
    assert labels(host1.children) == ["web"]  # the control domain is never shown
    web = host1.children[0]
    assert (web.icon, web.cls, web.power_state, web.connection) == ("vm-running", "VM", "Running", "c1")
    assert pool.children[2].icon == "vm-halted"


def test_view_toggles_add_templates_local_storage_and_hidden_objects() -> None:
    cache = lab()
    cache.tables["VM"]["old"] = {**cache.tables["VM"]["old"], "other_config": {"HideFromXenCenter": "true"}}
    (plain,) = infrastructure([view(cache)])
    assert "old" not in labels(plain.children) and "Debian template" not in labels(plain.children)
    options = ViewOptions(show_templates=True, show_local_storage=True, show_hidden=True)
    (full,) = infrastructure([view(cache)], options)
    assert labels(full.children) == ["host-1", "host-2", "old", "NFS", "Debian template"]
    assert labels(full.children[0].children) == ["web", "Local storage"]
    assert "web snapshot" not in labels(tuple(walk((full,))))


def test_connection_states_show_as_server_nodes() -> None:
    for state, icon in (("connecting", "server-connecting"), ("failed", "server-failed"),
                        ("disconnected", "server-disconnected")):
        (node,) = infrastructure([view(DictCache(), state=state, name="srv")])
        assert (node.kind, node.icon, node.cls, node.key) == ("connection", icon, "connection", "c1")
        assert node.label.startswith("srv (")
    (kept,) = infrastructure([view(lab(), state="reconnecting")])
    assert kept.kind == "pool" and kept.icon == "server-reconnecting" and "Reconnecting" in kept.label
    assert kept.children, "objects stay visible while reconnecting"


def test_a_pool_without_name_and_one_host_is_the_standalone_host() -> None:
    cache = lab(pool_name="")
    cache.drop("host", "H2")
    cache.tables["VM"]["db"] = {**cache.tables["VM"]["db"], "resident_on": "OpaqueRef:NULL"}
    (node,) = infrastructure([view(cache)])
    assert (node.kind, node.label, node.ref) == ("host", "host-1", "H1")
    assert labels(node.children) == ["web", "db", "old", "NFS"]


def test_objects_view_groups_by_type_across_connections() -> None:
    groups = objects([view(lab()), view(lab("Other"), key="c2"), view(DictCache(), key="c3", state="failed",
                                                                       name="gone")])
    assert labels(groups) == ["Pools", "Servers", "VMs", "Snapshots", "Storage", "Networks"]
    pools, servers, vms = groups[0], groups[1], groups[2]
    assert labels(pools.children) == ["Lab", "Other"]
    assert [n.kind for n in servers.children].count("connection") == 1
    assert labels(vms.children) == ["db", "db", "old", "old", "web", "web"]
    keys = [n.key for n in walk(groups)]
    assert len(keys) == len(set(keys)), "keys are unique in the whole tree"
    with_templates = objects([view(lab())], ViewOptions(show_templates=True))
    assert "Templates" in labels(with_templates)


def test_build_dispatches_and_sorts_naturally() -> None:
    cache = lab()
    for n in (10, 9, 1):
        cache.put("VM", f"v{n}", name_label=f"vm{n}", power_state="Halted")
    (pool,) = navigation.build(navigation.INFRASTRUCTURE, [view(cache)])
    assert labels(pool.children)[2:6] == ["old", "vm1", "vm9", "vm10"]
    assert navigation.build(navigation.OBJECTS, [view(cache)])[0].kind == "group"


def test_an_unchanged_record_makes_the_same_node_a_replaced_one_a_new_node() -> None:
    cache = lab()
    (first,) = infrastructure([view(cache)])
    (again,) = infrastructure([view(cache)])
    assert again.children[0].children[0] is first.children[0].children[0]  # web: the cache kept its record
    cache.tables["VM"]["web"] = {**cache.tables["VM"]["web"], "name_label": "web-renamed"}
    (renamed,) = infrastructure([view(cache)])
    assert renamed.children[0].children[0].label == "web-renamed"

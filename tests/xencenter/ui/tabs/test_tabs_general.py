"""General tab: properties per kind, live updates for its refs only, and missing objects."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView
from tabs_support import Env, env_fixture  # noqa: F401

from xencenter.core.turns import turn_queue
from xencenter.ui.tabs.general import GeneralTab


def general(env: Env, ref: str) -> GeneralTab:
    env.select(ref)
    tab = env.host.tab("general")
    assert isinstance(tab, GeneralTab)
    return tab


def test_vm_properties(env: Env) -> None:
    tab = general(env, "OpaqueRef:web")
    expected = {"name": "web01", "description": "web server", "uuid": "uuid-web", "power_state": "Running",
                "os": "Debian 12", "ip": "10.0.0.5", "memory": "1 GiB", "memory_dynamic": "512 MiB – 1 GiB",
                "memory_static_max": "2 GiB", "vcpus": "2 (maximum 4)", "host": "host-a"}
    assert {key: tab.value(key) for key in expected} == expected
    assert "day" in tab.value("uptime")
    view = tab.findChild(QTableView, "general-properties")
    assert view is not None and view.accessibleName() == "Properties"


def test_halted_vm_and_template(env: Env) -> None:
    tab = general(env, "OpaqueRef:off")
    assert tab.value("power_state") == "Halted"
    assert tab.value("memory") == "Not running" and tab.value("host") == "Not running"
    assert tab.value("os") == "Unknown (no guest tools)" and tab.value("ip") == "Unknown"
    tab = general(env, "OpaqueRef:tpl")
    assert tab.value("kind") == "Template" and "host" not in tab.model.row_keys()


def test_host_pool_sr_network_vdi(env: Env) -> None:
    tab = general(env, "OpaqueRef:h1")
    assert tab.value("cpu_model") == "Xeon E5-2630" and tab.value("cpu_count") == "8 (2 sockets)"
    assert tab.value("memory") == "32 GiB" and tab.value("memory_free") == "28.38 GiB"
    assert tab.value("version") == "XCP-ng 8.3 (build test)" and tab.value("address") == "192.0.2.11"
    assert tab.value("pool_master") == "Yes" and tab.value("status") == "Enabled"
    assert general(env, "OpaqueRef:h2").value("address") == "192.0.2.12"  # no management PIF: host.address
    tab = general(env, "OpaqueRef:pool")
    assert (tab.value("master"), tab.value("default_sr"), tab.value("hosts")) == ("host-a", "NFS store", "2")
    tab = general(env, "OpaqueRef:nfs")
    assert tab.value("type") == "nfs" and tab.value("shared") == "Yes" and tab.value("size") == "100 GiB"
    assert tab.value("utilisation") == "25 GiB used of 100 GiB (25%)" and tab.value("hosts") == "host-a"
    tab = general(env, "OpaqueRef:net0")
    assert (tab.value("bridge"), tab.value("mtu")) == ("xenbr0", "1500")
    tab = general(env, "OpaqueRef:web-vdi")
    assert (tab.value("size"), tab.value("sr"), tab.value("vms"), tab.value("snapshots")) == \
        ("20 GiB", "NFS store", "web01", "0")


def test_follows_changes_of_its_refs_and_ignores_others(env: Env) -> None:
    tab = general(env, "OpaqueRef:web")
    renders = tab.renders
    env.lab.change(env.conn, "OpaqueRef:off", name_label="still offline")  # not ours
    env.lab.change(env.conn, "OpaqueRef:h2", name_label="other host")
    assert tab.renders == renders
    env.lab.change(env.conn, "OpaqueRef:web", name_label="web02")
    assert tab.value("name") == "web02" and tab.renders == renders + 1
    env.lab.change(env.conn, "OpaqueRef:web-g", os_version={"name": "Debian 13"})  # guest metrics: read, so ours
    assert tab.value("os") == "Debian 13"
    env.lab.change(env.conn, "OpaqueRef:h1", name_label="renamed host")  # the resident host's name is shown
    assert tab.value("host") == "renamed host"


def test_dangling_refs_show_unknown_and_deletion_is_reported(env: Env) -> None:
    env.lab.change(env.conn, "OpaqueRef:web", guest_metrics="OpaqueRef:nowhere", resident_on="OpaqueRef:nohost",
                   metrics="OpaqueRef:nometrics")
    tab = general(env, "OpaqueRef:web")
    assert tab.value("os") == "Unknown (no guest tools)" and tab.value("host") == "Unknown"
    assert tab.value("memory") == "0 bytes" and tab.value("uptime") == "Unknown"
    env.lab.add(env.conn, "VM_guest_metrics", "OpaqueRef:nowhere", os_version={"name": "Alpine"})
    assert tab.value("os") == "Alpine"  # the dangling ref appeared later and was picked up
    env.lab.drop(env.conn, "OpaqueRef:web")
    assert tab.model.row_keys() == [] and tab.missing.isVisibleTo(tab)


def test_cache_reset_rerenders(env: Env) -> None:
    tab = general(env, "OpaqueRef:web")
    env.lab.rec("OpaqueRef:web")["name_label"] = "reloaded"
    env.lab.load(env.conn)
    assert tab.value("name") == "reloaded"
    env.conn.cache.clear()
    turn_queue().drain()  # the re-render's turn
    assert tab.model.row_keys() == []

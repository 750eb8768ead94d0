"""Networking tab (VM VIFs; host and pool networks) and NICs tab (host PIFs with their metrics)."""

from __future__ import annotations

from tabs_support import Env, env_fixture  # noqa: F401

from xencenter.ui.tabs.networking import NetworkingTab
from xencenter.ui.tabs.nics import NicsTab


def networking(env: Env, ref: str) -> NetworkingTab:
    env.select(ref)
    env.host.show_tab("networking")
    tab = env.host.tab("networking")
    assert isinstance(tab, NetworkingTab)
    return tab


def test_vm_vifs(env: Env) -> None:
    tab = networking(env, "OpaqueRef:web")
    assert [tab.vifs.text("OpaqueRef:web-vif", c) for c in range(5)] == [
        "0", "52:54:00:00:00:01", "Management", "Yes", "10.0.0.5"]
    env.lab.change(env.conn, "OpaqueRef:web-g", networks={})
    assert tab.vifs.text("OpaqueRef:web-vif", 4) == "Unknown"
    env.lab.change(env.conn, "OpaqueRef:web-vif", network="OpaqueRef:gone", currently_attached=False)
    assert tab.vifs.text("OpaqueRef:web-vif", 2) == "Unknown" and tab.vifs.text("OpaqueRef:web-vif", 3) == "No"


def test_host_and_pool_networks(env: Env) -> None:
    tab = networking(env, "OpaqueRef:h1")
    assert tab.networks.row_keys() == ["OpaqueRef:netb", "OpaqueRef:net0", "OpaqueRef:net10"]  # by name; hidden gone
    rows = {key: [tab.networks.text(key, c) for c in (0, 2, 3, 4, 5)] for key in tab.networks.row_keys()}
    assert rows == {"OpaqueRef:net0": ["Management", "NIC 0", "-", "1500", "xenbr0"],
                    "OpaqueRef:netb": ["Bonded", "Bond 1+2", "-", "9000", "xapi1"],
                    "OpaqueRef:net10": ["VLAN 10", "NIC 0", "10", "1500", "xapi2"]}
    assert networking(env, "OpaqueRef:h2").networks.row_keys() == []  # host-b has no PIFs in the lab
    tab = networking(env, "OpaqueRef:pool")
    assert tab.networks.row_keys() == ["OpaqueRef:netb", "OpaqueRef:net0", "OpaqueRef:net10"]


def test_nics(env: Env) -> None:
    env.select("OpaqueRef:h1")
    env.host.show_tab("nics")
    tab = env.host.tab("nics")
    assert isinstance(tab, NicsTab)
    assert tab.model.row_keys() == ["OpaqueRef:eth0", "OpaqueRef:eth1", "OpaqueRef:eth2", "OpaqueRef:bond0"]
    assert [tab.model.text("OpaqueRef:eth0", c) for c in range(9)] == [
        "NIC 0", "eth0", "aa:00:00:00:00:00", "Connected", "1000 Mbit/s", "Full", "Intel", "I350", ""]
    assert tab.model.text("OpaqueRef:eth2", 3) == "Disconnected" and tab.model.text("OpaqueRef:eth1", 8) == "Bond 1+2"
    assert tab.model.text("OpaqueRef:bond0", 0) == "Bond 1+2" and tab.model.text("OpaqueRef:bond0", 4) == "Unknown"
    env.lab.change(env.conn, "OpaqueRef:eth0-m", carrier=False, speed="10000", duplex=False)
    assert [tab.model.text("OpaqueRef:eth0", c) for c in (3, 4, 5)] == ["Disconnected", "10000 Mbit/s", "Half"]

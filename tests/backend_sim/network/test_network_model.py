"""Fast unit tests of backend_sim.model.network on a bare Store laid out by the scenario builder."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from backend_sim.errors import ApiError
from backend_sim.model import network as net
from backend_sim.scenarios.builder import GiB, HostSpec, PoolBuilder
from backend_sim.store.store import Store
from backend_sim.wire.values import NULL_REF


@dataclass
class Pool:
    store: Store
    hosts: list[str]
    eth0: str  # the pool-wide networks
    eth1: str
    vm: str  # a halted guest with VIF 0 on eth0

    def pif(self, host: int, device: str) -> str:
        for ref in self.store.get("host", self.hosts[host])["PIFs"]:
            record = self.store.get("PIF", ref)
            if record["device"] == device and record["VLAN"] == -1:
                return str(ref)
        raise KeyError(device)

    def get(self, cls: str, ref: str) -> dict[str, Any]:
        return self.store.get(cls, ref)


@pytest.fixture
def pool() -> Pool:
    store = Store(seed=7)
    b = PoolBuilder(store, now=0.0)
    b.pool("test")
    b.host(HostSpec("h1", nics=3))
    b.host(HostSpec("h2", nics=2))
    sr = b.built.local_srs[b.built.hosts[0]]
    vm = b.vm("guest", memory=GiB, disks=[(sr, GiB)], network=b.built.networks["eth0"])
    return Pool(store, b.built.hosts, b.built.networks["eth0"], b.built.networks["eth1"], vm)


def code(exc: pytest.ExceptionInfo[ApiError]) -> list[str]:
    return exc.value.description


# -- identity -----------------------------------------------------------------------------------

def test_macs_are_locally_administered_unicast_and_unique(pool: Pool) -> None:
    macs = {net.new_mac(pool.store) for _ in range(200)}
    assert len(macs) == 200
    for mac in macs:
        assert net.is_valid_mac(mac)
        first = int(mac[:2], 16)
        assert first & 0x02 and not first & 0x01


def test_macs_follow_the_store_seed() -> None:
    assert net.new_mac(Store(seed=3)) == net.new_mac(Store(seed=3))


def test_mac_from_seed_is_stable_per_device() -> None:
    first = net.mac_from_seed(0, "seed")
    assert first == net.mac_from_seed(0, "seed") != net.mac_from_seed(1, "seed")
    assert net.is_valid_mac(first) and int(first[:2], 16) & 0x03 == 0x02


@pytest.mark.parametrize("mac, valid", [("aa:bb:cc:dd:ee:ff", True), ("AA:BB:CC:00:11:22", True),
                                        ("", False), ("aa:bb:cc:dd:ee", False), ("aa-bb-cc-dd-ee-ff", False),
                                        ("aa:bb:cc:dd:ee:fg", False), ("aaa:bb:cc:dd:ee:f", False)])
def test_mac_validation(mac: str, valid: bool) -> None:
    assert net.is_valid_mac(mac) is valid


def test_bridge_names(pool: Pool) -> None:
    assert net.physical_bridge("eth4") == "xenbr4"
    assert net.physical_bridge("enp3s0") == "brenp3s0"
    assert net.new_bridge(pool.store) == "xapi0"
    net.create_network(pool.store, "a")
    assert net.new_bridge(pool.store) == "xapi1"


def test_client_bridges_are_checked(pool: Pool) -> None:
    for bridge in ("xenbr9", "xapi5", "a-very-long-bridge"):
        with pytest.raises(ApiError) as exc:
            net.check_bridge(pool.store, bridge)
        assert code(exc) == ["INVALID_VALUE", "bridge", bridge]
    net.create_network(pool.store, "mine", bridge="br-lab")
    with pytest.raises(ApiError) as exc:
        net.check_bridge(pool.store, "br-lab")
    assert code(exc) == ["BRIDGE_NAME_EXISTS", "br-lab"]


# -- reachability -------------------------------------------------------------------------------

def test_reachability_of_physical_private_and_vlan_networks(pool: Pool) -> None:
    h1, h2 = pool.hosts
    assert net.network_reachable(pool.store, pool.eth0, h1) and net.network_reachable(pool.store, pool.eth0, h2)
    eth2 = pool.get("PIF", pool.pif(0, "eth2"))["network"]
    assert net.network_reachable(pool.store, eth2, h1) and not net.network_reachable(pool.store, eth2, h2)
    private = net.create_private_network(pool.store, "lab")
    assert pool.get("network", private)["PIFs"] == []
    assert pool.get("network", private)["bridge"].startswith("xapi")
    assert net.network_reachable(pool.store, private, h1) and net.network_reachable(pool.store, private, h2)
    _, untagged = net.create_vlan(pool.store, pool.pif(1, "eth1"), 20, name_label="VLAN 20")
    vlan_net = pool.get("PIF", untagged)["network"]
    assert not net.network_reachable(pool.store, vlan_net, h1) and net.network_reachable(pool.store, vlan_net, h2)


# -- VLANs --------------------------------------------------------------------------------------

def test_vlan_rows_and_bound_fields(pool: Pool) -> None:
    base = pool.pif(0, "eth1")
    vlan, untagged = net.create_vlan(pool.store, base, 100)
    pif = pool.get("PIF", untagged)
    assert pool.get("VLAN", vlan)["tag"] == 100
    assert pif["VLAN"] == 100 and pif["VLAN_master_of"] == vlan and not pif["physical"]
    assert pif["device"] == "eth1" and pif["MAC"] == pool.get("PIF", base)["MAC"] and pif["currently_attached"]
    assert pool.get("PIF", base)["VLAN_slave_of"] == [vlan]
    assert pool.get("network", pif["network"])["PIFs"] == [untagged]
    assert pool.get("network", pif["network"])["name_label"] == "VLAN 100"
    net.destroy_vlan(pool.store, vlan)
    assert pool.store.find("PIF", untagged) is None and pool.get("PIF", base)["VLAN_slave_of"] == []
    assert pool.store.find("PIF_metrics", pif["metrics"]) is not None  # shared with the base PIF


@pytest.mark.parametrize("tag", [-1, 4095, 5000])
def test_vlan_tag_range(pool: Pool, tag: int) -> None:
    networks = len(pool.store.table("network"))
    with pytest.raises(ApiError) as exc:
        net.create_vlan(pool.store, pool.pif(0, "eth1"), tag)
    assert code(exc) == ["VLAN_TAG_INVALID", str(tag)]
    assert len(pool.store.table("network")) == networks  # nothing made on failure


def test_vlan_errors(pool: Pool) -> None:
    base = pool.pif(0, "eth1")
    _, untagged = net.create_vlan(pool.store, base, 5)
    with pytest.raises(ApiError) as exc:
        net.create_vlan(pool.store, base, 5)
    assert code(exc) == ["PIF_VLAN_EXISTS", "eth1"]
    with pytest.raises(ApiError) as exc:
        net.create_vlan(pool.store, untagged, 6)
    assert code(exc) == ["PIF_IS_VLAN", untagged]
    with pytest.raises(ApiError) as exc:
        net.create_vlan(pool.store, pool.pif(0, "eth2"), 7, pool.eth0)
    assert code(exc) == ["NETWORK_ALREADY_CONNECTED", pool.hosts[0], pool.pif(0, "eth0")]


def test_pool_vlan_on_every_host(pool: Pool) -> None:
    network, pifs = net.create_pool_vlan(pool.store, net.pool_vlan_bases(pool.store, "eth1"), 30)
    assert len(pifs) == 2
    assert {pool.get("PIF", p)["host"] for p in pifs} == set(pool.hosts)
    assert sorted(pool.get("network", network)["PIFs"]) == sorted(pifs)
    with pytest.raises(ApiError) as exc:
        net.pool_vlan_bases(pool.store, "eth9")
    assert code(exc) == ["INVALID_VALUE", "device", "eth9"]


# -- bonds --------------------------------------------------------------------------------------

def test_bond_takes_management_ip_and_local_vifs(pool: Pool) -> None:
    h1 = pool.hosts[0]
    eth0, eth1 = pool.pif(0, "eth0"), pool.pif(0, "eth1")
    ip = pool.get("PIF", eth0)["IP"]
    vif = pool.get("VM", pool.vm)["VIFs"][0]
    pool.store.update("VM", pool.vm, {"resident_on": h1, "power_state": "Running"})
    bond = net.create_bond(pool.store, [eth0, eth1], mode="active-backup", name_label="bond")
    master = pool.get("Bond", bond)["master"]
    m = pool.get("PIF", master)
    assert m["device"] == "bond0" and m["bond_master_of"] == [bond] and not m["physical"]
    assert m["management"] and m["currently_attached"] and m["IP"] == ip and m["ip_configuration_mode"] == "DHCP"
    assert m["MAC"] == pool.get("PIF", eth0)["MAC"]
    assert sorted(pool.get("Bond", bond)["slaves"]) == sorted([eth0, eth1])
    assert pool.get("Bond", bond)["primary_slave"] == eth0 and pool.get("Bond", bond)["links_up"] == 2
    for slave in (eth0, eth1):
        s = pool.get("PIF", slave)
        assert s["bond_slave_of"] == bond and not s["currently_attached"] and not s["management"]
        assert s["ip_configuration_mode"] == "None" and s["IP"] == ""
    assert net.management_pif(pool.store, h1) == master
    assert pool.get("VIF", vif)["network"] == m["network"]  # the running VM followed its NIC
    assert not net.network_reachable(pool.store, pool.eth0, h1)  # a bond slave carries nothing

    net.destroy_bond(pool.store, bond)
    assert pool.store.find("PIF", master) is None and pool.store.find("Bond", bond) is None
    e0 = pool.get("PIF", eth0)
    assert e0["management"] and e0["IP"] == ip and e0["currently_attached"] and e0["bond_slave_of"] == NULL_REF
    assert pool.get("PIF", eth1)["currently_attached"]
    assert pool.get("VIF", vif)["network"] == pool.eth0
    assert net.management_pif(pool.store, h1) == eth0


def test_bond_moves_vlans_and_back(pool: Pool) -> None:
    eth1, eth2 = pool.pif(0, "eth1"), pool.pif(0, "eth2")
    _, untagged = net.create_vlan(pool.store, eth1, 42)
    vlan_net = pool.get("PIF", untagged)["network"]
    bond = net.create_bond(pool.store, [eth1, eth2])
    master = pool.get("Bond", bond)["master"]
    assert pool.get("PIF", eth1)["VLAN_slave_of"] == []
    [moved] = pool.get("PIF", master)["VLAN_slave_of"]
    on_bond = pool.get("VLAN", moved)["untagged_PIF"]
    assert pool.get("PIF", on_bond)["network"] == vlan_net and pool.get("PIF", on_bond)["device"] == "bond0"
    assert pool.get("network", vlan_net)["PIFs"] == [on_bond]
    net.destroy_bond(pool.store, bond)
    [back] = pool.get("PIF", eth1)["VLAN_slave_of"]
    assert pool.get("PIF", pool.get("VLAN", back)["untagged_PIF"])["network"] == vlan_net


def test_bond_errors(pool: Pool) -> None:
    eth0, eth1, eth2 = pool.pif(0, "eth0"), pool.pif(0, "eth1"), pool.pif(0, "eth2")
    other_host = pool.pif(1, "eth1")
    cases = [
        ([eth1], "", ["PIF_BOND_NEEDS_MORE_MEMBERS"]),
        ([eth1, eth1], "", ["PIF_BOND_NEEDS_MORE_MEMBERS"]),
        ([eth1, other_host], "", ["PIF_CANNOT_BOND_CROSS_HOST"]),
        ([eth1, eth2], "zz:zz", ["MAC_INVALID", "zz:zz"]),
    ]
    for members, mac, expected in cases:
        with pytest.raises(ApiError) as exc:
            net.create_bond(pool.store, members, mac=mac)
        assert code(exc) == expected
    net.reconfigure_ip(pool.store, eth1, "Static", "10.0.0.2", "255.255.255.0", "", "")
    with pytest.raises(ApiError) as exc:
        net.create_bond(pool.store, [eth0, eth1])
    assert code(exc) == ["PIF_BOND_MORE_THAN_ONE_IP"]
    bond = net.create_bond(pool.store, [eth1, eth2], mode="lacp")
    assert pool.get("Bond", bond)["properties"]["hashing_algorithm"] == "tcpudp_ports"
    with pytest.raises(ApiError) as exc:
        net.create_bond(pool.store, [eth0, eth2])
    assert code(exc) == ["PIF_ALREADY_BONDED", eth2]
    net.set_bond_mode(pool.store, bond, "balance-slb")
    assert pool.get("Bond", bond)["mode"] == "balance-slb"


# -- NICs, introduce / forget / scan ------------------------------------------------------------

def test_sixteen_nics_per_host(pool: Pool) -> None:
    h2 = pool.hosts[1]
    for n in range(2, 16):
        pif = net.introduce_pif(pool.store, h2, "", f"eth{n}")
        assert pool.get("PIF", pif)["physical"] and pool.get("network", pool.get("PIF", pif)["network"])[
            "bridge"] == f"xenbr{n}"
    with pytest.raises(ApiError) as exc:
        net.introduce_pif(pool.store, h2, "", "eth16")
    assert code(exc)[:3] == ["VALUE_NOT_SUPPORTED", "device", "eth16"]
    with pytest.raises(ApiError) as exc:
        net.introduce_pif(pool.store, h2, "", "eth3")
    assert code(exc) == ["DUPLICATE_PIF_DEVICE_NAME", "eth3"]


def test_forget_and_scan(pool: Pool) -> None:
    h1 = pool.hosts[0]
    eth2 = pool.pif(0, "eth2")
    mac = pool.get("PIF", eth2)["MAC"]
    with pytest.raises(ApiError) as exc:
        net.forget_pif(pool.store, pool.pif(0, "eth0"))
    assert code(exc) == ["PIF_IS_MANAGEMENT_INTERFACE", pool.pif(0, "eth0")]
    net.forget_pif(pool.store, eth2)
    assert pool.store.find("PIF", eth2) is None
    with pytest.raises(ApiError) as exc:
        net.introduce_pif(pool.store, h1, "02:00:00:00:00:01", "eth2")
    assert code(exc)[0] == "COULD_NOT_FIND_NETWORK_INTERFACE_WITH_SPECIFIED_DEVICE_NAME_AND_MAC_ADDRESS"
    [back] = net.scan_pifs(pool.store, h1)
    assert pool.get("PIF", back)["device"] == "eth2" and pool.get("PIF", back)["MAC"] == mac
    assert net.scan_pifs(pool.store, h1) == []


# -- IP configuration and management ------------------------------------------------------------

def test_reconfigure_ip_validation(pool: Pool) -> None:
    eth1, eth0 = pool.pif(0, "eth1"), pool.pif(0, "eth0")
    for args, param in ((("Static", "", "255.255.255.0", "", ""), "IP"),
                        (("Static", "10.0.0.1", "nope", "", ""), "netmask"),
                        (("DHCP", "", "", "300.1.1.1", ""), "gateway")):
        with pytest.raises(ApiError) as exc:
            net.reconfigure_ip(pool.store, eth1, *args)
        assert code(exc) == ["INVALID_IP_ADDRESS_SPECIFIED", param]
    with pytest.raises(ApiError) as exc:
        net.reconfigure_ip(pool.store, eth0, "None", "", "", "", "")
    assert code(exc) == ["PIF_IS_MANAGEMENT_INTERFACE", eth0]
    net.reconfigure_ip(pool.store, eth1, "DHCP", "", "", "", "")
    record = pool.get("PIF", eth1)
    assert record["ip_configuration_mode"] == "DHCP" and record["IP"].startswith(net.DHCP_SUBNET)


def test_management_moves(pool: Pool) -> None:
    h1 = pool.hosts[0]
    eth0, eth1 = pool.pif(0, "eth0"), pool.pif(0, "eth1")
    with pytest.raises(ApiError) as exc:
        net.set_management_interface(pool.store, h1, eth1)
    assert code(exc) == ["PIF_HAS_NO_NETWORK_CONFIGURATION", eth1]
    net.reconfigure_ip(pool.store, eth1, "Static", "192.0.2.50", "255.255.255.0", "192.0.2.1", "192.0.2.1")
    net.set_management_interface(pool.store, h1, eth1)
    assert net.management_pif(pool.store, h1) == eth1
    assert not pool.get("PIF", eth0)["management"] and pool.get("PIF", eth0)["IP"]


# -- tunnels, system network --------------------------------------------------------------------

def test_cross_host_private_network(pool: Pool) -> None:
    transports = [pool.pif(0, "eth0"), pool.pif(1, "eth0")]
    network = net.create_cross_host_private_network(pool.store, "lab", transports)
    access = pool.get("network", network)["PIFs"]
    assert len(access) == 2 and all(pool.get("PIF", p)["device"] == "tunnel0" for p in access)
    for host in pool.hosts:
        assert net.network_reachable(pool.store, network, host)
    tunnel = pool.get("PIF", access[0])["tunnel_access_PIF_of"][0]
    assert pool.get("tunnel", tunnel)["status"]["active"] == "true"
    with pytest.raises(ApiError) as exc:
        net.create_tunnel(pool.store, pool.pif(0, "eth1"), net.create_network(pool.store, "x"))
    assert code(exc) == ["TRANSPORT_PIF_NOT_CONFIGURED", pool.pif(0, "eth1")]
    with pytest.raises(ApiError) as exc:
        net.destroy_network(pool.store, network)
    assert code(exc)[0] == "NETWORK_CONTAINS_PIF"
    net.destroy_tunnel(pool.store, tunnel)
    assert len(pool.get("network", network)["PIFs"]) == 1


def test_system_network_cannot_be_destroyed(pool: Pool) -> None:
    system = net.host_internal_management_network(pool.store)
    assert net.host_internal_management_network(pool.store) == system
    assert pool.get("network", system)["bridge"] == "xenapi"
    with pytest.raises(ApiError) as exc:
        net.destroy_network(pool.store, system)
    assert code(exc) == ["CANNOT_DESTROY_SYSTEM_NETWORK", system]


# -- VIFs ---------------------------------------------------------------------------------------

def test_vif_devices_and_macs(pool: Pool) -> None:
    vif = net.create_vif(pool.store, pool.vm, pool.eth1)
    record = pool.get("VIF", vif)
    assert record["device"] == "1" and record["MAC_autogenerated"] and net.is_valid_mac(record["MAC"])
    assert record["allowed_operations"] == ["attach"] and pool.store.find("VIF_metrics", record["metrics"])
    for device in ("2", "3", "4", "5", "6"):
        net.create_vif(pool.store, pool.vm, pool.eth1, device, mac="02:00:00:00:00:0" + device)
    with pytest.raises(ApiError) as exc:
        net.create_vif(pool.store, pool.vm, pool.eth1)
    assert code(exc) == ["INVALID_DEVICE", "7"]
    with pytest.raises(ApiError) as exc:
        net.create_vif(pool.store, pool.vm, pool.eth1, "3")
    assert code(exc) == ["DEVICE_ALREADY_EXISTS", "3"]
    with pytest.raises(ApiError) as exc:
        net.vif_mac(pool.store, pool.vm, "0", "nonsense")
    assert code(exc) == ["MAC_INVALID", "nonsense"]


def test_vif_mac_seed(pool: Pool) -> None:
    pool.store.update("VM", pool.vm, {"other_config": {"mac_seed": "abc"}})
    vif = net.create_vif(pool.store, pool.vm, pool.eth1, "2")
    assert pool.get("VIF", vif)["MAC"] == net.mac_from_seed(2, "abc")


def test_vif_operations_follow_the_vm(pool: Pool) -> None:
    vif = pool.get("VM", pool.vm)["VIFs"][0]
    error = net.vif_error(pool.store, vif, "plug")
    assert error is not None and error.description == ["VM_BAD_POWER_STATE", pool.vm, "running", "halted"]
    pool.store.update("VM", pool.vm, {"power_state": "Running", "resident_on": pool.hosts[0]})
    pool.store.update("VIF", vif, {"currently_attached": True})
    net.refresh_network(pool.store, "VM", pool.vm)
    assert pool.get("VIF", vif)["allowed_operations"] == ["attach", "unplug"]
    net.unplug_vif(pool.store, vif)
    assert pool.get("VIF", vif)["allowed_operations"] == ["attach", "plug"]
    vlan_net = pool.get("PIF", net.create_vlan(pool.store, pool.pif(1, "eth1"), 9)[1])["network"]  # host 2 only
    net.move_vif(pool.store, vif, vlan_net)  # detached: no check
    with pytest.raises(ApiError) as exc:
        net.plug_vif(pool.store, vif)
    assert code(exc) == ["HOST_CANNOT_ATTACH_NETWORK", pool.hosts[0], vlan_net]

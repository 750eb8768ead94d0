"""Bond messages through the Python SDK over HTTP (reference §2.2 Bond, §4): what moves to the bond
master (IP configuration, management, VLANs, the VIFs of running guests) and back, and the errors."""

from __future__ import annotations

from typing import Any

from netsim import failure, guests, hosts, new_network, pif, server_fixture, x_fixture  # noqa: F401

NULL = "OpaqueRef:NULL"


def test_bond_over_the_management_nic_and_back(x: Any) -> None:
    running = guests(x, power="Running", hvm=False)[0]
    host = x.VM.get_resident_on(running)
    eth0, eth1 = pif(x, host, "eth0"), pif(x, host, "eth1")
    management = x.PIF.get_network(eth0)
    assert x.host.get_management_interface(host) == eth0
    ip, mac = x.PIF.get_IP(eth0), x.PIF.get_MAC(eth0)
    vifs = [v for v in x.VM.get_VIFs(running) if x.VIF.get_network(v) == management]
    assert vifs, "the demo's running guests sit on the management network"
    vlan_net = new_network(x, "VLAN 500")
    x.VLAN.create(eth1, "500", vlan_net)
    bond_net = new_network(x, "Management bond")

    bond = x.Bond.create(bond_net, [eth0, eth1], "", "active-backup", {})
    record = x.Bond.get_record(bond)
    master = record["master"]
    assert sorted(record["slaves"]) == sorted([eth0, eth1]) and record["primary_slave"] == eth0
    assert record["mode"] == "active-backup" and record["links_up"] == "2"
    m = x.PIF.get_record(master)
    assert m["device"].startswith("bond") and m["bond_master_of"] == [bond] and m["network"] == bond_net
    assert m["management"] and m["currently_attached"] and m["IP"] == ip and m["MAC"] == mac
    assert x.host.get_management_interface(host) == master and master in x.host.get_PIFs(host)
    for slave in (eth0, eth1):
        s = x.PIF.get_record(slave)
        assert s["bond_slave_of"] == bond and not s["currently_attached"] and not s["management"]
        assert s["ip_configuration_mode"] == "None"
    vlans_before = len(m["VLAN_slave_of"])
    [moved] = [v for v in m["VLAN_slave_of"] if x.VLAN.get_tag(v) == "500"]  # the demo may have more
    assert x.PIF.get_VLAN_slave_of(eth1) == []
    assert x.PIF.get_network(x.VLAN.get_untagged_PIF(moved)) == vlan_net
    assert all(x.VIF.get_network(v) == bond_net for v in vifs)  # the running guest followed its NIC

    x.Bond.set_mode(bond, "lacp")
    assert x.Bond.get_properties(bond)["hashing_algorithm"] == "tcpudp_ports"
    x.Bond.set_property(bond, "hashing_algorithm", "src_mac")
    assert failure(x.Bond.set_property, bond, "lacp-time", "sometimes")[0] == "INVALID_VALUE"
    x.Bond.set_mode(bond, "balance-slb")
    assert x.Bond.get_mode(bond) == "balance-slb"

    x.Bond.destroy(bond)
    assert bond not in x.Bond.get_all() and master not in x.PIF.get_all()
    assert x.host.get_management_interface(host) == eth0 and x.PIF.get_IP(eth0) == ip
    assert x.PIF.get_bond_slave_of(eth0) == NULL and x.PIF.get_currently_attached(eth1)
    assert all(x.VIF.get_network(v) == management for v in vifs)
    # As in xapi, the VLANs go down to the primary slave (here eth0), whichever member had them.
    assert len(x.PIF.get_VLAN_slave_of(eth0)) == vlans_before and x.PIF.get_VLAN_slave_of(eth1) == []
    [back] = [v for v in x.PIF.get_VLAN_slave_of(eth0) if x.VLAN.get_tag(v) == "500"]
    assert x.PIF.get_network(x.VLAN.get_untagged_PIF(back)) == vlan_net
    x.VLAN.destroy(back)
    x.network.destroy(bond_net)


def test_bond_errors(x: Any) -> None:
    h1, h2 = hosts(x)[:2]
    net = new_network(x, "bond errors")
    a, b = pif(x, h1, "eth0"), pif(x, h1, "eth1")
    assert failure(x.Bond.create, net, [b], "", "balance-slb", {}) == ["PIF_BOND_NEEDS_MORE_MEMBERS"]
    assert failure(x.Bond.create, net, [b, b], "", "balance-slb", {}) == ["PIF_BOND_NEEDS_MORE_MEMBERS"]
    assert failure(x.Bond.create, net, [b, pif(x, h2, "eth1")], "", "lacp", {}) == ["PIF_CANNOT_BOND_CROSS_HOST"]
    assert failure(x.Bond.create, net, [a, b], "nope", "balance-slb", {}) == ["MAC_INVALID", "nope"]
    assert failure(x.Bond.create, net, [a, b], "", "round-robin", {}) == ["FIELD_TYPE_ERROR", "mode"]
    assert failure(x.Bond.create, x.PIF.get_network(a), [a, b], "", "lacp", {}) == [
        "NETWORK_ALREADY_CONNECTED", h1, a]
    assert failure(x.Bond.create, net, [a, b], "", "lacp", {"lacp-time": "never"})[0] == "INVALID_VALUE"
    x.PIF.reconfigure_ip(b, "Static", "198.51.100.9", "255.255.255.0", "", "")
    assert failure(x.Bond.create, net, [a, b], "", "balance-slb", {}) == ["PIF_BOND_MORE_THAN_ONE_IP"]
    x.PIF.reconfigure_ip(b, "None", "", "", "", "")
    bond = x.Bond.create(net, [pif(x, h2, "eth1"), pif(x, h2, "eth0")], "02:00:00:00:be:ef")  # the 3-argument form
    assert x.PIF.get_MAC(x.Bond.get_master(bond)) == "02:00:00:00:be:ef"
    assert x.Bond.get_primary_slave(bond) == pif(x, h2, "eth0")  # the management PIF leads
    assert failure(x.Bond.create, new_network(x, "n2"), [pif(x, h2, "eth1"), pif(x, h2, "eth0")], "") == [
        "PIF_ALREADY_BONDED", pif(x, h2, "eth1")]
    x.Bond.destroy(bond)

"""PIF and management-interface messages through the Python SDK over HTTP (reference §2.2 PIF, §4):
plug / unplug, reconfigure_ip, introduce / forget / scan within 16 NICs per host, management moves."""

from __future__ import annotations

from typing import Any

from netsim import failure, guests, hosts, new_network, pif, server_fixture, vif_record, x_fixture  # noqa: F401

NULL = "OpaqueRef:NULL"


def test_unplug_and_plug(x: Any) -> None:
    h1 = hosts(x)[0]
    mgmt = x.host.get_management_interface(h1)
    assert failure(x.PIF.unplug, mgmt) == ["PIF_IS_MANAGEMENT_INTERFACE", mgmt]
    eth1 = pif(x, h1, "eth1")
    x.PIF.unplug(eth1)
    assert x.PIF.get_currently_attached(eth1) is False
    x.PIF.plug(eth1)
    x.PIF.plug(eth1)  # plugging an attached PIF is harmless
    assert x.PIF.get_currently_attached(eth1) is True
    x.PIF.set_disallow_unplug(eth1, True)
    assert failure(x.PIF.unplug, eth1) == ["PIF_DOES_NOT_ALLOW_UNPLUG", eth1]
    x.PIF.set_disallow_unplug(eth1, False)


def test_unplug_refuses_a_network_in_use(x: Any) -> None:
    running = guests(x, power="Running", hvm=False)[0]
    host = x.VM.get_resident_on(running)
    net = new_network(x, "in use")
    vlan = x.VLAN.create(pif(x, host, "eth1"), "400", net)
    untagged = x.VLAN.get_untagged_PIF(vlan)
    vif = x.VIF.create(vif_record(running, net, "6"))
    x.VIF.plug(vif)
    assert failure(x.PIF.unplug, untagged) == ["VIF_IN_USE", net, vif]
    assert failure(x.VLAN.destroy, vlan) == ["VIF_IN_USE", net, vif]
    x.VIF.unplug(vif)
    x.VIF.destroy(vif)
    x.VLAN.destroy(vlan)


def test_bond_slaves_cannot_be_plugged(x: Any) -> None:
    slaves = [ref for ref, r in x.PIF.get_all_records().items() if r["bond_slave_of"] != NULL]
    if not slaves:
        h = hosts(x)[-1]
        x.Bond.create(new_network(x, "b"), [pif(x, h, "eth2"), pif(x, h, "eth3")], "", "active-backup", {})
        slaves = [ref for ref, r in x.PIF.get_all_records().items() if r["bond_slave_of"] != NULL]
    assert failure(x.PIF.plug, slaves[0]) == ["CANNOT_PLUG_BOND_SLAVE", slaves[0]]
    assert failure(x.PIF.forget, slaves[0]) == ["PIF_ALREADY_BONDED", slaves[0]]


def test_reconfigure_ip(x: Any) -> None:
    h2 = hosts(x)[1]
    eth1 = pif(x, h2, "eth1")
    x.PIF.reconfigure_ip(eth1, "Static", "198.51.100.7", "255.255.255.0", "198.51.100.1", "198.51.100.53")
    record = x.PIF.get_record(eth1)
    assert (record["ip_configuration_mode"], record["IP"], record["netmask"], record["gateway"], record["DNS"]) == (
        "Static", "198.51.100.7", "255.255.255.0", "198.51.100.1", "198.51.100.53")
    assert failure(x.PIF.reconfigure_ip, eth1, "Static", "", "255.255.255.0", "", "") == [
        "INVALID_IP_ADDRESS_SPECIFIED", "IP"]
    assert failure(x.PIF.reconfigure_ip, eth1, "Static", "10.0.0.1", "255.255.255.0", "10.0.0.300", "") == [
        "INVALID_IP_ADDRESS_SPECIFIED", "gateway"]
    assert failure(x.PIF.reconfigure_ip, eth1, "Bogus", "", "", "", "") == ["FIELD_TYPE_ERROR", "mode"]
    x.PIF.reconfigure_ip(eth1, "DHCP", "", "", "", "")
    record = x.PIF.get_record(eth1)
    assert record["ip_configuration_mode"] == "DHCP" and record["IP"] and record["netmask"]
    mgmt = x.host.get_management_interface(h2)
    assert failure(x.PIF.reconfigure_ip, mgmt, "None", "", "", "", "") == ["PIF_IS_MANAGEMENT_INTERFACE", mgmt]
    x.PIF.reconfigure_ip(eth1, "None", "", "", "", "")
    assert x.PIF.get_ip_configuration_mode(eth1) == "None"


def test_management_reconfigure(x: Any) -> None:
    h1 = hosts(x)[0]
    old = x.host.get_management_interface(h1)
    assert x.PIF.get_management(old) and x.PIF.get_device(old) == "eth0"
    eth1 = pif(x, h1, "eth1")
    assert failure(x.host.management_reconfigure, eth1) == ["PIF_HAS_NO_NETWORK_CONFIGURATION", eth1]
    x.PIF.reconfigure_ip(eth1, "Static", "198.51.100.20", "255.255.255.0", "", "")
    x.host.management_reconfigure(eth1)
    assert x.host.get_management_interface(h1) == eth1
    assert x.PIF.get_management(eth1) and not x.PIF.get_management(old)
    assert x.PIF.get_IP(old) and x.PIF.get_currently_attached(old)  # the old one keeps its address
    x.host.management_reconfigure(old)
    assert x.host.get_management_interface(h1) == old and not x.PIF.get_management(eth1)
    x.PIF.reconfigure_ip(eth1, "None", "", "", "", "")


def test_pool_management_reconfigure(x: Any) -> None:
    lonely = new_network(x, "one host only")
    vlan = x.VLAN.create(pif(x, hosts(x)[0], "eth1"), "410", lonely)
    assert failure(x.pool.management_reconfigure, lonely) == ["PIF_NOT_PRESENT", hosts(x)[1], lonely]
    x.VLAN.destroy(vlan)
    management = x.PIF.get_network(x.host.get_management_interface(hosts(x)[0]))
    x.pool.management_reconfigure(management)  # already there: nothing moves
    assert all(x.PIF.get_network(x.host.get_management_interface(h)) == management for h in hosts(x))


def test_sixteen_nics_introduce_forget_scan(x: Any) -> None:
    h3 = hosts(x)[-1]
    physical = [ref for ref, r in x.PIF.get_all_records().items() if r["host"] == h3 and r["physical"]]
    first_new = len(physical)
    added = [x.PIF.introduce(h3, "", f"eth{n}") for n in range(first_new, 16)]
    for n, ref in enumerate(added, start=first_new):
        record = x.PIF.get_record(ref)
        assert record["device"] == f"eth{n}" and record["physical"] and record["host"] == h3
        assert x.network.get_bridge(record["network"]) == f"xenbr{n}" and ref in x.host.get_PIFs(h3)
    assert failure(x.PIF.introduce, h3, "", "eth16") == [
        "VALUE_NOT_SUPPORTED", "device", "eth16", "a host has at most 16 physical NICs"]
    assert failure(x.PIF.introduce, h3, "", "eth5") == ["DUPLICATE_PIF_DEVICE_NAME", "eth5"]
    assert failure(x.PIF.introduce, h3, "not-a-mac", "eth20") == ["MAC_INVALID", "not-a-mac"]
    last = added[-1]
    mac, network = x.PIF.get_MAC(last), x.PIF.get_network(last)
    x.PIF.forget(last)
    assert last not in x.PIF.get_all() and last not in x.network.get_PIFs(network)
    x.PIF.scan(h3)
    [back] = [ref for ref, r in x.PIF.get_all_records().items() if r["host"] == h3 and r["device"] == "eth15"]
    assert x.PIF.get_MAC(back) == mac and x.PIF.get_network(back) == network
    mgmt = x.host.get_management_interface(h3)
    assert failure(x.PIF.forget, mgmt) == ["PIF_IS_MANAGEMENT_INTERFACE", mgmt]
    for ref in [*added[:-1], back]:
        x.PIF.forget(ref)

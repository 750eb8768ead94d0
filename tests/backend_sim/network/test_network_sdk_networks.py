"""network, VLAN, pool.create_VLAN and tunnel messages through the Python SDK over HTTP (reference
§2.2 network / VLAN, §4 network errors): bridges, bound fields and xapi's errors."""

from __future__ import annotations

from typing import Any

from netsim import failure, guests, hosts, new_network, pif, server_fixture, vif_record, x_fixture  # noqa: F401


def test_network_create_assigns_a_free_xapi_bridge(x: Any) -> None:
    used = {r["bridge"] for r in x.network.get_all_records().values()}
    net = new_network(x, "lab A")
    record = x.network.get_record(net)
    assert record["bridge"].startswith("xapi") and record["bridge"] not in used
    assert record["PIFs"] == [] and record["VIFs"] == [] and record["MTU"] == "1500" and record["managed"]
    other = new_network(x, "lab B")
    assert x.network.get_bridge(other) != record["bridge"]
    x.network.destroy(other)
    x.network.destroy(net)
    assert net not in x.network.get_all()


def test_network_create_checks_the_bridge(x: Any) -> None:
    assert failure(new_network, x, "bad", bridge="xenbr7") == ["INVALID_VALUE", "bridge", "xenbr7"]
    assert failure(new_network, x, "bad", bridge="b" * 16) == ["INVALID_VALUE", "bridge", "b" * 16]
    mine = new_network(x, "mine", bridge="br-lab")
    assert failure(new_network, x, "again", bridge="br-lab") == ["BRIDGE_NAME_EXISTS", "br-lab"]
    assert failure(x.network.create, {"name_label": "no other_config"}) == ["FIELD_TYPE_ERROR", "other_config"]
    x.network.destroy(mine)


def test_network_destroy_refuses_pifs_and_attached_vifs(x: Any) -> None:
    h1 = hosts(x)[0]
    eth0 = x.PIF.get_network(pif(x, h1, "eth0"))
    pifs = x.network.get_PIFs(eth0)
    assert failure(x.network.destroy, eth0)[0] == "NETWORK_CONTAINS_VIF"
    running = guests(x, power="Running", hvm=False)[0]
    net = new_network(x, "for a running VM")
    vif = x.VIF.create(vif_record(running, net, "5"))
    x.VIF.plug(vif)
    assert failure(x.network.destroy, net) == ["NETWORK_CONTAINS_VIF", vif]
    x.VIF.unplug(vif)
    x.network.destroy(net)  # an unattached VIF goes with its network, as in xapi
    assert vif not in x.VIF.get_all() and vif not in x.VM.get_VIFs(running)
    empty = new_network(x, "with a PIF")
    vlan = x.VLAN.create(pif(x, h1, "eth1"), 333, empty)
    assert failure(x.network.destroy, empty) == ["NETWORK_CONTAINS_PIF", x.VLAN.get_untagged_PIF(vlan)]
    x.VLAN.destroy(vlan)
    x.network.destroy(empty)
    assert sorted(x.network.get_PIFs(eth0)) == sorted(pifs)


def test_vlan_create_and_destroy_keep_bound_fields(x: Any) -> None:
    h1 = hosts(x)[0]
    base = pif(x, h1, "eth1")
    net = new_network(x, "VLAN 200")
    vlan = x.VLAN.create(base, "200", net)
    record = x.VLAN.get_record(vlan)
    untagged = record["untagged_PIF"]
    assert record["tagged_PIF"] == base and record["tag"] == "200"
    pif_record = x.PIF.get_record(untagged)
    assert pif_record["VLAN"] == "200" and pif_record["VLAN_master_of"] == vlan and pif_record["device"] == "eth1"
    assert pif_record["network"] == net and pif_record["host"] == h1 and not pif_record["physical"]
    assert pif_record["currently_attached"] and pif_record["MAC"] == x.PIF.get_MAC(base)
    assert vlan in x.PIF.get_VLAN_slave_of(base)
    assert x.network.get_PIFs(net) == [untagged] and untagged in x.host.get_PIFs(h1)
    x.VLAN.destroy(vlan)
    assert vlan not in x.PIF.get_VLAN_slave_of(base) and x.network.get_PIFs(net) == []
    assert untagged not in x.PIF.get_all() and untagged not in x.host.get_PIFs(h1)
    x.network.destroy(net)


def test_vlan_errors(x: Any) -> None:
    h1 = hosts(x)[0]
    base = pif(x, h1, "eth1")
    net, other = new_network(x, "v1"), new_network(x, "v2")
    for tag in (-1, 4095, 10000):
        assert failure(x.VLAN.create, base, str(tag), net) == ["VLAN_TAG_INVALID", str(tag)]
    vlan = x.VLAN.create(base, "201", net)
    untagged = x.VLAN.get_untagged_PIF(vlan)
    assert failure(x.VLAN.create, base, "201", other) == ["PIF_VLAN_EXISTS", "eth1"]
    assert failure(x.VLAN.create, untagged, "202", other) == ["PIF_IS_VLAN", untagged]
    assert failure(x.VLAN.create, pif(x, h1, "eth0"), "203", net) == ["NETWORK_ALREADY_CONNECTED", h1, untagged]
    assert failure(x.VLAN.create, "OpaqueRef:nope", "1", net) == ["HANDLE_INVALID", "PIF", "OpaqueRef:nope"]
    x.VLAN.destroy(vlan)
    for ref in (net, other):
        x.network.destroy(ref)


def test_pool_create_vlan_spans_every_host(x: Any) -> None:
    net = new_network(x, "pool VLAN 300")
    pifs = x.pool.create_VLAN("eth1", net, "300")
    assert len(pifs) == len(hosts(x))
    assert {x.PIF.get_host(p) for p in pifs} == set(hosts(x))
    assert sorted(x.network.get_PIFs(net)) == sorted(pifs)
    assert all(x.PIF.get_VLAN(p) == "300" for p in pifs)
    assert failure(x.pool.create_VLAN, "eth1", new_network(x, "again"), "300") == ["PIF_VLAN_EXISTS", "eth1"]
    assert failure(x.pool.create_VLAN, "eth99", net, "301") == ["INVALID_VALUE", "device", "eth99"]
    for p in pifs:
        x.PIF.destroy(p)  # the deprecated way: through the VLAN
    assert x.network.get_PIFs(net) == []
    from_pif = x.pool.create_VLAN_from_PIF(pif(x, hosts(x)[0], "eth1"), net, "302")
    assert len(from_pif) == len(hosts(x)) and all(x.PIF.get_VLAN(p) == "302" for p in from_pif)


def test_deprecated_pif_vlan_messages(x: Any) -> None:
    h2 = hosts(x)[1]
    net = new_network(x, "old style")
    untagged = x.PIF.create_VLAN("eth1", net, h2, "310")
    assert x.PIF.get_VLAN(untagged) == "310" and x.PIF.get_network(untagged) == net
    physical = pif(x, h2, "eth1")
    assert failure(x.PIF.destroy, physical) == ["PIF_IS_PHYSICAL", physical]
    x.PIF.destroy(untagged)
    assert untagged not in x.PIF.get_all()


def test_cross_host_private_network_with_tunnels(x: Any) -> None:
    net = new_network(x, "cross-host private")
    transports = [pif(x, h, "eth0") for h in hosts(x)]
    tunnels = [x.tunnel.create(t, net, "gre") for t in transports]
    access = [x.tunnel.get_access_PIF(t) for t in tunnels]
    assert sorted(x.network.get_PIFs(net)) == sorted(access)
    for t, a, transport in zip(tunnels, access, transports, strict=True):
        record = x.PIF.get_record(a)
        assert record["device"].startswith("tunnel") and record["currently_attached"]
        assert record["tunnel_access_PIF_of"] == [t] and t in x.PIF.get_tunnel_transport_PIF_of(transport)
        assert x.tunnel.get_status(t)["active"] == "true"
    assert failure(x.tunnel.create, transports[0], net) == ["NETWORK_ALREADY_CONNECTED", hosts(x)[0], access[0]]
    unconfigured = pif(x, hosts(x)[0], "eth1")
    assert failure(x.tunnel.create, unconfigured, new_network(x, "t2")) == ["TRANSPORT_PIF_NOT_CONFIGURED",
                                                                             unconfigured]
    for t in tunnels:
        x.tunnel.destroy(t)
    assert x.network.get_PIFs(net) == [] and not any(a in x.PIF.get_all() for a in access)
    x.network.destroy(net)

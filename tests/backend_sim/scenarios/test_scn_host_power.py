"""Scenario: a host shut down is started again by the remote method set in `power_on_mode` (xapi's
host.set_power_on_mode and host.power_on): Wake-on-LAN from a live member, a DRAC with its password in a secret,
and none at all, which the power-on plugin refuses."""

from __future__ import annotations

from scnsim import lab


def test_power_on_follows_the_hosts_power_on_mode() -> None:
    with lab() as (_server, pool):
        x = pool.x
        host3 = pool.host("xcp-host3")
        assert x.host.get_power_on_mode(host3) == "wake-on-lan", "the demo's servers wake on LAN"
        pool.run("VM.hard_shutdown", pool.vm("router"))
        x.host.disable(host3)
        pool.run("host.shutdown", host3)
        assert x.host_metrics.get_live(x.host.get_metrics(host3)) is False

        x.host.set_power_on_mode(host3, "", {})
        failure = pool.fails("host.power_on", host3)
        assert failure[0] == "XENAPI_PLUGIN_FAILURE" and "disabled" in failure[3]

        x.host.set_power_on_mode(host3, "DRAC", {"power_on_ip": "192.0.2.13", "power_on_user": "root",
                                                 "power_on_password_secret": "no-such-secret"})
        assert "secret" in pool.fails("host.power_on", host3)[3]
        secret = x.secret.create({"value": "calvin", "other_config": {}})
        config = {"power_on_ip": "192.0.2.13", "power_on_user": "root",
                  "power_on_password_secret": x.secret.get_uuid(secret)}
        x.host.set_power_on_mode(host3, "DRAC", config)
        assert x.host.get_power_on_config(host3) == config
        pool.run("host.power_on", host3)
        assert x.host_metrics.get_live(x.host.get_metrics(host3)) is True
        assert pool.fails("host.power_on", host3) == ["HOST_IS_LIVE", host3]

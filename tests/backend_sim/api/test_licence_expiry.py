"""Licence expiry on the stepped clock: a XenServer Free licence warns 30 days before it ends
(LICENSE_EXPIRES_SOON) and again when it has ended (LICENSE_EXPIRED), once per expiry date; the open platforms
never expire; the `sim` plugin's licence_expiry moves the date so a class need not wait a year."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import XenAPI

SDK_TESTS = Path(__file__).resolve().parents[1]
if str(SDK_TESTS) not in sys.path:
    sys.path.insert(0, str(SDK_TESTS))
from sdk_support import clock_step, logged_in, pool_master, sim_fixture  # noqa: E402

server_fixture = sim_fixture("--scenario", "demo", "--manual-clock")
DAY = 86400


def licence_alerts(api: Any) -> list[tuple[str, str]]:
    return sorted((m["name"], m["body"]) for m in api.message.get_all_records().values()
                  if m["name"].startswith("LICENSE_"))


def test_a_free_licence_warns_then_expires(server: Any) -> None:
    with logged_in(server) as session:
        api = session.xenapi
        assert licence_alerts(api) == [], "XCP-ng never expires"
        api.pool.apply_edition(api.pool.get_all()[0], "free")
        master = pool_master(api)
        assert api.host.get_license_params(master)["expiry"] < "2999"
        clock_step(api, DAY)
        assert licence_alerts(api) == [], "a year is left"
        stamp = api.host.call_plugin(master, "sim", "licence_expiry", {"days": "10"})
        clock_step(api, DAY)
        soon = licence_alerts(api)
        assert {name for name, _ in soon} == {"LICENSE_EXPIRES_SOON"} and len(soon) == 3, "one per server"
        assert any("xcp-host1" in body and stamp[:4] in body for _, body in soon)
        clock_step(api, DAY)
        assert len(licence_alerts(api)) == 3, "once per expiry date"
        clock_step(api, 10 * DAY)
        names = [name for name, _ in licence_alerts(api)]
        assert names.count("LICENSE_EXPIRED") == 3 and names.count("LICENSE_EXPIRES_SOON") == 3
        try:
            api.host.call_plugin(master, "sim", "licence_expiry", {"days": "x"})
        except XenAPI.Failure as failure:
            assert failure.details[0] == "XENAPI_PLUGIN_FAILURE"
        else:
            raise AssertionError("a bad number of days must be refused")

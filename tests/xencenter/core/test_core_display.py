"""What the views show of a message's level, a guest's OS, a host's boot time and an instant (core functions)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from backend_sim.dbfile import LoadReport
from backend_sim.dbfile.reader import convert, read_dump
from xencenter.core.alert_level import AlertLevel, message_level, priority_level
from xencenter.core.cache import ObjectCache
from xencenter.core.guest_os import guest_os_name
from xencenter.core.objects import Host
from xencenter.core.timetext import local_time_text, parse_epoch, parse_xapi_time
from xencenter.core.uptime import host_boot_time, seconds_since

DUMPS = ("TampaTwoHostPoolSelectioniSCSI.xml", "state.db", "state1.xml", "tampa-db_inc_snapshots.xml",
         "single-host-krakout.xml", "boston-db.xml")


def test_priorities_map_to_xencenters_three_levels() -> None:
    levels = {priority: priority_level(priority) for priority in (1, 2, 3, 4, 5)}
    assert levels == {1: AlertLevel.CRITICAL, 2: AlertLevel.CRITICAL, 3: AlertLevel.WARNING,
                      4: AlertLevel.INFORMATION, 5: AlertLevel.INFORMATION}
    assert message_level({"priority": "2"}) is AlertLevel.CRITICAL  # XML-RPC sends decimal strings
    assert message_level({}) is AlertLevel.INFORMATION and priority_level("garbage") is AlertLevel.INFORMATION
    assert [level.text() for level in AlertLevel] == ["Critical", "Warning", "Information"]
    assert [level.icon_key for level in AlertLevel] == ["alert-critical", "alert-warning", "alert-information"]
    assert sorted(AlertLevel, key=lambda level: -level.rank)[0] is AlertLevel.INFORMATION


@pytest.mark.parametrize(("os_version", "shown"), [
    ({"name": "Windows Server 2022|C:\\Windows|\\Device\\Harddisk0\\Partition2", "distro": "windows"},
     "Windows Server 2022"),
    ({"name": "Microsoft Windows 7 Ultimate |C:\\Windows|\\Device\\Harddisk0\\Partition1"},
     "Microsoft Windows 7 Ultimate"),
    ({"name": "Debian GNU/Linux 12 (bookworm)", "distro": "debian", "major": "12", "minor": "5"},
     "Debian GNU/Linux 12 (bookworm)"),
    ({"name": "CentOS release 5.7 (Final)", "uname": "2.6.18-274.7.1.el5xen"}, "CentOS release 5.7 (Final)"),
    ({"distro": "ubuntu", "major": "24", "minor": "04"}, "Ubuntu 24.04"),
    ({"distro": "rhel", "major": "9"}, "Red Hat Enterprise Linux 9"),
    ({"distro": "windows", "major": "10", "minor": "0"}, "Windows"),
    ({"distro": "nixos", "major": "24"}, "Nixos 24"),
    ({"name": "|C:\\Windows|", "distro": "debian"}, "Debian"),
    ({}, None), ({"uname": "6.1.0"}, None), ("not a map", None), (None, None),
])
def test_guest_os_name_is_the_distribution_line(os_version: Any, shown: str | None) -> None:
    assert guest_os_name(os_version) == shown


@pytest.fixture(name="dump_records")
def dump_records_fixture(shared_dir: Path) -> list[tuple[str, dict[str, dict[str, dict[str, Any]]]]]:
    """The records of a few real dumps (tests only: ../shared is never read at run time)."""
    loaded = []
    for name in DUMPS:
        path = shared_dir / "xapi-db" / name
        if not path.is_file():
            pytest.skip(f"{path} is absent")
        loaded.append((name, convert(read_dump(path), LoadReport(str(path))).records))
    return loaded


def test_real_guest_agents_reports_read_as_names(dump_records: Any) -> None:
    seen = []
    for _name, records in dump_records:
        for metrics in records.get("VM_guest_metrics", {}).values():
            shown = guest_os_name(metrics.get("os_version"))
            if metrics.get("os_version"):
                assert shown and "|" not in shown and "\\" not in shown, metrics["os_version"]
                seen.append(shown)
    assert "Microsoft Windows 7 Ultimate" in seen and "Debian 4.0" in seen
    assert "Microsoft Windows Server 2003 Enterprise x64 Edition" in seen


def cache_of(records: dict[str, dict[str, dict[str, Any]]]) -> ObjectCache:
    cache = ObjectCache()
    cache.replace_all({"class": cls.lower(), "operation": "add", "ref": ref, "snapshot": record}
                      for cls, by_ref in records.items() for ref, record in by_ref.items())
    return cache


def test_real_hosts_boot_time_comes_from_other_config(dump_records: Any) -> None:
    for name, records in dump_records:
        cache = cache_of(records)
        for ref, record in cache.items("host"):
            boot = host_boot_time(Host(ref, record, cache))
            raw = record["other_config"]["boot_time"]  # "1306414984." in boston-db.xml
            assert boot is not None and boot.timestamp() == float(raw), name


def host_cache(other_config: dict[str, str], start_time: Any = None, by_field: bool = True) -> tuple[Host, Any]:
    cache = cache_of({
        "host": {"OpaqueRef:h": {"name_label": "h", "other_config": other_config,
                                 "control_domain": "OpaqueRef:dom0" if by_field else "OpaqueRef:NULL",
                                 "resident_VMs": ["OpaqueRef:vm", "OpaqueRef:dom0"]}},
        "VM": {"OpaqueRef:dom0": {"is_control_domain": True, "metrics": "OpaqueRef:m0"},
               "OpaqueRef:vm": {"is_control_domain": False, "metrics": "OpaqueRef:m1"}},
        "VM_metrics": {"OpaqueRef:m0": {"start_time": start_time},
                       "OpaqueRef:m1": {"start_time": "20250101T00:00:00Z"}},
    })
    return Host("OpaqueRef:h", cache.get("host", "OpaqueRef:h") or {}, cache), cache


def test_host_boot_time_falls_back_to_the_control_domains_start() -> None:
    host, _ = host_cache({"boot_time": "1764745212."}, "20260101T00:00:00Z")
    assert host_boot_time(host) == datetime(2025, 12, 3, 7, 0, 12, tzinfo=UTC)  # boot_time wins
    for by_field in (True, False):  # host.control_domain, or the control domain among resident VMs (old xapi)
        host, _ = host_cache({}, "20260101T00:00:00Z", by_field)
        assert host_boot_time(host) == datetime(2026, 1, 1, tzinfo=UTC)
    host, _ = host_cache({"boot_time": "garbage"}, "19700101T00:00:00Z")  # xapi's "never"
    assert host_boot_time(host) is None
    assert parse_epoch("nan") is None and parse_epoch("-5") is None and parse_epoch("1e300") is None
    assert seconds_since(datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 1, 2, tzinfo=UTC)) == 86400
    assert seconds_since(datetime(2026, 1, 2, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC)) == 0


@pytest.fixture
def german() -> Iterator[QLocale]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield QLocale()
    QLocale.setDefault(previous)


def test_times_read_in_the_users_locale_and_zone(german: QLocale) -> None:
    stamp = parse_xapi_time("20261203T06:00:12Z")
    assert stamp == datetime(2026, 12, 3, 6, 0, 12, tzinfo=UTC)
    text = local_time_text(stamp)
    local = stamp.astimezone()  # the machine's zone
    assert text.startswith(f"{local.day:02d}.{local.month:02d}.")  # German: day first, dots
    assert f"{local.hour:02d}:{local.minute:02d}" in text
    assert "T" not in text and "Z" not in text
    assert local_time_text(None, "Unknown") == "Unknown"
    assert parse_xapi_time("2026-12-03T07:00:12+01:00") == stamp and parse_xapi_time("garbage") is None

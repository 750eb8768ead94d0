"""Loading the hand-written dump: every quirk of real dumps, checked value by value."""

from __future__ import annotations

from pathlib import Path

import pytest

from backend_sim.dbfile import LoadReport, load_db
from backend_sim.store.store import Store
from backend_sim.wire.values import NULL_REF, DateTime

from dbfile_support import write_fixture_dump


@pytest.fixture
def fixture_dump(tmp_path: Path) -> Path:
    return write_fixture_dump(tmp_path)


@pytest.fixture
def loaded(fixture_dump: Path) -> tuple[Store, LoadReport]:
    store = Store(seed=1)
    return store, load_db(fixture_dump, store)


def test_report_counts(loaded: tuple[Store, LoadReport]) -> None:
    store, report = loaded
    assert report.schema == (5, 57)
    assert report.manifest["generation_count"] == "42"
    assert report.rows["VM"] == 5 and report.rows["VBD"] == 3 and report.rows["secret"] == 1
    assert report.rows["host_metrics"] == 1  # the placeholder
    assert all(len(store.tables[cls]) == count for cls, count in report.rows.items())
    assert report.dropped_rows == {"session": 1, "task": 1, "message": 1}
    assert report.unknown_tables == {"frobnitz": 1}
    assert set(report.unknown_columns) == {
        ("pool", "wlb_password"), ("host", "boot_free_mem"), ("VM", "unknown_column"),
        ("SR", "default_vdi_visibility"), ("VBD", "reserved"), ("PIF", "device_name"), ("console", "port"),
    }
    assert report.bad_rows == 3  # rows without a ref, with a duplicate ref, with the null ref
    assert report.bad_values == {("VM", "user_version"): 1}
    assert report.repaired_values == {("VM", "allowed_operations"): 1, ("host", "license_params"): 1}
    assert "domain_type" in report.defaulted_fields["VM"]
    assert "uuid" not in report.defaulted_fields["VM"]
    assert report.placeholders == {"host_metrics": 1}
    assert "frobnitz 1" in report.summary()


def test_runtime_rows_are_dropped(loaded: tuple[Store, LoadReport]) -> None:
    store, _ = loaded
    assert not store.tables["session"] and not store.tables["task"] and not store.tables["message"]
    assert store.tables["role"]  # RBAC roles are built, as xapi does at start-up


def test_names_and_escapes(loaded: tuple[Store, LoadReport]) -> None:
    store, _ = loaded
    pool = store.get("pool", "OpaqueRef:pool")
    assert pool["name_label"] == "Test  pool  x"  # %_ is two spaces, %. one
    assert pool["other_config"] == {"folder": "/a b", 'quote"d': "v"}  # double-quoted S-expression
    assert pool["ha_enabled"] is True
    guest = store.get("VM", "OpaqueRef:guest")
    assert guest["name_label"] == "Guest"  # namespaced column name__label
    assert guest["name_description"] == "line1\nline2\ttab 100%"
    assert guest["other_config"] == {"user": "XENDT\\user1"}
    assert guest["tags"] == ["double", "quoted"]
    host = store.get("host", "OpaqueRef:host-1")
    assert host["cpu_info"]["modelname"] == "Intel(R) Xeon(R) CPU     X3450  @ 2.67GHz"
    assert host["API_version_major"] == 1 and host["memory_overhead"] == 104857600


def test_typed_values(loaded: tuple[Store, LoadReport]) -> None:
    store, _ = loaded
    guest = store.get("VM", "OpaqueRef:guest")
    assert guest["memory_static_max"] == 17179869184 and type(guest["memory_static_max"]) is int
    assert guest["power_state"] == "Running"  # stored lower-case, served in the datamodel's spelling
    assert guest["actions_after_shutdown"] == "destroy"
    assert guest["user_version"] == 0  # unreadable: the field's default
    assert store.get("SR", "OpaqueRef:sr-1")["physical_utilisation"] == -1
    assert store.get("console", "OpaqueRef:console-1")["protocol"] == "rfb"
    assert store.get("VDI", "OpaqueRef:vdi-2")["type"] == "user"
    metrics = store.get("VM_metrics", "OpaqueRef:guest-metrics")
    assert metrics["VCPUs_utilisation"] == {0: 0.25, 1: 1.0}  # (int -> float) map
    assert metrics["VCPUs_flags"] == {0: ["online", "blocked"]}  # a set nested in a map
    assert metrics["start_time"] == "20090123T12:18:41Z"  # ISO with an offset, normalised to UTC
    assert isinstance(metrics["start_time"], DateTime)
    assert metrics["install_time"] == "20090123T12:18:41Z"
    assert metrics["last_updated"] == "19700101T00:00:00Z"


def test_truncated_values_are_closed(loaded: tuple[Store, LoadReport]) -> None:
    store, _ = loaded
    guest = store.get("VM", "OpaqueRef:guest")
    assert guest["current_operations"] == {}  # the task that ran it is gone
    host = store.get("host", "OpaqueRef:host-1")
    assert host["license_params"] == {"sku_type": "XE Enterprise", "expiry": "20100702T17:22:34Z", "grace": "no"}


def test_null_refs_and_dangling_refs(loaded: tuple[Store, LoadReport]) -> None:
    store, report = loaded
    guest = store.get("VM", "OpaqueRef:guest")
    assert guest["affinity"] == NULL_REF and guest["suspend_SR"] == NULL_REF and guest["parent"] == NULL_REF
    assert store.get("VBD", "OpaqueRef:vbd-2")["VDI"] == NULL_REF  # 'cd'
    assert store.get("VBD", "OpaqueRef:vbd-3")["VDI"] == NULL_REF  # ''
    # Dangling refs are kept as they are, and reported.
    assert store.get("VDI", "OpaqueRef:vdi-2")["SR"] == "OpaqueRef:sr-gone"
    assert store.get("pool", "OpaqueRef:pool")["default_SR"] == "OpaqueRef:sr-gone"
    assert report.dangling_refs == {("pool", "default_SR"): 1, ("VDI", "SR"): 1, ("VBD", "VM"): 1,
                                    ("VBD", "metrics"): 1}


def test_bound_fields_are_rebuilt(loaded: tuple[Store, LoadReport]) -> None:
    store, _ = loaded
    guest = store.get("VM", "OpaqueRef:guest")
    assert guest["VBDs"] == ["OpaqueRef:vbd-1", "OpaqueRef:vbd-2"]
    assert guest["VIFs"] == ["OpaqueRef:vif-1"] and guest["consoles"] == ["OpaqueRef:console-1"]
    host = store.get("host", "OpaqueRef:host-1")
    assert host["resident_VMs"] == ["OpaqueRef:dom0", "OpaqueRef:guest"]
    assert host["PBDs"] == ["OpaqueRef:pbd-1"] and host["PIFs"] == ["OpaqueRef:pif-1"]
    assert store.get("SR", "OpaqueRef:sr-1")["VDIs"] == ["OpaqueRef:vdi-1"]
    assert store.get("SR", "OpaqueRef:sr-1")["PBDs"] == ["OpaqueRef:pbd-1"]
    assert store.get("VDI", "OpaqueRef:vdi-1")["VBDs"] == ["OpaqueRef:vbd-1"]
    network = store.get("network", "OpaqueRef:net-1")
    assert network["VIFs"] == ["OpaqueRef:vif-1"] and network["PIFs"] == ["OpaqueRef:pif-1"]


def test_runtime_state_made_consistent(loaded: tuple[Store, LoadReport]) -> None:
    store, report = loaded
    assert store.get("VM", "OpaqueRef:guest")["power_state"] == "Running"  # its host exists: stays live
    orphan = store.get("VM", "OpaqueRef:orphan")
    assert (orphan["power_state"], orphan["resident_on"], orphan["domid"]) == ("Halted", NULL_REF, -1)
    stale = store.get("VM", "OpaqueRef:stale")
    assert stale["resident_on"] == NULL_REF and stale["scheduled_to_be_resident_on"] == NULL_REF
    assert store.get("VM", "OpaqueRef:template")["domain_type"] == "hvm"  # xapi's upgrade rule
    assert store.get("VM", "OpaqueRef:guest")["domain_type"] == "pv"
    assert report.fixes["VMs halted (host missing)"] == 1


def test_missing_host_metrics_get_a_live_placeholder(loaded: tuple[Store, LoadReport]) -> None:
    store, _ = loaded
    host = store.get("host", "OpaqueRef:host-1")
    assert host["metrics"] == "OpaqueRef:host-metrics-gone"  # the host's own ref is kept
    metrics = store.get("host_metrics", host["metrics"])
    assert metrics["live"] is True
    # boot_free_mem (2 GiB) + dom0 (512 MiB) + Xen's overhead (100 MiB)
    assert metrics["memory_total"] == 2147483648 + 536870912 + 104857600
    assert 0 < metrics["memory_free"] < metrics["memory_total"]


def test_loading_twice_gives_the_same_store(fixture_dump: Path) -> None:
    first, second = Store(seed=1), Store(seed=1)
    load_db(fixture_dump, first)
    load_db(fixture_dump, second)
    assert first.tables == second.tables


def test_needs_an_empty_store(fixture_dump: Path) -> None:
    store = Store(seed=1)
    load_db(fixture_dump, store)
    with pytest.raises(ValueError, match="empty store"):
        load_db(fixture_dump, store)

"""Every real dump in ../shared/xapi-db loads, matches the README's table, round-trips and serves its objects.

Skipped when ../shared (or a file) is absent.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from pathlib import Path

import defusedxml.ElementTree as SafeET
import pytest

from backend_sim.clock import SimClock
from backend_sim.datamodel import CLASSES, ENUMS
from backend_sim.dbfile import DbFileError, LoadReport, load_db, save_db
from backend_sim.dbfile.schema import ALL_RELATIONS, NOT_PERSISTED, class_for_table
from backend_sim.store.store import Store
from backend_sim.wire.values import NULL_REF
from backend_sim.xapi import Xapi, XapiConfig

from dbfile_support import conforms


@dataclass(frozen=True)
class Expected:
    """A row of the README's table: pool name (None: not stated), hosts, guests (running), templates,
    snapshots, SRs, VDIs."""

    pool: str | None
    hosts: tuple[str, ...]
    vms: int
    running: int
    templates: int
    snapshots: int
    srs: int
    vdis: int


DUMPS: dict[str, Expected] = {
    "TampaTwoHostPoolSelectioniSCSI.xml": Expected("Pool", ("dt16", "dt23"), 4, 4, 61, 0, 10, 12),
    "tampa-poolof16and23-xapi-db.xml": Expected("16And23", ("dt16", "dt23"), 4, 4, 61, 0, 8, 8),
    "tampa-db_inc_snapshots.xml": Expected("TampaPool", ("dt16", "dt23"), 2, 2, 61, 5, 8, 18),
    "tampa_livevdimove_xapi-db.xml": Expected("40", ("dt40",), 2, 2, 61, 0, 6, 8),
    "tampa_poolofone_40.xml": Expected("PoolOfOne", ("dt40",), 2, 2, 61, 0, 5, 5),
    "boston-db.xml": Expected("New Pool", ("incubus", "inflames"), 2, 2, 56, 0, 8, 10),
    "xapidb_app.xml": Expected("Boston Pool", ("dt17", "dt18"), 4, 2, 60, 0, 8, 51),
    "small_vms.xml": Expected("", ("dt40",), 2, 0, 57, 0, 4, 6),
    "state1.xml": Expected("Hottub", ("incubus", "inflames"), 4, 3, 51, 2, 11, 41),
    "state2.xml": Expected("Grimsby pool", ("chester", "grimsby"), 4, 4, 49, 0, 8, 14),
    "state4.xml": Expected(None, ("incubus", "inflames"), 5, 4, 50, 2, 11, 41),
    "state5.xml": Expected(None, ("grimsby",), 2, 1, 64, 0, 5, 14),
    "state.db": Expected(None, ("janitor",), 7, 2, 42, 0, 8, 52),
    "single-host-krakout.xml": Expected(None, ("krakout",), 1, 0, 53, 4, 4, 62),
    "updatesState.xml": Expected(None, ("krakout",), 2, 1, 63, 1, 6, 21),
}
LOAD_BUDGET = 1.0  # seconds per dump; they load in about 50 ms


def _path(shared_dir: Path, name: str) -> Path:
    path = shared_dir / "xapi-db" / name
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    return path


def _load(path: Path) -> tuple[Store, LoadReport]:
    store = Store(seed=1)
    return store, load_db(path, store)


def test_every_dump_is_covered(shared_dir: Path) -> None:
    folder = shared_dir / "xapi-db"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    dumps = {path.name for path in folder.iterdir() if path.suffix in (".xml", ".db")}
    assert dumps <= set(DUMPS), f"dumps without expectations: {sorted(dumps - set(DUMPS))}"


@pytest.mark.parametrize("name", sorted(DUMPS))
def test_loads_with_the_rows_of_the_file(shared_dir: Path, name: str) -> None:
    path = _path(shared_dir, name)
    started = time.perf_counter()
    store, report = _load(path)
    assert time.perf_counter() - started < LOAD_BUDGET
    assert not report.unknown_tables and not report.bad_values and report.bad_rows == 0
    # Rows per table, counted straight from the XML.
    for table in SafeET.parse(path).getroot().iter("table"):
        cls = class_for_table(table.get("name", ""))
        assert cls is not None, table.get("name")
        rows = len(table.findall("row"))
        if cls in NOT_PERSISTED:
            assert report.dropped_rows[cls] == rows
        elif cls != "host_metrics":  # placeholders may be added
            assert len(store.tables[cls]) == rows, cls


@pytest.mark.parametrize("name", sorted(DUMPS))
def test_matches_the_readme(shared_dir: Path, name: str) -> None:
    store, _ = _load(_path(shared_dir, name))
    expected = DUMPS[name]
    vms = list(store.tables["VM"].values())
    guests = [vm for vm in vms if not (vm["is_a_template"] or vm["is_a_snapshot"] or vm["is_control_domain"])]
    assert len(guests) == expected.vms
    assert sum(vm["power_state"] == "Running" for vm in guests) == expected.running
    assert sum(vm["is_a_template"] and not vm["is_a_snapshot"] for vm in vms) == expected.templates
    assert sum(vm["is_a_snapshot"] for vm in vms) == expected.snapshots
    assert len(store.tables["SR"]) == expected.srs and len(store.tables["VDI"]) == expected.vdis
    assert tuple(sorted(host["name_label"] for host in store.tables["host"].values())) == expected.hosts
    (pool,) = store.tables["pool"].values()
    if expected.pool is not None:
        assert pool["name_label"] == expected.pool


@pytest.mark.parametrize("name", sorted(DUMPS))
def test_values_have_their_types(shared_dir: Path, name: str) -> None:
    store, _ = _load(_path(shared_dir, name))
    for cls, rows in store.tables.items():
        fields = CLASSES[cls].fields
        for ref, row in rows.items():
            for field, value in row.items():
                assert conforms(value, fields[field].type), (cls, ref, field, value)
    for vm in store.tables["VM"].values():
        assert type(vm["memory_static_max"]) is int and vm["memory_static_max"] > 0
        assert vm["power_state"] in ENUMS["vm_power_state"]
        if vm["power_state"] in ("Running", "Paused"):
            assert vm["resident_on"] in store.tables["host"]
        else:
            assert vm["resident_on"] == NULL_REF
        assert not vm["current_operations"]


@pytest.mark.parametrize("name", sorted(DUMPS))
def test_bound_fields_match_the_pointer_side(shared_dir: Path, name: str) -> None:
    store, _ = _load(_path(shared_dir, name))
    for relation in ALL_RELATIONS:
        targets = store.tables[relation.target_cls]
        expected: dict[str, set[str]] = {ref: set() for ref in targets}
        for ref, row in store.tables[relation.cls].items():
            if row[relation.field] in targets:
                expected[row[relation.field]].add(ref)
        for ref, row in targets.items():
            value = row[relation.target_field]
            got = set(value) if isinstance(value, list) else {value} - {NULL_REF}
            assert got == expected[ref], (relation, ref)
    for vm_ref, vm in store.tables["VM"].items():
        for vbd in vm["VBDs"]:
            assert store.get("VBD", vbd)["VM"] == vm_ref


@pytest.mark.parametrize("name", sorted(DUMPS))
def test_round_trip(shared_dir: Path, name: str, tmp_path: Path) -> None:
    first, _ = _load(_path(shared_dir, name))
    target = tmp_path / name
    save_db(first, target)
    second, report = _load(target)
    assert second.tables == first.tables
    assert not report.unknown_columns and not report.defaulted_fields and not report.repaired_values


@pytest.mark.parametrize("name", sorted(DUMPS))
def test_serves_its_objects(shared_dir: Path, name: str) -> None:
    store, _ = _load(_path(shared_dir, name))

    async def scenario() -> None:
        xapi = Xapi(store, SimClock(manual=True), XapiConfig(auth_failure_delay=0))
        session = await xapi.call("session.login_with_password", ["root", "xensim", "1.0", "test"])
        for cls in ("VM", "host", "SR", "VDI", "VBD", "network", "PIF", "pool", "host_metrics"):
            records = await xapi.call(f"{cls}.get_all_records", [session])
            assert records.keys() == store.tables[cls].keys(), cls
        events = await xapi.call("event.from", [session, ["*"], "", 0.1])
        assert len(events["events"]) >= len(store.tables["VM"])
        for host in store.tables["host"].values():  # every host is live, with metrics
            assert store.get("host_metrics", host["metrics"])["live"]

    asyncio.run(scenario())


# -- special cases named in the README ----------------------------------------------------------


def test_double_quoted_s_expressions(shared_dir: Path) -> None:
    store, _ = _load(_path(shared_dir, "state.db"))
    versions = [gm["PV_drivers_version"] for gm in store.tables["VM_guest_metrics"].values()]
    assert {"major": "4", "minor": "1", "micro": "0", "build": "7870", "xenvbd": "1.0boot",
            "xennet": "1.0"} in versions
    names = [gm["os_version"].get("name", "") for gm in store.tables["VM_guest_metrics"].values()]
    assert any(name.startswith("Microsoft Windows XP Professional|C:\\WINDOWS|\\Device") for name in names)


def test_backslashes_and_legacy_spaces(shared_dir: Path) -> None:
    store, _ = _load(_path(shared_dir, "state2.xml"))
    (subject,) = store.tables["subject"].values()
    assert subject["other_config"]["subject-name"] == "XENDT\\user1"
    store, _ = _load(_path(shared_dir, "TampaTwoHostPoolSelectioniSCSI.xml"))
    models = {cpu["modelname"] for cpu in store.tables["host_cpu"].values()}
    assert "Intel(R) Xeon(R) CPU" + " " * 11 + "X3450  @ 2.67GHz" in models


def test_truncated_values_are_repaired(shared_dir: Path) -> None:
    _, report = _load(_path(shared_dir, "single-host-krakout.xml"))
    assert report.repaired_values == {("VM", "allowed_operations"): 4}
    _, report = _load(_path(shared_dir, "state5.xml"))
    assert report.repaired_values == {("host", "license_params"): 1}


def test_trimmed_dump_keeps_its_dangling_refs(shared_dir: Path) -> None:
    store, report = _load(_path(shared_dir, "single-host-krakout.xml"))
    assert report.dangling_refs[("VDI", "SR")] == 42 and report.dangling_refs[("PBD", "SR")] == 3
    assert report.dangling_refs[("VM", "snapshot_of")] == 4
    snapshots = [vm for vm in store.tables["VM"].values() if vm["is_a_snapshot"]]
    assert all(vm["snapshot_of"] not in store.tables["VM"] for vm in snapshots)


def test_secret_table_and_missing_host_metrics(shared_dir: Path) -> None:
    store, report = _load(_path(shared_dir, "state4.xml"))  # <table name="Secret">
    assert store.tables["secret"] and not report.unknown_tables
    assert report.placeholders == {"host_metrics": 2}  # its host_metrics table is empty


def test_non_opaque_refs_are_null(shared_dir: Path) -> None:
    store, _ = _load(_path(shared_dir, "boston-db.xml"))  # VM.parent = 'Ref:1'
    assert all(vm["parent"] == NULL_REF or vm["parent"] in store.tables["VM"] for vm in store.tables["VM"].values())


def test_vapps_and_patches(shared_dir: Path) -> None:
    store, _ = _load(_path(shared_dir, "xapidb_app.xml"))
    assert sorted(app["name_label"] for app in store.tables["VM_appliance"].values()) == ["vApp1", "vApp2"]
    assert all(app["VMs"] for app in store.tables["VM_appliance"].values())
    store, _ = _load(_path(shared_dir, "updatesState.xml"))  # old dump: pool_patch.host_patches rebuilt
    assert len(store.tables["host_patch"]) == 7
    for ref, patch in store.tables["host_patch"].items():
        assert ref in store.get("pool_patch", patch["pool_patch"])["host_patches"]


def test_truncated_real_dump_is_an_error(shared_dir: Path, tmp_path: Path) -> None:
    data = _path(shared_dir, "state1.xml").read_bytes()
    path = tmp_path / "cut.xml"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(DbFileError, match="not well-formed"):
        load_db(path, Store(seed=1))

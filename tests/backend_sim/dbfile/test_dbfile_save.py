"""Saving: xapi's format, a lossless round trip, and atomic replacement of the file."""

from __future__ import annotations

import os
from pathlib import Path

import defusedxml.ElementTree as SafeET
import pytest

from backend_sim.datamodel import CLASSES
from backend_sim.dbfile import DbFileError, load_db, save_db
from backend_sim.dbfile.schema import NOT_PERSISTED
from backend_sim.scenarios import build
from backend_sim.store.store import Store

from dbfile_support import conforms, write_fixture_dump


@pytest.fixture
def fixture_dump(tmp_path: Path) -> Path:
    return write_fixture_dump(tmp_path)


def _loaded(path: Path) -> Store:
    store = Store(seed=1)
    load_db(path, store)
    return store


def test_format(fixture_dump: Path, tmp_path: Path) -> None:
    target = tmp_path / "saved.xml"
    save_db(_loaded(fixture_dump), target)
    root = SafeET.parse(target).getroot()
    assert root.tag == "database"
    manifest = {pair.get("key"): pair.get("value") for pair in root.find("manifest") or ()}
    assert set(manifest) == {"schema_major_vsn", "schema_minor_vsn", "generation_count"}
    tables = {table.get("name"): table for table in root.findall("table")}
    assert set(tables) == set(CLASSES)  # empty tables are written too
    for runtime in ("session", "task", "message", "role"):
        assert len(tables[runtime]) == 0
    guest = next(row for row in tables["VM"] if row.get("ref") == "OpaqueRef:guest")
    assert next(iter(guest.attrib)) == "ref" and guest.get("_ref") == "OpaqueRef:guest"
    assert guest.get("name__label") == "Guest" and guest.get("memory__static_max") == "17179869184"
    assert guest.get("name__description") == "line1%nline2%ttab%.100%%"  # xapi's escapes
    assert guest.get("tags") == "('double'%.'quoted')"
    assert guest.get("other_config") == "(('user'%.'XENDT\\\\user1'))"
    assert guest.get("power_state") == "Running" and guest.get("is_a_template") == "false"
    pool = tables["pool"][0]
    assert pool.get("name_label") == "Test%.%.pool%.%.x"  # pool's name is not namespaced
    metrics = tables["VM_metrics"][0]
    assert metrics.get("VCPUs__utilisation") == "(('0'%.'0.25')%.('1'%.'1.0'))"
    assert metrics.get("VCPUs__flags") == "(('0'%.'(\\'online\\'%.\\'blocked\\')'))"
    assert metrics.get("start_time") == "20090123T12:18:41Z"


def test_round_trip(fixture_dump: Path, tmp_path: Path) -> None:
    first = _loaded(fixture_dump)
    target = tmp_path / "saved.xml"
    save_db(first, target)
    second = Store(seed=1)
    report = load_db(target, second)
    assert second.tables == first.tables
    assert not report.unknown_columns and not report.bad_values and not report.repaired_values
    assert not report.defaulted_fields and not report.placeholders


def test_round_trip_of_a_scenario(tmp_path: Path) -> None:
    """A pool built by the simulator itself (every value type it uses) survives a save and load."""
    store = build("demo", seed=3, now=1_700_000_000.0)[0]
    target = tmp_path / "demo.xml"
    save_db(store, target)
    loaded = Store(seed=3)
    report = load_db(target, loaded)
    assert not report.bad_values and not report.repaired_values
    for cls, definition in CLASSES.items():
        if cls in NOT_PERSISTED:
            continue
        assert loaded.tables[cls].keys() == store.tables[cls].keys(), cls
        for ref, row in store.tables[cls].items():
            for name, value in row.items():
                xtype = definition.fields[name].type
                if conforms(value, xtype):
                    assert loaded.tables[cls][ref][name] == value, (cls, name)
                else:  # the scenario stored another type (host_cpu.stepping: an int): saved as its text
                    assert loaded.tables[cls][ref][name] == str(value), (cls, name)


def test_strange_strings_survive(fixture_dump: Path, tmp_path: Path) -> None:
    store = _loaded(fixture_dump)
    text = "a  b\t<c> & \"d\" 'e' \\f %. %_ %% (g) ;h\r\nünï ☃"
    store.update("VM", "OpaqueRef:guest", {"name_label": text, "other_config": {text: text}, "tags": [text, ""]})
    target = tmp_path / "saved.xml"
    save_db(store, target)
    again = _loaded(target)
    guest = again.get("VM", "OpaqueRef:guest")
    assert guest["name_label"] == text
    assert guest["other_config"] == {text: text} and guest["tags"] == [text, ""]


def test_characters_xml_cannot_hold_are_replaced(fixture_dump: Path, tmp_path: Path) -> None:
    store = _loaded(fixture_dump)
    store.update("VM", "OpaqueRef:guest", {"name_label": "bell\x07 nul\x00 surrogate\ud800"})
    target = tmp_path / "saved.xml"
    save_db(store, target)
    assert _loaded(target).get("VM", "OpaqueRef:guest")["name_label"] == "bell\ufffd nul\ufffd surrogate\ufffd"


def _leftovers(directory: Path) -> list[str]:
    return sorted(name for name in os.listdir(directory) if name.endswith(".tmp"))


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_failed_save_leaves_the_old_file(
    fixture_dump: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    store = _loaded(fixture_dump)
    target = tmp_path / "saved.xml"
    save_db(store, target)
    before = target.read_bytes()
    store.update("pool", "OpaqueRef:pool", {"name_label": "changed"})

    def boom(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, failing, boom)
    with pytest.raises(DbFileError, match="No space left on device"):
        save_db(store, target)
    monkeypatch.undo()
    assert target.read_bytes() == before
    assert _leftovers(tmp_path) == []


def test_interrupted_save_cleans_up(fixture_dump: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = _loaded(fixture_dump)
    target = tmp_path / "saved.xml"

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        save_db(store, target)
    monkeypatch.undo()
    assert not target.exists() and _leftovers(tmp_path) == []


def test_save_into_a_missing_directory(fixture_dump: Path, tmp_path: Path) -> None:
    with pytest.raises(DbFileError, match="cannot write"):
        save_db(_loaded(fixture_dump), tmp_path / "missing" / "saved.xml")


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_saved_file_is_private(fixture_dump: Path, tmp_path: Path) -> None:
    target = tmp_path / "saved.xml"
    save_db(_loaded(fixture_dump), target)
    assert target.stat().st_mode & 0o077 == 0  # the database holds secrets

"""Bad input: anything that is not a readable xapi database is a DbFileError, and the store stays empty."""

from __future__ import annotations

from pathlib import Path

import pytest

from backend_sim.dbfile import DbFileError, load_db
from backend_sim.store.store import Store

from dbfile_support import FIXTURE_DUMP

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE database [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<database><table name="pool"><row ref="OpaqueRef:p" name_label="&lol4;"/></table></database>
"""
EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE database [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<database><table name="pool"><row ref="OpaqueRef:p" name_label="&secret;"/></table></database>
"""

BAD_INPUTS = {
    "truncated": (FIXTURE_DUMP[: len(FIXTURE_DUMP) // 2], "not well-formed XML"),
    "entity bomb": (BILLION_LAUGHS, "unsafe XML"),
    "external entity": (EXTERNAL_ENTITY, "unsafe XML"),
    "not a dump": ("<html><body><p>hello</p></body></html>", "root element is <html>"),
    "no tables": ('<database><manifest><pair key="a" value="b"/></manifest></database>', "no <table>"),
    "empty": ("", "not well-formed XML"),
    "text": ("schema_major_vsn=5\n", "not well-formed XML"),
    "bad encoding": ('<?xml version="1.0" encoding="klingon"?><database/>', "XML"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_documents(case: str, tmp_path: Path) -> None:
    text, message = BAD_INPUTS[case]
    path = tmp_path / "bad.xml"
    path.write_text(text, encoding="utf-8")
    store = Store(seed=1)
    with pytest.raises(DbFileError, match=message):
        load_db(path, store)
    assert not store.class_of and store.generation == 0  # nothing half-loaded


def test_binary_garbage(tmp_path: Path) -> None:
    path = tmp_path / "random.bin"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(DbFileError):
        load_db(path, Store(seed=1))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DbFileError, match=r"cannot read .*missing\.xml"):
        load_db(tmp_path / "missing.xml", Store(seed=1))


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(DbFileError, match="cannot read"):
        load_db(tmp_path, Store(seed=1))


def test_junk_inside_a_valid_dump_is_not_fatal(tmp_path: Path) -> None:
    """Unknown elements, attributes and values are skipped; only the document itself can be wrong."""
    path = tmp_path / "odd.xml"
    path.write_text('<database><extra/><table name="VM"><note/><row ref="OpaqueRef:v" power_state="Exploded" '
                    'memory__static_max="lots" VBDs="(((" tags="\'x\'"/></table><table/></database>',
                    encoding="utf-8")
    store = Store(seed=1)
    report = load_db(path, store)
    vm = store.get("VM", "OpaqueRef:v")
    assert vm["power_state"] == "Halted" and vm["memory_static_max"] == 0 and vm["tags"] == []
    assert report.bad_values == {("VM", "power_state"): 1, ("VM", "memory_static_max"): 1, ("VM", "tags"): 1}
    assert report.unknown_tables == {}  # the nameless table was empty

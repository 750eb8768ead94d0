"""Value encoding: xapi's `%` escapes, S-expressions and type-directed decoding."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backend_sim.datamodel.types import parse_type
from backend_sim.dbfile import codec, sexpr
from backend_sim.dbfile.escapes import protect, unprotect, xml_safe
from backend_sim.dbfile.reader import parse_dump
from backend_sim.dbfile.schema import column_for_field, field_for_column
from backend_sim.dbfile.writer import _attribute
from backend_sim.wire.values import NULL_REF


@pytest.mark.parametrize(("raw", "text"), [
    ("CPU%_%_%_%_%_ X3450%_@", "CPU" + " " * 11 + "X3450  @"),
    ("a%.b%tc%nd%re%%f", "a b\tc\nd\re%f"),
    ("100%", "100%"),  # a lone % at the end stays
    ("%x%%.", "%x%."),  # pairs are read left to right; other characters after % stay
    ("plain", "plain"),
])
def test_unprotect(raw: str, text: str) -> None:
    assert unprotect(raw) == text


def test_protect_is_what_current_xapi_writes() -> None:
    assert protect("a b\tc\nd\re%f") == "a%.b%tc%nd%re%%f"


@given(st.text())
def test_protect_round_trip(text: str) -> None:
    assert unprotect(protect(text)) == text


@pytest.mark.parametrize(("text", "node", "repaired"), [
    ("()", [], False),
    ("('a' 'b')", ["a", "b"], False),
    ('("a" "b")', ["a", "b"], False),  # double quotes, as in state.db
    ("(('k' 'v') ('k2' ''))", [["k", "v"], ["k2", ""]], False),
    (r"('XENDT\\user1' 'it\'s' '\"q\"')", ["XENDT\\user1", "it's", '"q"'], False),
    ("(sym 'a b' ; comment\n 'c')", ["sym", "a b", "c"], False),
    ("('destroy' 'export' 'revert' ", ["destroy", "export", "revert"], True),  # truncated: closed
    ("(('k' 'v') ('grace' 'no", [["k", "v"], ["grace", "no"]], True),
    ("('a')) junk", ["a"], True),
    ("", None, False),
])
def test_sexpr_parse(text: str, node: Any, repaired: bool) -> None:
    assert sexpr.parse(text) == (node, repaired)


def test_sexpr_deep_nesting_does_not_recurse() -> None:
    node, repaired = sexpr.parse("(" * 100_000)
    assert repaired and isinstance(node, list)


@given(st.lists(st.text()), st.dictionaries(st.text(), st.text()))
def test_sexpr_round_trip(items: list[str], pairs: dict[str, str]) -> None:
    assert sexpr.parse(sexpr.format_list(items)) == (items, False)
    assert sexpr.parse(sexpr.format_pairs(pairs.items())) == ([list(p) for p in pairs.items()], False)


@pytest.mark.parametrize(("type_str", "text", "value"), [
    ("string", "", ""),
    ("int", "-1", -1),
    ("int", "17179869184", 17179869184),
    ("float", "1.", 1.0),
    ("float", "2660.074", 2660.074),
    ("bool", "true", True),
    ("bool", "False", False),
    ("datetime", "20090123T12:18:41Z", "20090123T12:18:41Z"),
    ("datetime", "2009-01-23T12:18:41Z", "20090123T12:18:41Z"),
    ("datetime", "2009-01-23T12:18:41.250-02:30", "20090123T14:48:41Z"),
    ("datetime", "20090123T12:18:41", "20090123T12:18:41Z"),
    ("datetime", "1232713121", "20090123T12:18:41Z"),
    ("datetime", "", "19700101T00:00:00Z"),
    ("enum vm_power_state", "running", "Running"),
    ("enum vm_power_state", "Suspended", "Suspended"),
    ("VM ref", "OpaqueRef:abc", "OpaqueRef:abc"),
    ("VM ref", "", NULL_REF),
    ("VM ref", "Ref:1", NULL_REF),
    ("VDI ref", "cd", NULL_REF),
    ("string set", "('a' 'b')", ["a", "b"]),
    ("int set", "('0' '1' '2')", [0, 1, 2]),
    ("VBD ref set", "('OpaqueRef:a' 'OpaqueRef:NULL')", ["OpaqueRef:a"]),
    ("(string -> string) map", "(('k' 'v'))", {"k": "v"}),
    ("(int -> float) map", "(('0' '0.25'))", {0: 0.25}),
    ("(int -> string set) map", r"(('0' '(\'online\')'))", {0: ["online"]}),
    ("(string -> enum vm_operations) map", "(('OpaqueRef:t' 'Start'))", {"OpaqueRef:t": "start"}),
])
def test_decode(type_str: str, text: str, value: Any) -> None:
    decoded, _ = codec.decode(text, parse_type(type_str))
    assert decoded == value
    assert type(decoded) is type(value) or isinstance(decoded, type(value))


@pytest.mark.parametrize(("type_str", "text"), [
    ("int", "many"),
    ("float", "x"),
    ("bool", "yes"),
    ("datetime", "yesterday"),
    ("datetime", "99999999999999999999"),  # out of range
    ("enum vm_power_state", "Exploded"),
    ("string set", "'not a list'"),
])
def test_unreadable_values_raise(type_str: str, text: str) -> None:
    with pytest.raises(ValueError):
        codec.decode(text, parse_type(type_str))


def test_unknown_enum_members_are_dropped() -> None:
    assert codec.decode("('start' 'frobnicate')", parse_type("enum vm_operations set")) == (["start"], True)


@pytest.mark.parametrize(("type_str", "value", "text"), [
    ("int", 5, "5"),
    ("float", 1.0, "1.0"),
    ("bool", False, "false"),
    ("string set", ["a", "it's"], r"('a' 'it\'s')"),
    ("(string -> string) map", {"k": "v"}, "(('k' 'v'))"),
    ("(int -> string set) map", {0: ["online"]}, r"(('0' '(\'online\')'))"),
])
def test_encode(type_str: str, value: Any, text: str) -> None:
    assert codec.encode(value, parse_type(type_str)) == text


@given(st.dictionaries(st.text(), st.lists(st.text())))
def test_nested_values_survive_the_whole_path(value: dict[str, list[str]]) -> None:
    """Encode, escape, put in an XML attribute, parse the XML, unescape, decode."""
    xtype = parse_type("(string -> string set) map")
    clean = {xml_safe(k)[0]: [xml_safe(i)[0] for i in v] for k, v in value.items()}
    document = f'<database><table name="VM"><row ref="OpaqueRef:x" v="{_attribute(codec.encode(clean, xtype))}"/>' \
        "</table></database>"
    raw = parse_dump(document.encode("utf-8")).tables[0][1][0]["v"]
    assert codec.decode(unprotect(raw), xtype) == (clean, False)


@pytest.mark.parametrize(("cls", "field", "column"), [
    ("VM", "name_label", "name__label"),
    ("VM", "memory_static_max", "memory__static_max"),
    ("VM", "HVM_shadow_multiplier", "HVM__shadow_multiplier"),
    ("VM", "actions_after_crash", "actions__after_crash"),
    ("VM", "power_state", "power_state"),
    ("host", "API_version_major", "API_version__major"),
    ("host_metrics", "memory_total", "memory__total"),
    ("VIF", "qos_algorithm_type", "qos__algorithm_type"),
    ("PIF_metrics", "io_read_kbs", "io__read_kbs"),
    ("pool", "name_label", "name_label"),
    ("VM_guest_metrics", "PV_drivers_version", "PV_drivers_version"),
])
def test_column_names(cls: str, field: str, column: str) -> None:
    assert column_for_field(cls, field) == column
    definition = field_for_column(cls, column)
    assert definition is not None and definition.name == field

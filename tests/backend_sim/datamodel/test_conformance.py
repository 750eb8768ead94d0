"""The simulator's datamodel declaration against the XenAPI datamodel JSON, plus its value helpers.

The tests marked by the `schema` fixture need ../shared/xenapi/xenapi.json and skip when it is absent;
the others only use the package.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from backend_sim.datamodel import (
    CLASSES,
    ENUMS,
    field_default,
    format_type,
    get_class,
    lower_names,
    neutral_value,
    parse_default,
    parse_type,
)
from backend_sim.datamodel.model import FieldDef, MessageDef
from backend_sim.datamodel.types import (
    EnumT,
    MapT,
    OptionT,
    Prim,
    RecordT,
    RefT,
    SetT,
    Special,
    XType,
)
from backend_sim.wire.values import EPOCH, NULL_REF, DateTime

ROOT = Path(__file__).resolve().parents[3]
SCHEMA_PATH = ROOT / ".." / "shared" / "xenapi" / "xenapi.json"
GENERATOR_PATH = ROOT / "tools" / "gen_datamodel.py"

Schema = list[dict[str, Any]]


@pytest.fixture(scope="module")
def schema() -> Schema:
    if not SCHEMA_PATH.is_file():
        pytest.skip(f"{SCHEMA_PATH} is absent")
    data: Schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return data


def all_type_strings(schema: Schema) -> set[str]:
    out: set[str] = set()
    for c in schema:
        out.update(f["type"] for f in c["fields"])
        for m in c["messages"]:
            out.update(p["type"] for p in m["params"])
            if m["result"][0] != "void":
                out.add(m["result"][0])
    return out


def walk(t: XType) -> list[XType]:
    """t and all its sub-types."""
    match t:
        case SetT(elem) | OptionT(elem):
            return [t, *walk(elem)]
        case MapT(key, value):
            return [t, *walk(key), *walk(value)]
    return [t]


# ---------------------------------------------------------------------------------------------
# Conformance with xenapi.json


def test_classes_in_datamodel_order(schema: Schema) -> None:
    assert list(CLASSES) == [c["name"] for c in schema]
    assert len(CLASSES) == 67
    for c in schema:
        cd = CLASSES[c["name"]]
        assert cd.state == c["lifecycle"]["state"], c["name"]
        assert cd.enums == tuple(e["name"] for e in c["enums"]), c["name"]


def test_fields(schema: Schema) -> None:
    for c in schema:
        cd = CLASSES[c["name"]]
        assert list(cd.fields) == [f["name"] for f in c["fields"]], c["name"]
        for f in c["fields"]:
            fd = cd.fields[f["name"]]
            where = f"{c['name']}.{f['name']}"
            assert fd.name == f["name"]
            assert fd.type_str == f["type"], where
            assert fd.type == parse_type(f["type"]), where
            assert fd.qualifier == f["qualifier"], where
            assert fd.default == f.get("default"), where
            assert fd.has_default == ("default" in f), where
            assert fd.state == f["lifecycle"]["state"], where


def test_messages(schema: Schema) -> None:
    for c in schema:
        cd = CLASSES[c["name"]]
        assert list(cd.messages) == [m["name"] for m in c["messages"]], c["name"]
        for m in c["messages"]:
            md = cd.messages[m["name"]]
            where = f"{c['name']}.{m['name']}"
            assert [(p.name, p.type_str) for p in md.params] == [
                (p["name"], p["type"]) for p in m["params"]
            ], where
            assert all(p.type == parse_type(p.type_str) for p in md.params), where
            assert md.result_str == m["result"][0], where
            if m["result"][0] == "void":
                assert md.result is None, where
            else:
                assert md.result == parse_type(m["result"][0]), where
            assert md.implicit is m["implicit"], where
            assert md.state == m["lifecycle"]["state"], where
            assert md.errors == tuple(e["name"] for e in m["errors"]), where
            assert md.roles == tuple(m["roles"]), where


def test_session_id_is_declared(schema: Schema) -> None:
    without = {
        f"{c['name']}.{m['name']}"
        for c in schema
        for m in c["messages"]
        if not m["params"] or m["params"][0]["name"] != "session_id"
    }
    assert without == {"session.login_with_password", "session.slave_local_login_with_password"}
    params = CLASSES["VM"].messages["start"].params
    assert (params[0].name, params[0].type) == ("session_id", RefT("session"))


def test_enums(schema: Schema) -> None:
    expected: dict[str, tuple[str, ...]] = {}
    for c in schema:
        for e in c["enums"]:
            values = tuple(v["name"] for v in e["values"])
            assert expected.setdefault(e["name"], values) == values, e["name"]
    assert expected == ENUMS
    assert list(ENUMS) == list(expected)
    assert len(ENUMS) == 64


def test_type_strings_round_trip(schema: Schema) -> None:
    strings = all_type_strings(schema)
    assert len(strings) > 300
    for s in sorted(strings):
        assert format_type(parse_type(s)) == s


def test_types_refer_to_known_classes_and_enums(schema: Schema) -> None:
    specials: set[str] = set()
    for s in all_type_strings(schema):
        for sub in walk(parse_type(s)):
            match sub:
                case RefT(cls) | RecordT(cls):
                    assert cls in CLASSES, s
                case EnumT(name):
                    assert name in ENUMS, s
                case Special(name):
                    specials.add(name)
    assert specials == {"an event batch", "<class> record"}


def test_default_literals_parse(schema: Schema) -> None:
    for c in schema:
        for f in c["fields"]:
            fd = CLASSES[c["name"]].fields[f["name"]]
            value = field_default(fd)  # every field, with or without a default
            if "default" not in f:
                continue
            where = f"{c['name']}.{f['name']} = {f['default']}"
            assert value == parse_default(f["default"], fd.type), where
            if isinstance(fd.type, EnumT):
                assert value in ENUMS[fd.type.name], where
            if isinstance(fd.type, RefT):
                assert value.startswith("OpaqueRef:"), where


def test_generated_modules_are_up_to_date(schema: Schema, monkeypatch: pytest.MonkeyPatch) -> None:
    """The committed generated/ is exactly what tools/gen_datamodel.py makes from xenapi.json."""
    spec = importlib.util.spec_from_file_location("_gen_datamodel_under_test", GENERATOR_PATH)
    assert spec is not None and spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, gen)  # dataclasses look their module up there
    spec.loader.exec_module(gen)
    out = ROOT / "backend_sim" / "datamodel" / "generated"
    assert gen.main([str(SCHEMA_PATH), "--out", str(out), "--check"]) == 0, "run tools/gen_datamodel.py"


# ---------------------------------------------------------------------------------------------
# Without xenapi.json


def test_registry() -> None:
    assert get_class("VM") is CLASSES["VM"]
    with pytest.raises(KeyError):
        get_class("vm")
    assert lower_names["vm"] == "VM"
    assert lower_names["vm_guest_metrics"] == "VM_guest_metrics"
    assert lower_names["pool"] == "pool"
    assert len(lower_names) == len(CLASSES)
    vm = CLASSES["VM"]
    assert isinstance(vm.fields["power_state"], FieldDef)
    assert isinstance(vm.messages["start"], MessageDef)
    assert vm.fields["power_state"].type == EnumT("vm_power_state")
    assert vm.messages["get_all"].result == SetT(RefT("VM"))
    assert vm.messages["get_all"].implicit
    assert vm.messages["clean_shutdown"].result is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("string", Prim("string")),
        ("datetime", Prim("datetime")),
        ("host ref", RefT("host")),
        ("enum vm_power_state", EnumT("vm_power_state")),
        ("VM record", RecordT("VM")),
        ("string set set", SetT(SetT(Prim("string")))),
        ("enum vm_operations set", SetT(EnumT("vm_operations"))),
        ("(string -> enum vm_operations) map", MapT(Prim("string"), EnumT("vm_operations"))),
        ("(VM ref -> string) map", MapT(RefT("VM"), Prim("string"))),
        (
            "(VM ref -> (string -> string) map) map",
            MapT(RefT("VM"), MapT(Prim("string"), Prim("string"))),
        ),
        ("(int -> string set) map", MapT(Prim("int"), SetT(Prim("string")))),
        ("sr_stat record option", OptionT(RecordT("sr_stat"))),
        ("string option", OptionT(Prim("string"))),
        ("data_source record set", SetT(RecordT("data_source"))),
        ("event record set", SetT(RecordT("event"))),
        ("an event batch", Special("an event batch")),
        ("<class> record", Special("<class> record")),
    ],
)
def test_parse_type(text: str, expected: XType) -> None:
    assert parse_type(text) == expected
    assert format_type(expected) == text


@pytest.mark.parametrize(
    "bad",
    ["", "host", "ref", "enum", "(string -> string)", "(string string) map", "string set )", "VM ref x"],
)
def test_parse_type_rejects(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_type(bad)


S = Prim("string")


@pytest.mark.parametrize(
    ("literal", "t", "expected"),
    [
        ('""', S, ""),
        ('"()"', S, "()"),
        ('"0:0"', S, "0:0"),
        ('"a \\"b\\" \\\\ \\n"', S, 'a "b" \\ \n'),
        ("false", Prim("bool"), False),
        ("true", Prim("bool"), True),
        ("0", Prim("int"), 0),
        ("-1", Prim("int"), -1),
        ("21474836480", Prim("int"), 21474836480),
        ("0.", Prim("float"), 0.0),
        ("-1.", Prim("float"), -1.0),
        ("20.", Prim("float"), 20.0),
        ("19700101T00:00:00Z", Prim("datetime"), EPOCH),
        ("OpaqueRef:NULL", RefT("VM"), NULL_REF),
        ("Null", RefT("PIF"), NULL_REF),
        ("Halted", EnumT("vm_power_state"), "Halted"),
        ("balance-slb", EnumT("bond_mode"), "balance-slb"),
        ("{}", SetT(S), []),
        ("{}", MapT(S, S), {}),
        ("{}", SetT(EnumT("vm_operations")), []),
        ("{0}", SetT(Prim("int")), [0]),
        ("{OpaqueRef:0165f154-ba3e}", SetT(RefT("role")), ["OpaqueRef:0165f154-ba3e"]),
        ('{"a", "b"}', SetT(S), ["a", "b"]),
        ('{"active" -> "false"}', MapT(S, S), {"active": "false"}),
        (
            '{"address" -> "localhost", "port" -> "27000"}',
            MapT(S, S),
            {"address": "localhost", "port": "27000"},
        ),
        ("{1 -> 2.}", MapT(Prim("int"), Prim("float")), {1: 2.0}),
        ('{"x" -> {"y"}}', MapT(S, SetT(S)), {"x": ["y"]}),
    ],
)
def test_parse_default(literal: str, t: XType, expected: object) -> None:
    value = parse_default(literal, t)
    assert value == expected
    assert type(value) is type(expected)


def test_parse_default_datetime_type() -> None:
    assert isinstance(parse_default("20240102T03:04:05Z", Prim("datetime")), DateTime)


@pytest.mark.parametrize(
    ("literal", "t"),
    [
        ("x", S),
        ('"unterminated', S),
        ("maybe", Prim("bool")),
        ("1.5", Prim("int")),
        ("1970-01-01", Prim("datetime")),
        ("host", RefT("host")),
        ("{", SetT(S)),
        ('{"a" "b"}', SetT(S)),
        ('{"a" : "b"}', MapT(S, S)),
        ("0 0", Prim("int")),
        ("{}", RecordT("VM")),
        ("{}", OptionT(S)),
    ],
)
def test_parse_default_rejects(literal: str, t: XType) -> None:
    with pytest.raises(ValueError):
        parse_default(literal, t)


@pytest.mark.parametrize(
    ("t", "expected"),
    [
        (S, ""),
        (Prim("int"), 0),
        (Prim("float"), 0.0),
        (Prim("bool"), False),
        (RefT("host"), NULL_REF),
        (EnumT("vm_power_state"), "Halted"),
        (SetT(RefT("VBD")), []),
        (MapT(S, S), {}),
        (RecordT("VM"), {}),
        (Special("<class> record"), {}),
        (OptionT(S), None),
        (OptionT(RecordT("sr_stat")), None),
    ],
)
def test_neutral_value(t: XType, expected: object) -> None:
    value = neutral_value(t)
    assert value == expected
    assert type(value) is type(expected)


def test_neutral_datetime_and_event_batch() -> None:
    value = neutral_value(Prim("datetime"))
    assert isinstance(value, DateTime) and value == "19700101T00:00:00Z"
    with pytest.raises(ValueError):
        neutral_value(Special("an event batch"))


def test_neutral_enum_is_first_value() -> None:
    for name, values in ENUMS.items():
        assert neutral_value(EnumT(name)) == values[0]


def test_field_default_values() -> None:
    vm = CLASSES["VM"].fields
    assert field_default(vm["power_state"]) == "Halted"
    assert field_default(vm["HVM_shadow_multiplier"]) == 1.0
    assert field_default(vm["generation_id"]) == "0:0"
    assert field_default(vm["snapshot_of"]) == NULL_REF  # literal 'Null'
    assert isinstance(field_default(vm["snapshot_time"]), DateTime)
    assert field_default(vm["uuid"]) == ""  # no default: neutral
    assert field_default(vm["actions_after_crash"]) == ENUMS["on_crash_behaviour"][0]
    assert field_default(CLASSES["host"].fields["license_server"]) == {
        "address": "localhost",
        "port": "27000",
    }
    assert field_default(CLASSES["host"].fields["virtual_hardware_platform_versions"]) == [0]
    assert field_default(CLASSES["probe_result"].fields["sr"]) is None  # an option


@pytest.mark.parametrize(
    ("cls", "field"),
    [
        ("VM", "other_config"),  # '{}' map default
        ("VM", "tags"),  # '{}' set default
        ("VM", "VBDs"),  # set without default
        ("VM", "blocked_operations"),  # map
        ("host", "license_server"),  # non-empty map default
        ("host", "virtual_hardware_platform_versions"),  # non-empty set default
        ("subject", "roles"),  # non-empty ref set default
    ],
)
def test_field_default_is_fresh(cls: str, field: str) -> None:
    f = CLASSES[cls].fields[field]
    first = field_default(f)
    second = field_default(f)
    assert first == second
    assert first is not second
    if isinstance(first, list):
        first.append("x")
    else:
        first["x"] = "y"
    assert field_default(f) == second
    assert field_default(f) != first

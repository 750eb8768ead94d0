"""Implementations of the messages xapi generates for every class (its "implicit" messages)."""

from __future__ import annotations

from typing import Any

from .. import errors
from ..datamodel import field_default
from ..datamodel.model import ClassDef, MessageDef
from ..datamodel.types import MapT, SetT
from ..errors import ApiError
from ..store.where import compile_where
from .call import Call
from .registry import Handler

CONSTRUCTOR_QUALIFIERS = ("RW", "RO/constructor")
_READERS = frozenset({"get_record", "get_all", "get_all_records", "get_by_uuid", "get_all_records_where"})


def generic_handler(cls: ClassDef, message: MessageDef) -> Handler | None:
    """The generic implementation of an implicit message, or None for hand-written ones."""
    name = cls.name
    msg = message.name
    fields = cls.fields
    if not message.implicit and msg not in _READERS:
        return None  # hand-written, except the plain readers some classes declare explicitly

    if msg == "get_record":
        return lambda call, ref: call.store.get(name, ref)
    if msg == "get_all":
        return lambda call: list(call.store.table(name))
    if msg == "get_all_records":
        return lambda call: call.store.table(name)
    if msg == "get_all_records_where":
        def get_all_records_where(call: Call, expr: str) -> dict[str, Any]:
            predicate = compile_where(expr)
            return {ref: record for ref, record in call.store.table(name).items() if predicate(record)}

        return get_all_records_where
    if msg == "get_by_uuid":
        return lambda call, uuid: call.store.ref_by_uuid(name, uuid)
    if msg == "get_by_name_label":
        return lambda call, label: [
            ref for ref, record in call.store.table(name).items() if record.get("name_label") == label
        ]
    if msg == "create":
        return _creator(cls)
    if msg == "destroy":
        return lambda call, ref: call.store.destroy(name, ref)
    for prefix, maker in _FIELD_MESSAGES:
        if msg.startswith(prefix) and msg[len(prefix):] in fields:
            handler = maker(name, msg[len(prefix):], fields[msg[len(prefix):]].type)
            if handler is not None:
                return handler
    return None


def _getter(cls: str, field: str, _t: Any) -> Handler:
    return lambda call, ref: call.store.get(cls, ref)[field]


def _setter(cls: str, field: str, _t: Any) -> Handler:
    def set_field(call: Call, ref: str, value: Any) -> None:
        call.store.get(cls, ref)
        call.store.set_field(cls, ref, field, value)

    return set_field


def _map_add(cls: str, field: str, t: Any) -> Handler | None:
    if not isinstance(t, MapT):
        return None
    return lambda call, ref, key, value: call.store.map_add(cls, ref, field, key, value)


def _map_remove(cls: str, field: str, t: Any) -> Handler | None:
    if not isinstance(t, MapT):
        return None
    return lambda call, ref, key: call.store.map_remove(cls, ref, field, key)


def _set_add(cls: str, field: str, t: Any) -> Handler | None:
    if not isinstance(t, SetT):
        return None
    return lambda call, ref, value: call.store.set_add(cls, ref, field, value)


def _set_remove(cls: str, field: str, t: Any) -> Handler | None:
    if not isinstance(t, SetT):
        return None
    return lambda call, ref, value: call.store.set_remove(cls, ref, field, value)


# Longest prefixes first: "add_to_" must win over "add_", "remove_from_" over "remove_".
_FIELD_MESSAGES = (
    ("add_to_", _map_add),
    ("remove_from_", _map_remove),
    ("add_", _set_add),
    ("remove_", _set_remove),
    ("get_", _getter),
    ("set_", _setter),
)


def _creator(cls: ClassDef) -> Handler:
    settable = {n: f for n, f in cls.fields.items() if f.qualifier in CONSTRUCTOR_QUALIFIERS}

    def create(call: Call, record: dict[str, Any]) -> str:
        fields: dict[str, Any] = {}
        for field_name, field in settable.items():
            if field_name in record:
                fields[field_name] = record[field_name]
            elif field.has_default:
                fields[field_name] = field_default(field)
            else:
                raise ApiError(errors.FIELD_TYPE_ERROR, field_name)
        return call.store.create(cls.name, fields)

    return create

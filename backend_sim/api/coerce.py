"""Turn wire values into the types a message declares, leniently as xapi does.

Python's xmlrpc.client cannot send ints of 2^31 or more, so clients send 64-bit ints as strings;
floats may arrive as ints; XO sends timeouts as floats. A value that cannot be read as the declared
type is FIELD_TYPE_ERROR naming the parameter; a string that is not valid UTF-8, or holds a character
XML 1.0 cannot carry (so XML-RPC clients could no longer read the object), is INVALID_VALUE.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .. import errors
from ..datamodel import CLASSES, ENUMS
from ..datamodel.types import EnumT, MapT, OptionT, Prim, RecordT, RefT, SetT, XType
from ..errors import ApiError
from ..wire.values import NULL_REF, DateTime

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1


def coerce(value: Any, xtype: XType, name: str) -> Any:
    """The value as `xtype`, or ApiError naming `name`."""
    if isinstance(xtype, Prim):
        return _prim(value, xtype.kind, name)
    if isinstance(xtype, RefT):
        if value is None or value == "":
            return NULL_REF
        return _string(value, name)
    if isinstance(xtype, EnumT):
        text = _string(value, name)
        values = ENUMS.get(xtype.name, ())
        if text in values:
            return text
        for candidate in values:  # xapi reads enum values case-insensitively
            if candidate.lower() == text.lower():
                return candidate
        raise ApiError(errors.FIELD_TYPE_ERROR, name)
    if isinstance(xtype, SetT):
        if not isinstance(value, (list, tuple)):
            raise ApiError(errors.FIELD_TYPE_ERROR, name)
        return [coerce(item, xtype.elem, name) for item in value]
    if isinstance(xtype, MapT):
        if not isinstance(value, dict):
            raise ApiError(errors.FIELD_TYPE_ERROR, name)
        return {coerce(k, xtype.key, name): coerce(v, xtype.value, name) for k, v in value.items()}
    if isinstance(xtype, RecordT):
        if not isinstance(value, dict):
            raise ApiError(errors.FIELD_TYPE_ERROR, name)
        fields = CLASSES[xtype.cls].fields
        return {key: coerce(item, fields[key].type, key) if key in fields else item for key, item in value.items()}
    if isinstance(xtype, OptionT):
        return None if value is None else coerce(value, xtype.inner, name)
    return value


NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _string(value: Any, name: str) -> str:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ApiError(errors.INVALID_VALUE, name, value.encode("utf-8", "replace").decode()) from None
        if NOT_IN_XML.search(value):
            raise ApiError(errors.INVALID_VALUE, name, NOT_IN_XML.sub("?", value))
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    raise ApiError(errors.FIELD_TYPE_ERROR, name)


def _prim(value: Any, kind: str, name: str) -> Any:
    if kind == "string":
        return _string(value, name)
    if kind == "int":
        number: int | None = None
        if isinstance(value, bool):
            number = None
        elif isinstance(value, int):
            number = value
        elif isinstance(value, float) and value.is_integer():
            number = int(value)
        elif isinstance(value, str) and len(value) < 40:
            try:
                number = int(value.strip())
            except ValueError:
                number = None
        if number is None or not INT64_MIN <= number <= INT64_MAX:  # xapi ints are 64-bit
            raise ApiError(errors.FIELD_TYPE_ERROR, name)
        return number
    if kind == "float":
        if isinstance(value, bool):
            raise ApiError(errors.FIELD_TYPE_ERROR, name)
        result: float | None = None
        if isinstance(value, (int, float)):
            try:
                result = float(value)
            except OverflowError:
                result = None
        elif isinstance(value, str):
            try:
                result = float(value.strip())
            except ValueError:
                result = None
        if result is None or not math.isfinite(result):
            raise ApiError(errors.FIELD_TYPE_ERROR, name)
        return result
    if kind == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
        raise ApiError(errors.FIELD_TYPE_ERROR, name)
    if kind == "datetime":
        if isinstance(value, str):
            return DateTime(value)
        raise ApiError(errors.FIELD_TYPE_ERROR, name)
    return value

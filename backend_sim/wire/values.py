"""Python types that carry XenAPI wire typing the plain builtins cannot express."""

from __future__ import annotations


class DateTime(str):
    """A XenAPI datetime, 'YYYYMMDDTHH:MM:SSZ'; serialised as dateTime.iso8601 in XML-RPC, a string in JSON."""

    __slots__ = ()


class Int32(int):
    """An int sent as <i4> in XML-RPC (only event.from's valid_ref_counts)."""

    __slots__ = ()


NULL_REF = "OpaqueRef:NULL"
EPOCH = DateTime("19700101T00:00:00Z")

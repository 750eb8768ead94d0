"""XML-RPC requests and replies in xapi's dialect: Status/Value/ErrorDescription envelopes, untyped strings.

We write our own serialiser (xmlrpc.client cannot send ints >= 2**31 and writes typed empty strings) and parse
replies with defusedxml. Replies keep xapi's shapes: 64-bit ints arrive as strings, datetimes as ISO strings.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any
from xml.etree.ElementTree import Element
from xml.sax.saxutils import escape

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from .errors import ProtocolError, XenAPIFailure

CONTENT_TYPE = "text/xml"
INT32 = range(-(2**31), 2**31)


def encode_call(method: str, params: Sequence[Any]) -> bytes:
    parts = ["<?xml version='1.0'?><methodCall><methodName>", escape(method), "</methodName><params>"]
    for param in params:
        parts.append("<param>")
        _encode(param, parts, method)
        parts.append("</param>")
    parts.append("</params></methodCall>")
    return "".join(parts).encode()


def _encode(value: Any, out: list[str], method: str) -> None:
    out.append("<value>")
    if isinstance(value, bool):
        out.append(f"<boolean>{int(value)}</boolean>")
    elif isinstance(value, int):
        # xapi takes 64-bit ints as strings; small ones may go typed.
        out.append(f"<int>{value}</int>" if value in INT32 else f"<string>{value}</string>")
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"cannot send {method}: {value} is not a finite number")
        out.append(f"<double>{value!r}</double>")
    elif isinstance(value, str):
        out.append(f"<string>{escape(value)}</string>")
    elif isinstance(value, Mapping):
        out.append("<struct>")
        for key, item in value.items():
            out.append(f"<member><name>{escape(str(key))}</name>")
            _encode(item, out, method)
            out.append("</member>")
        out.append("</struct>")
    elif isinstance(value, (list, tuple, set, frozenset)):
        out.append("<array><data>")
        for item in value:
            _encode(item, out, method)
        out.append("</data></array>")
    else:
        raise ValueError(f"cannot send {method}: parameters of type {type(value).__name__} have no XML-RPC form")
    out.append("</value>")


def decode_reply(body: bytes) -> Any:
    """The Value of a Success reply (or a bare value, as for system.listMethods); raises on failures."""
    try:
        root = ElementTree.fromstring(body)
    except (ElementTree.ParseError, DefusedXmlException, ValueError) as exc:
        raise ProtocolError(f"the server sent malformed XML ({exc})") from exc
    if root.tag != "methodResponse":
        raise ProtocolError(f"the server's reply is <{root.tag}>, not an XML-RPC methodResponse")
    fault = root.find("fault/value")
    if fault is not None:
        detail = _decode(fault)
        text = detail.get("faultString", detail) if isinstance(detail, dict) else detail
        raise ProtocolError(f"the server answered with an XML-RPC fault: {text}")
    value = root.find("params/param/value")
    if value is None:
        raise ProtocolError("the server's XML-RPC reply holds no value")
    result = _decode(value)
    if isinstance(result, dict) and "Status" in result:
        if result["Status"] == "Success":
            return result.get("Value", "")
        description = result.get("ErrorDescription")
        if isinstance(description, list):
            raise XenAPIFailure.from_description(description)
        raise XenAPIFailure("UNKNOWN_ERROR", [str(description)])
    return result


def _decode(value: Element) -> Any:
    children = list(value)
    if not children:
        return value.text or ""  # xapi's untyped string
    node = children[0]
    tag = node.tag
    text = node.text or ""
    try:
        if tag == "string":
            return text
        if tag in ("int", "i4", "i8"):
            return int(text.strip())
        if tag == "boolean":
            return text.strip() == "1"
        if tag == "double":
            return float(text.strip())
        if tag == "dateTime.iso8601":
            return text.strip()
        if tag == "nil":
            return None
        if tag == "base64":
            return text.strip()
    except ValueError as exc:
        raise ProtocolError(f"the server sent a bad <{tag}> value {text!r}") from exc
    if tag == "array":
        return [_decode(item) for item in node.findall("data/value")]
    if tag == "struct":
        record: dict[str, Any] = {}
        for member in node.findall("member"):
            name = member.find("name")
            item = member.find("value")
            if name is None or item is None:
                raise ProtocolError("the server sent a struct member without name or value")
            record[name.text or ""] = _decode(item)
        return record
    raise ProtocolError(f"the server sent an unknown XML-RPC type <{tag}>")


def decode_value(text: str) -> Any:
    """A task result: an XML-RPC `<value>` fragment in a string (xapi sends it so even over JSON-RPC); "" is void."""
    if not text.strip():
        return None
    try:
        node = ElementTree.fromstring(text)
    except (ElementTree.ParseError, DefusedXmlException, ValueError) as exc:
        raise ProtocolError(f"the task result is not an XML-RPC value ({exc})") from exc
    if node.tag != "value":
        raise ProtocolError(f"the task result is <{node.tag}>, not <value>")
    return _decode(node)

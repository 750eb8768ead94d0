"""XML-RPC as xapi speaks it: compact one-line XML, untyped strings, 64-bit ints as strings.

Python's xmlrpc.client.dumps is not usable for replies: it types strings (<string>) and pretty-prints,
and both break Xen Orchestra's parser. Requests are parsed with a hardened expat parser (no DTDs, no
entity expansion) feeding the standard Unmarshaller.
"""

from __future__ import annotations

import math
import xmlrpc.client
from collections.abc import Mapping
from typing import Any

from defusedxml import DefusedXmlException
from defusedxml.xmlrpc import DefusedExpatParser

from .slices import ENVELOPE, LoopSlices, is_collection
from .values import DateTime, Int32

CONTENT_TYPE = "text/xml"

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                          # XML 1.0 cannot carry these at all (not even as &#...;): a stored string holding one
                          # (written over JSON-RPC) goes out with U+FFFD in its place, so the reply stays well-formed.
                          **{chr(c): "\ufffd" for c in (*range(0x20), 0xFFFE, 0xFFFF) if c not in (0x9, 0xA, 0xD)},
                          # Nor lone surrogates (JSON-RPC accepts them escaped), which UTF-8 cannot even encode.
                          **{chr(c): "\ufffd" for c in range(0xD800, 0xE000)}})


class XmlRpcParseError(ValueError):
    """The request body is not a well-formed XML-RPC methodCall."""


def _format_float(value: float) -> str:
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return f"{value:.16g}"  # ocaml-rpc's printing: 16 significant digits, no forced decimal point


def _dump(value: Any, out: list[str]) -> None:
    kind = type(value)
    if kind is str:
        out.append(f"<value>{value.translate(_ESCAPES)}</value>")
    elif kind is DateTime:
        out.append(f"<value><dateTime.iso8601>{value}</dateTime.iso8601></value>")
    elif kind is bool:
        out.append("<value><boolean>1</boolean></value>" if value else "<value><boolean>0</boolean></value>")
    elif kind is Int32:
        out.append(f"<value><i4>{int(value)}</i4></value>")
    elif kind is int:
        out.append(f"<value>{value}</value>")
    elif kind is float:
        out.append(f"<value><double>{_format_float(value)}</double></value>")
    elif isinstance(value, Mapping):
        out.append("<value><struct>")
        for key, item in value.items():
            name = key if type(key) is str else _key_text(key)
            out.append(f"<member><name>{name.translate(_ESCAPES)}</name>")
            _dump(item, out)
            out.append("</member>")
        out.append("</struct></value>")
    elif isinstance(value, (list, tuple, set, frozenset)):
        out.append("<value><array><data>")
        for item in value:
            _dump(item, out)
        out.append("</data></array></value>")
    elif value is None:
        out.append("<value></value>")
    elif isinstance(value, str):  # other str subclasses (enums, refs) are plain strings
        out.append(f"<value>{str(value).translate(_ESCAPES)}</value>")
    elif isinstance(value, int):
        out.append(f"<value>{int(value)}</value>")
    elif isinstance(value, float):
        out.append(f"<value><double>{_format_float(value)}</double></value>")
    else:
        raise TypeError(f"cannot serialise {kind.__name__} to XML-RPC")


def _key_text(key: Any) -> str:
    if isinstance(key, bool):
        return "true" if key else "false"
    if isinstance(key, float):
        return _format_float(key)
    return str(key)


def dump_value(value: Any) -> str:
    """One <value> element, as xapi writes it (also the form of task.result)."""
    out: list[str] = []
    _dump(value, out)
    return "".join(out)


_HEAD = '<?xml version="1.0"?><methodResponse><params><param>'
_TAIL = "</param></params></methodResponse>"


def success(value: Any) -> bytes:
    out = [_HEAD, "<value><struct><member><name>Status</name><value>Success</value></member>"]
    out.append("<member><name>Value</name>")
    _dump("" if value is None else value, out)
    out.append("</member></struct></value>")
    out.append(_TAIL)
    return "".join(out).encode()


def failure(description: list[str]) -> bytes:
    out = [_HEAD, "<value><struct><member><name>Status</name><value>Failure</value></member>"]
    out.append("<member><name>ErrorDescription</name>")
    _dump([str(item) for item in description], out)
    out.append("</member></struct></value>")
    out.append(_TAIL)
    return "".join(out).encode()


def bare(value: Any) -> bytes:
    """A reply without the Status envelope: system.listMethods answers this way."""
    out = [_HEAD]
    _dump(value, out)
    out.append(_TAIL)
    return "".join(out).encode()


async def success_in_slices(value: Any, slices: LoopSlices) -> list[bytes]:
    """`success(value)` as chunks, built in slices of the loop (wire/slices.py) between whole records."""
    chunks: list[bytes] = []
    out = [_HEAD, "<value><struct><member><name>Status</name><value>Success</value></member>",
           "<member><name>Value</name>"]
    await _dump_in_slices("" if value is None else value, out, chunks, slices)
    out.append("</member></struct></value>")
    out.append(_TAIL)
    chunks.append("".join(out).encode())
    return chunks


async def _dump_in_slices(value: Any, out: list[str], chunks: list[bytes], slices: LoopSlices) -> None:
    collection = is_collection(value)
    if not collection and not (isinstance(value, (Mapping, list, tuple)) and len(value) <= ENVELOPE):
        _dump(value, out)
        return
    if isinstance(value, Mapping):
        out.append("<value><struct>")
        for key, item in list(value.items()):  # a copy: the loop may change the mapping between slices
            name = key if type(key) is str else _key_text(key)
            out.append(f"<member><name>{name.translate(_ESCAPES)}</name>")
            if collection:
                _dump(item, out)
            else:
                await _dump_in_slices(item, out, chunks, slices)
            out.append("</member>")
            if slices.due():
                await _turn(out, chunks, slices)
        out.append("</struct></value>")
        return
    out.append("<value><array><data>")
    for item in list(value):
        if collection:
            _dump(item, out)
        else:
            await _dump_in_slices(item, out, chunks, slices)
        if slices.due():
            await _turn(out, chunks, slices)
    out.append("</data></array></value>")


async def _turn(out: list[str], chunks: list[bytes], slices: LoopSlices) -> None:
    chunks.append("".join(out).encode())
    out.clear()
    await slices.pause()


def _plain(value: Any) -> Any:
    """Turn the Unmarshaller's helper objects into our own value types."""
    if isinstance(value, xmlrpc.client.DateTime):
        return DateTime(value.value.replace("-", ""))
    if isinstance(value, xmlrpc.client.Binary):
        return value.data
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def parse_call(body: bytes) -> tuple[str, list[Any]]:
    """Parse a methodCall; raises XmlRpcParseError on anything malformed or hostile."""
    unmarshaller = xmlrpc.client.Unmarshaller()
    parser = DefusedExpatParser(unmarshaller)
    try:
        parser.feed(body)
        parser.close()
        params = unmarshaller.close()
    except (DefusedXmlException, xmlrpc.client.ResponseError, ValueError, TypeError, IndexError) as exc:
        raise XmlRpcParseError(str(exc)) from exc
    except Exception as exc:  # expat raises its own ExpatError type
        raise XmlRpcParseError(str(exc)) from exc
    method = unmarshaller.getmethodname()
    if not method:
        raise XmlRpcParseError("no methodName")
    return method, [_plain(param) for param in params]

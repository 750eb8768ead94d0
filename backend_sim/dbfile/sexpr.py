"""xapi's S-expressions (xen-api ocaml/libs/sexpr): how sets and maps are stored in the database.

`('a' 'b')` is a set, `(('k' 'v') ...)` a map. Atoms are single- or double-quoted strings (a backslash
escapes the next character) or bare symbols; `;` starts a comment to the end of the line. The parser is
lenient because real dumps hold values cut off mid-way: open lists are closed at the end and an
unterminated string runs to the end, and the caller is told that the value was repaired.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final, TypeAlias

Node: TypeAlias = "str | list[Node]"

_TOKEN_RE: Final = re.compile(
    r"""\s+|;[^\n]*"""  # blanks and comments
    r"""|(\()|(\))"""
    r"""|'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)\""""
    r"""|([^\s()'"]+)"""
    r"""|['"]((?:[^\\]|\\.)*)\\?\Z""",  # an unterminated string, cut off by truncation
    re.S,
)
_ESCAPE_RE: Final = re.compile(r"\\(.)", re.S)
_NEEDS_ESCAPE_RE: Final = re.compile(r"""[\\'"]""")


def _unescape(text: str) -> str:
    return _ESCAPE_RE.sub(r"\1", text) if "\\" in text else text


def parse(text: str) -> tuple[Node | None, bool]:
    """The first expression of `text` (None if there is none) and whether it had to be repaired."""
    if text == "()":  # most values: the empty set or map
        return [], False
    stack: list[list[Node]] = []
    result: Node | None = None
    repaired = False
    for m in _TOKEN_RE.finditer(text):
        if m.lastindex is None:  # blanks, comments
            continue
        group = m.lastindex
        if group == 1:
            stack.append([])
            continue
        if group == 2:
            if not stack:  # a stray ')'
                repaired = True
                continue
            node: Node = stack.pop()
        else:
            node = _unescape(m.group(group)) if group != 5 else m.group(group)
            repaired = repaired or group == 6
        if stack:
            stack[-1].append(node)
        elif result is None:
            result = node
        if not stack and result is not None:
            return result, repaired or bool(text[m.end() :].strip())
    while stack:  # close what the truncation left open
        repaired = True
        node = stack.pop()
        if stack:
            stack[-1].append(node)
        else:
            result = node
    return result, repaired


def quote(atom: str) -> str:
    """A single-quoted atom, as xapi writes it."""
    if _NEEDS_ESCAPE_RE.search(atom):
        atom = _NEEDS_ESCAPE_RE.sub(lambda m: "\\" + m.group(), atom)
    return f"'{atom}'"


def format_list(atoms: Iterable[str]) -> str:
    """`('a' 'b')`: a set."""
    return "(" + " ".join(quote(a) for a in atoms) + ")"


def format_pairs(pairs: Iterable[tuple[str, str]]) -> str:
    """`(('k' 'v') ...)`: a map."""
    return "(" + " ".join(f"({quote(k)} {quote(v)})" for k, v in pairs) + ")"

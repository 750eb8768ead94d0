"""xapi's `%` escapes for attribute values (xen-api ocaml/database/xml_spaces.ml).

XML parsers normalise literal tabs and newlines in attributes to spaces, so xapi escapes them (and, since
CA-268761, every space) with `%`. Reading also accepts the legacy `%_` (two spaces) found in old dumps.
"""

from __future__ import annotations

import re
from typing import Final

_UNPROTECT_RE: Final = re.compile(r"%([_.tnr%])")
_UNPROTECT: Final = {"_": "  ", ".": " ", "t": "\t", "n": "\n", "r": "\r", "%": "%"}
_PROTECT_RE: Final = re.compile(r"[ \t\n\r%]")
_PROTECT: Final = {" ": "%.", "\t": "%t", "\n": "%n", "\r": "%r", "%": "%%"}
# Characters XML 1.0 cannot carry at all (even as references); the writer replaces them.
_NOT_XML_RE: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def unprotect(text: str) -> str:
    """Undo xapi's escapes, scanning pairs left to right; `%` before any other character stays as is."""
    if "%" not in text:
        return text
    return _UNPROTECT_RE.sub(lambda m: _UNPROTECT[m.group(1)], text)


def protect(text: str) -> str:
    """Escape as current xapi writes: space `%.`, tab `%t`, LF `%n`, CR `%r`, `%` `%%`."""
    return _PROTECT_RE.sub(lambda m: _PROTECT[m.group()], text)


def xml_safe(text: str) -> tuple[str, int]:
    """The text with characters XML cannot represent replaced by U+FFFD, and how many there were."""
    return _NOT_XML_RE.subn("\ufffd", text)

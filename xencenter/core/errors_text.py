"""XenAPI failures and other exceptions -> a clear, translated sentence plus technical details.

The sentence never shows a raw error code or an OpaqueRef: objects are named from the cache (or described when the
cache no longer knows them), and an error this console has no sentence for says so in plain words. The code, its
parameters and exception types go to the details, which the UI shows on demand (a "Details" part, a tooltip).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from .cache import ObjectCache
from .error_sentences import SPECIAL, Formatter, Namer, format_bytes
from .error_table import TABLE
from .usererror import UserError
from .xenapi.errors import ConnectionLost, NotLoggedIn, ProtocolError, XenAPIError, XenAPIFailure

__all__ = ["ErrorReport", "Namer", "error_details", "error_report", "error_text", "failure_text", "format_bytes"]

FORMATTERS: dict[str, Formatter] = {**TABLE, **SPECIAL}

_REF = re.compile(r"OpaqueRef:[0-9A-Za-z_.:-]+")


@dataclass(frozen=True)
class ErrorReport:
    text: str  # for people: a sentence with names, no codes
    details: str = ""  # for support: the code, its parameters (refs with their names), the exception type


def scrub_refs(text: str, name: Namer) -> str:
    """Replace every OpaqueRef left in `text` (e.g. inside a server's free-text reason) by what it names."""
    return _REF.sub(lambda match: name(match.group(0)), text)


def _failure_details(failure: XenAPIFailure, name: Namer) -> str:
    lines = [QCoreApplication.translate("ErrorText", "Error code: {0}").format(failure.code)]
    for index, param in enumerate(failure.params, 1):
        shown = f"{param} ({name(param)})" if _REF.fullmatch(param) else param
        lines.append(QCoreApplication.translate("ErrorText", "Parameter {0}: {1}").format(index, shown))
    return "\n".join(lines)


def failure_report(failure: XenAPIFailure, cache: ObjectCache | None = None) -> ErrorReport:
    name = Namer(cache)
    formatter = FORMATTERS.get(failure.code)
    if formatter is not None:
        text = formatter(failure.params, name)
    elif failure.code.startswith("SR_BACKEND_FAILURE"):
        text = QCoreApplication.translate("ErrorText", "The storage back end reported a failure.")
    else:
        text = QCoreApplication.translate(
            "ErrorText", "The server refused the operation with an error this console does not know; see the "
                         "details.")
    return ErrorReport(scrub_refs(text, name), _failure_details(failure, name))


def failure_text(failure: XenAPIFailure, cache: ObjectCache | None = None) -> str:
    """The sentence for `failure`; refs in the parameters become names when `cache` knows them."""
    return failure_report(failure, cache).text


def error_report(exc: BaseException, cache: ObjectCache | None = None) -> ErrorReport:
    """The sentence and the details for any exception an operation or connection can end with."""
    if isinstance(exc, XenAPIFailure):
        return failure_report(exc, cache)
    kind = type(exc).__name__
    details = f"{kind}: {exc}" if str(exc) else kind
    if isinstance(exc, ConnectionLost):
        text = QCoreApplication.translate("ErrorText", "The connection to the server was lost: {0}").format(exc)
    elif isinstance(exc, ProtocolError):
        text = QCoreApplication.translate("ErrorText", "The server sent an unexpected reply: {0}").format(exc)
    elif isinstance(exc, NotLoggedIn):
        text = QCoreApplication.translate("ErrorText", "Not connected to the server.")
    elif isinstance(exc, (XenAPIError, UserError)):  # their text is the sentence
        text = str(exc)
    elif isinstance(exc, TimeoutError):
        text = QCoreApplication.translate("ErrorText", "The operation timed out.")
    else:
        text = QCoreApplication.translate("ErrorText", "Something unexpected went wrong in the console; see the "
                                                       "details.")
    return ErrorReport(scrub_refs(text, Namer(cache)), details)


def error_text(exc: BaseException, cache: ObjectCache | None = None) -> str:
    return error_report(exc, cache).text


def error_details(exc: BaseException, cache: ObjectCache | None = None) -> str:
    return error_report(exc, cache).details

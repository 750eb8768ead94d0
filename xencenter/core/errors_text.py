"""XenAPI error codes -> clear, translated sentences (with names resolved and memory in MiB/GiB).

Unknown codes still produce a sentence that shows the code and its parameters, so nothing is hidden.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from .cache import ObjectCache
from .objects import as_int
from .xenapi.errors import ConnectionLost, NotLoggedIn, ProtocolError, XenAPIError, XenAPIFailure

Formatter = Callable[[Sequence[str], "Namer"], str]


class Namer:
    """Turns refs in error parameters into object names when the cache knows them."""

    def __init__(self, cache: ObjectCache | None) -> None:
        self.cache = cache

    def __call__(self, ref: str) -> str:
        if self.cache is not None:
            found = self.cache.resolve(ref)
            if found is not None:
                name = found[1].get("name_label")
                if name:
                    return str(name)
        return ref


def format_bytes(value: int) -> str:
    """1536 MiB -> "1.5 GiB"; below 1 GiB in MiB; below 1 MiB in bytes."""
    mib = 1024**2
    gib = 1024**3
    if abs(value) >= gib:
        text = f"{value / gib:.2f}".rstrip("0").rstrip(".")
        return QCoreApplication.translate("ErrorText", "{0} GiB").format(text)
    if abs(value) >= mib:
        text = f"{value / mib:.1f}".rstrip("0").rstrip(".")
        return QCoreApplication.translate("ErrorText", "{0} MiB").format(text)
    return QCoreApplication.translate("ErrorText", "{0} bytes").format(value)


def _power_state(state: str) -> str:
    names = {
        "halted": QCoreApplication.translate("ErrorText", "halted"),
        "running": QCoreApplication.translate("ErrorText", "running"),
        "paused": QCoreApplication.translate("ErrorText", "paused"),
        "suspended": QCoreApplication.translate("ErrorText", "suspended"),
    }
    parts = [p.strip() for p in state.split(",") if p.strip()]
    return QCoreApplication.translate("ErrorText", " or ").join(names.get(p.lower(), p) for p in parts) or state


def _p(params: Sequence[str], index: int) -> str:
    return params[index] if index < len(params) else ""


def _not_enough_memory(params: Sequence[str], name: Namer) -> str:
    needed, available = as_int(_p(params, 0), -1), as_int(_p(params, 1), -1)
    if needed < 0 or available < 0:
        return QCoreApplication.translate("ErrorText", "The server does not have enough free memory.")
    return QCoreApplication.translate(
        "ErrorText", "The server does not have enough free memory: {0} is needed but only {1} is available.").format(
        format_bytes(needed), format_bytes(available))


def _bad_power_state(params: Sequence[str], name: Namer) -> str:
    return QCoreApplication.translate(
        "ErrorText", "The VM '{0}' must be {1} for this, but it is {2}.").format(
        name(_p(params, 0)), _power_state(_p(params, 1)), _power_state(_p(params, 2)))


def _handle_invalid(params: Sequence[str], name: Namer) -> str:
    return QCoreApplication.translate(
        "ErrorText", "The {0} object {1} no longer exists; it may have been deleted by someone else.").format(
        _p(params, 0), _p(params, 1))


def _auth_failed(params: Sequence[str], name: Namer) -> str:
    return QCoreApplication.translate(
        "ErrorText", "The user name or password was not accepted for '{0}'.").format(_p(params, 0))


def _other_op(params: Sequence[str], name: Namer) -> str:
    return QCoreApplication.translate(
        "ErrorText", "'{0}' is busy with another operation ({1}); try again when it has finished.").format(
        name(_p(params, 1)), _p(params, 2))


def _requires_sr(params: Sequence[str], name: Namer) -> str:
    return QCoreApplication.translate(
        "ErrorText", "The VM '{0}' needs the storage repository '{1}', which this server cannot reach.").format(
        name(_p(params, 0)), name(_p(params, 1)))


def _requires_network(params: Sequence[str], name: Namer) -> str:
    return QCoreApplication.translate(
        "ErrorText", "The VM '{0}' needs the network '{1}', which this server cannot reach.").format(
        name(_p(params, 0)), name(_p(params, 1)))


def _is_template(params: Sequence[str], name: Namer) -> str:
    return QCoreApplication.translate("ErrorText", "'{0}' is a template, so '{1}' is not possible.").format(
        name(_p(params, 0)), _p(params, 1))


def _is_snapshot(params: Sequence[str], name: Namer) -> str:
    return QCoreApplication.translate("ErrorText", "'{0}' is a snapshot, so '{1}' is not possible.").format(
        name(_p(params, 0)), _p(params, 1))


def _not_allowed(params: Sequence[str], name: Namer) -> str:
    reason = _p(params, 0)
    if reason:
        return QCoreApplication.translate("ErrorText", "The operation is not allowed: {0}.").format(reason.rstrip("."))
    return QCoreApplication.translate("ErrorText", "The operation is not allowed.")


def _one(noop: object, ref_index: int | None = None) -> Formatter:
    """A sentence (from QT_TRANSLATE_NOOP) that may name one object (parameter `ref_index`) as {0}."""
    text = str(noop)

    def formatter(params: Sequence[str], name: Namer) -> str:
        translated = QCoreApplication.translate("ErrorText", text)
        return translated.format(name(_p(params, ref_index))) if ref_index is not None else translated

    return formatter


FORMATTERS: dict[str, Formatter] = {
    "HOST_NOT_ENOUGH_FREE_MEMORY": _not_enough_memory,
    "VM_BAD_POWER_STATE": _bad_power_state,
    "HANDLE_INVALID": _handle_invalid,
    "SESSION_AUTHENTICATION_FAILED": _auth_failed,
    "OTHER_OPERATION_IN_PROGRESS": _other_op,
    "VM_REQUIRES_SR": _requires_sr,
    "VM_REQUIRES_NETWORK": _requires_network,
    "VM_IS_TEMPLATE": _is_template,
    "VM_IS_SNAPSHOT": _is_snapshot,
    "OPERATION_NOT_ALLOWED": _not_allowed,
    "SESSION_INVALID": _one(QT_TRANSLATE_NOOP("ErrorText", "Your session has expired; please log in again.")),
    "NO_HOSTS_AVAILABLE": _one(
        QT_TRANSLATE_NOOP("ErrorText", "No server in the pool can start this VM (not enough memory, or every server is "
                               "disabled or offline).")),
    "TASK_CANCELLED": _one(QT_TRANSLATE_NOOP("ErrorText", "The task was cancelled.")),
    "HOST_OFFLINE": _one(QT_TRANSLATE_NOOP("ErrorText", "The server '{0}' is offline."), 0),
    "HOST_DISABLED": _one(
        QT_TRANSLATE_NOOP("ErrorText", "The server '{0}' is disabled (it may be in maintenance mode)."), 0),
    "HOST_NOT_LIVE": _one(QT_TRANSLATE_NOOP("ErrorText", "The server is not live.")),
    "HOST_HAS_RESIDENT_VMS": _one(
        QT_TRANSLATE_NOOP("ErrorText", "The server '{0}' still has running VMs; move or shut them down first."), 0),
    "HOST_IS_SLAVE": _one(
        QT_TRANSLATE_NOOP("ErrorText", "This server is a pool member; connect to the pool master at {0} instead."), 0),
    "HOST_STILL_BOOTING": _one(
        QT_TRANSLATE_NOOP("ErrorText", "The server is still starting up; try again in a minute.")),
    "VM_NO_SUSPEND_SR": _one(
        QT_TRANSLATE_NOOP("ErrorText", "The VM '{0}' cannot be suspended: no storage repository is set for suspend "
            "images."), 0),
    "VM_LACKS_FEATURE": _one(
        QT_TRANSLATE_NOOP("ErrorText", "The VM '{0}' cannot do this: its guest tools are missing or too old."), 0),
    "VM_MISSING_PV_DRIVERS": _one(
        QT_TRANSLATE_NOOP("ErrorText", "The VM '{0}' needs its guest tools installed for this."), 0),
    "VM_CANNOT_DELETE_DEFAULT_TEMPLATE": _one(
        QT_TRANSLATE_NOOP("ErrorText", "'{0}' is a built-in template and cannot be deleted."), 0),
    "VM_IS_PROTECTED": _one(QT_TRANSLATE_NOOP("ErrorText", "The VM '{0}' is protected against this operation."), 0),
    "VM_SHUTDOWN_TIMEOUT": _one(QT_TRANSLATE_NOOP("ErrorText", "The VM '{0}' did not shut down in time."), 0),
    "VM_HAS_PCI_ATTACHED": _one(
        QT_TRANSLATE_NOOP("ErrorText", "The VM '{0}' has a PCI device passed through, which prevents this."), 0),
    "VM_IS_IMMOBILE": _one(QT_TRANSLATE_NOOP("ErrorText", "The VM '{0}' cannot be moved."), 0),
    "SR_FULL": _one(QT_TRANSLATE_NOOP("ErrorText", "The storage repository is full.")),
    "LICENCE_RESTRICTION": _one(QT_TRANSLATE_NOOP("ErrorText", "Your licence does not allow this ({0})."), 0),
    "RBAC_PERMISSION_DENIED": _one(QT_TRANSLATE_NOOP("ErrorText", "You do not have permission to do this ({0})."), 0),
    "PERMISSION_DENIED": _one(QT_TRANSLATE_NOOP("ErrorText", "Permission denied: {0}"), 0),
    "EVENTS_LOST": _one(
        QT_TRANSLATE_NOOP("ErrorText", "Some updates from the server were lost; the view is being refreshed.")),
    "MESSAGE_METHOD_UNKNOWN": _one(
        QT_TRANSLATE_NOOP("ErrorText", "This server does not support '{0}' (it may be too old)."), 0),
    "MESSAGE_REMOVED": _one(QT_TRANSLATE_NOOP("ErrorText", "This server no longer supports this operation.")),
    "INTERNAL_ERROR": _one(QT_TRANSLATE_NOOP("ErrorText", "The server had an internal error: {0}"), 0),
}


def failure_text(failure: XenAPIFailure, cache: ObjectCache | None = None) -> str:
    """A sentence for `failure`; refs in the parameters become names when `cache` knows them."""
    formatter = FORMATTERS.get(failure.code)
    if formatter is not None:
        return formatter(failure.params, Namer(cache))
    if failure.params:
        return QCoreApplication.translate("ErrorText", "The server reported an error: {0} ({1}).").format(
            failure.code, ", ".join(failure.params))
    return QCoreApplication.translate("ErrorText", "The server reported an error: {0}.").format(failure.code)


def error_text(exc: BaseException, cache: ObjectCache | None = None) -> str:
    """A sentence for any exception an operation or connection can end with."""
    if isinstance(exc, XenAPIFailure):
        return failure_text(exc, cache)
    if isinstance(exc, ConnectionLost):
        return QCoreApplication.translate("ErrorText", "The connection to the server was lost: {0}").format(exc)
    if isinstance(exc, ProtocolError):
        return QCoreApplication.translate("ErrorText", "The server sent an unexpected reply: {0}").format(exc)
    if isinstance(exc, NotLoggedIn):
        return QCoreApplication.translate("ErrorText", "Not connected to the server.")
    if isinstance(exc, XenAPIError):
        return str(exc)
    if isinstance(exc, TimeoutError):
        return QCoreApplication.translate("ErrorText", "The operation timed out.")
    return QCoreApplication.translate("ErrorText", "Unexpected error: {0}").format(f"{type(exc).__name__}: {exc}")

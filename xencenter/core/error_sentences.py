"""One sentence per known XenAPI error code, with the objects in its parameters named (memory in MiB/GiB).

Parameter orders are xapi's (`xenapi-protocol.md` section 4). A formatter gets the raw parameters and a Namer; it
must never put a raw ref or the code itself in its sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from .cache import ObjectCache
from .objects import as_int

# The noun for an object of a class, for sentences about objects whose name is unknown.
CLASS_NOUNS: dict[str, object] = {
    "VM": QT_TRANSLATE_NOOP("ErrorText", "virtual machine"),
    "host": QT_TRANSLATE_NOOP("ErrorText", "server"),
    "pool": QT_TRANSLATE_NOOP("ErrorText", "pool"),
    "SR": QT_TRANSLATE_NOOP("ErrorText", "storage repository"),
    "VDI": QT_TRANSLATE_NOOP("ErrorText", "virtual disk"),
    "VBD": QT_TRANSLATE_NOOP("ErrorText", "virtual disk drive"),
    "PBD": QT_TRANSLATE_NOOP("ErrorText", "storage connection"),
    "network": QT_TRANSLATE_NOOP("ErrorText", "network"),
    "VIF": QT_TRANSLATE_NOOP("ErrorText", "virtual network interface"),
    "PIF": QT_TRANSLATE_NOOP("ErrorText", "network interface card"),
    "Bond": QT_TRANSLATE_NOOP("ErrorText", "bond"),
    "VLAN": QT_TRANSLATE_NOOP("ErrorText", "VLAN"),
    "task": QT_TRANSLATE_NOOP("ErrorText", "task"),
    "session": QT_TRANSLATE_NOOP("ErrorText", "session"),
    "message": QT_TRANSLATE_NOOP("ErrorText", "alert"),
    "console": QT_TRANSLATE_NOOP("ErrorText", "console"),
}


def class_noun(cls: str) -> str:
    noun = CLASS_NOUNS.get(cls) or CLASS_NOUNS.get(next((k for k in CLASS_NOUNS if k.lower() == cls.lower()), ""))
    if noun:
        return QCoreApplication.translate("ErrorText", str(noun))
    return QCoreApplication.translate("ErrorText", "object")


class Namer:
    """Turns refs in error parameters into what a person recognises: the object's name, or a description."""

    def __init__(self, cache: ObjectCache | None) -> None:
        self.cache = cache

    def __call__(self, ref: str) -> str:
        if not ref.startswith("OpaqueRef:"):
            return ref
        if ref == "OpaqueRef:NULL":
            return QCoreApplication.translate("ErrorText", "(none)")
        found = self.cache.resolve(ref) if self.cache is not None else None
        if found is None:
            return QCoreApplication.translate("ErrorText", "an object that no longer exists")
        cls, record = found
        name = record.get("name_label") or record.get("device") or record.get("uuid")
        return str(name) if name else QCoreApplication.translate("ErrorText", "a {0}").format(class_noun(cls))


Formatter = Callable[[Sequence[str], Namer], str]


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


def _operation(op: str) -> str:
    """xapi's operation names ("clean_shutdown") read as words ("clean shutdown")."""
    return op.replace("_", " ")


def two_sizes(noop_with: object, noop_without: object) -> Formatter:
    """A sentence about two byte counts in the first two parameters (needed, available), or a plainer one when the
    server sent something that is not a number."""

    def formatter(params: Sequence[str], name: Namer) -> str:
        first, second = as_int(_p(params, 0), -1), as_int(_p(params, 1), -1)
        if first < 0 or second < 0:
            return QCoreApplication.translate("ErrorText", str(noop_without))
        return QCoreApplication.translate("ErrorText", str(noop_with)).format(format_bytes(first),
                                                                               format_bytes(second))

    return formatter


def _bad_power_state(params: Sequence[str], name: Namer) -> str:
    return QCoreApplication.translate("ErrorText", "The VM '{0}' must be {1} for this, but it is {2}.").format(
        name(_p(params, 0)), _power_state(_p(params, 1)), _power_state(_p(params, 2)))


def _handle_invalid(params: Sequence[str], name: Namer) -> str:
    return QCoreApplication.translate(
        "ErrorText", "The {0} no longer exists; it may have been deleted by someone else.").format(
        class_noun(_p(params, 0)))


def _uuid_invalid(params: Sequence[str], name: Namer) -> str:
    return QCoreApplication.translate("ErrorText", "No {0} with the UUID {1} exists.").format(
        class_noun(_p(params, 0)), _p(params, 1))


def _auth_failed(params: Sequence[str], name: Namer) -> str:
    return QCoreApplication.translate("ErrorText", "The user name or password was not accepted for '{0}'.").format(
        _p(params, 0))


def _other_op(params: Sequence[str], name: Namer) -> str:
    return QCoreApplication.translate(
        "ErrorText", "'{0}' is busy with another operation ({1}); try again when it has finished.").format(
        name(_p(params, 1)), _operation(_p(params, 2)))


def about(noop: object, *indexes: int, words: tuple[int, ...] = ()) -> Formatter:
    """A sentence whose {0}, {1}... are the named objects at `indexes` (refs -> names); `words` are indexes of
    plain values (operation names, sizes as text) shown as words."""
    text = str(noop)

    def formatter(params: Sequence[str], name: Namer) -> str:
        values = [name(_p(params, i)) for i in indexes] + [_operation(_p(params, i)) for i in words]
        return QCoreApplication.translate("ErrorText", text).format(*values)

    return formatter


def with_reason(noop_with: object, noop_without: object, index: int = 0) -> Formatter:
    """A sentence quoting the server's free-text reason when it gave one."""

    def formatter(params: Sequence[str], name: Namer) -> str:
        reason = _p(params, index).strip().rstrip(".")
        if reason:
            return QCoreApplication.translate("ErrorText", str(noop_with)).format(reason)
        return QCoreApplication.translate("ErrorText", str(noop_without))

    return formatter


def _vdi_too_small(params: Sequence[str], name: Namer) -> str:
    minimum = as_int(_p(params, 1), -1)
    shown = format_bytes(minimum) if minimum >= 0 else _p(params, 1)
    return QCoreApplication.translate(
        "ErrorText", "The virtual disk '{0}' is too small; it must be at least {1}.").format(name(_p(params, 0)), shown)


def _count_mismatch(params: Sequence[str], name: Namer) -> str:
    return QCoreApplication.translate(
        "ErrorText", "This server expects a different form of '{0}'; it may run another version of XenServer.").format(
        _p(params, 0))


# The codes that need more than naming objects; the plain ones are in error_table.
SPECIAL: dict[str, Formatter] = {
    "HOST_NOT_ENOUGH_FREE_MEMORY": two_sizes(
        QT_TRANSLATE_NOOP("ErrorText", "The server does not have enough free memory: {0} is needed but only {1} is "
                                       "available."),
        QT_TRANSLATE_NOOP("ErrorText", "The server does not have enough free memory.")),
    "VM_BAD_POWER_STATE": _bad_power_state,
    "HANDLE_INVALID": _handle_invalid,
    "UUID_INVALID": _uuid_invalid,
    "SESSION_AUTHENTICATION_FAILED": _auth_failed,
    "OTHER_OPERATION_IN_PROGRESS": _other_op,
    "SR_FULL": two_sizes(
        QT_TRANSLATE_NOOP("ErrorText", "The storage repository is full: {0} is needed but only {1} can be "
                                       "allocated."),
        QT_TRANSLATE_NOOP("ErrorText", "The storage repository is full.")),
    "VDI_TOO_SMALL": _vdi_too_small,
    "MESSAGE_PARAMETER_COUNT_MISMATCH": _count_mismatch,
}

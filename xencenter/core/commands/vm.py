"""VM verbs: power operations, copy, delete and convert to template.

Enablement follows xapi's `allowed_operations` (what the server says is possible now); when an operation is not
allowed, the power state, templates, snapshots and running operations explain why.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..i18n import LazyText
from ..objects import VM, Host
from ..operations import OperationRunner
from .base import CTX, Command, CommandContext, SelectedItem, Selection, not_connected, nothing_selected

Params = Callable[[str, Any], tuple[Any, ...]]


def _lazy(noop: object) -> LazyText:
    return LazyText(CTX, str(noop))


RUNNING_ONLY = frozenset({"Running"})


@dataclass(frozen=True)
class VmVerb:
    id: str
    text: LazyText
    title: LazyText  # the operation's title, {0} = VM name
    icon: str
    method: str
    allowed_op: str
    states: frozenset[str]
    params: Params = lambda vm, arg: (vm,)
    shortcut: str = ""
    confirmation: LazyText | None = None
    templates_ok: bool = False
    snapshots_ok: bool = False
    sync: bool = False  # no Async form (generated setters): a plain call inside the operation


def state_reason(vm: VM, states: frozenset[str], *, starts: bool = False) -> str:
    """Why `vm`'s power state rules the verb out, phrased for what the verb needs."""
    state = vm.power_state
    if starts:
        if state == "Running":
            return QCoreApplication.translate("Commands", "The VM is already running.")
        if state == "Suspended":
            return QCoreApplication.translate("Commands", "The VM is suspended; resume it instead.")
        if state == "Paused":
            return QCoreApplication.translate("Commands", "The VM is paused; unpause it instead.")
    if "Halted" in states and "Running" not in states:
        return QCoreApplication.translate("Commands", "The VM must be shut down first.")
    if states == frozenset({"Suspended"}):
        return QCoreApplication.translate("Commands", "The VM is not suspended.")
    if states == frozenset({"Paused"}):
        return QCoreApplication.translate("Commands", "The VM is not paused.")
    if state == "Halted":
        return QCoreApplication.translate("Commands", "The VM is not running.")
    if state == "Suspended":
        return QCoreApplication.translate("Commands", "The VM is suspended; resume it first.")
    if state == "Paused":
        return QCoreApplication.translate("Commands", "The VM is paused; unpause it first.")
    return QCoreApplication.translate("Commands", "The VM is {0}.").format(state.lower())


def host_reason(host: Host | None) -> str | None:
    """Why a VM cannot be started on `host`, or None."""
    if host is None:
        return QCoreApplication.translate("Commands", "The server no longer exists.")
    if host.in_maintenance_mode:
        return QCoreApplication.translate("Commands", "The host is in maintenance mode.")
    if not host.enabled:
        return QCoreApplication.translate("Commands", "The server is disabled.")
    if host.metrics is not None and not host.is_live:
        return QCoreApplication.translate("Commands", "The server is not reachable.")
    return None


class VmCommand(Command):
    def __init__(self, verb: VmVerb) -> None:
        self.verb = verb
        self.id = verb.id
        self.text = verb.text
        self.icon = verb.icon
        self.shortcut = verb.shortcut
        self.confirmation = verb.confirmation

    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        """Enabled when at least one selected VM can do it; otherwise the first VM's reason."""
        if not selection:
            return nothing_selected()
        reasons = [self.reason(item, argument) for item in selection]
        if any(reason is None for reason in reasons):
            return None
        return next(reason for reason in reasons if reason is not None)

    def reason(self, item: SelectedItem, argument: Any = None) -> str | None:
        if item.cls != "VM":
            return QCoreApplication.translate("Commands", "Select one or more virtual machines.")
        if not item.connection.is_connected:
            return not_connected(item.connection)
        vm = VM.lookup(item.connection.cache, item.ref)
        if vm is None:
            return QCoreApplication.translate("Commands", "The VM no longer exists.")
        if vm.is_control_domain:
            return QCoreApplication.translate("Commands", "This is a server's control domain.")
        if vm.is_snapshot and not self.verb.snapshots_ok:
            return QCoreApplication.translate("Commands", "'{0}' is a snapshot.").format(vm.name)
        if vm.is_template and not self.verb.templates_ok:
            return QCoreApplication.translate("Commands", "'{0}' is a template.").format(vm.name)
        if self.verb.allowed_op in vm.allowed_operations:
            return self.extra_reason(item, vm, argument)
        if vm.power_state not in self.verb.states:
            return state_reason(vm, self.verb.states, starts=self.verb.allowed_op in ("start", "start_on"))
        if vm.current_operations:
            busy = ", ".join(sorted(set(vm.current_operations.values())))
            return QCoreApplication.translate("Commands", "The VM is busy ({0}).").format(busy)
        if vm.is_default_template:
            return QCoreApplication.translate("Commands", "Built-in templates cannot be changed or deleted.")
        return QCoreApplication.translate("Commands", "The server does not allow this for '{0}' now.").format(vm.name)

    def extra_reason(self, item: SelectedItem, vm: VM, argument: Any) -> str | None:
        return None

    def confirmation_text(self, selection: Selection) -> str:
        if self.confirmation is None:
            return ""
        names = [vm.name for vm in (VM.lookup(i.connection.cache, i.ref) for i in selection) if vm is not None]
        return self.confirmation.text().format(", ".join(f"'{n}'" for n in names))

    async def run(self, context: CommandContext) -> None:
        for item in context.selection:
            if self.reason(item, context.argument) is None:
                self.start(context, item)

    def start(self, context: CommandContext, item: SelectedItem, *extra: Any) -> None:
        vm = VM.lookup(item.connection.cache, item.ref)
        title = self.verb.title.text().format(vm.name if vm is not None else item.ref)
        params = self.verb.params(item.ref, context.argument) + extra
        if self.verb.sync:
            method = self.verb.method

            async def job(runner: OperationRunner) -> Any:
                return await runner.call(method, *params)

            op = context.operations.start(title, item.connection, [item.ref], job)
        else:
            op = context.operations.start_task(title, item.connection, [item.ref], self.verb.method, *params)
        context.started.append(op)


class StartOnCommand(VmCommand):
    """Start on a chosen server: `argument` is the host ref (the UI offers `hosts()` as a submenu)."""

    def extra_reason(self, item: SelectedItem, vm: VM, argument: Any) -> str | None:
        if argument is None:
            return None
        return host_reason(Host.lookup(item.connection.cache, str(argument)))

    def hosts(self, item: SelectedItem) -> list[tuple[str, str, str | None]]:
        """(host ref, name, reason or None) for each server of the item's pool."""
        cache = item.connection.cache
        hosts = sorted((Host(ref, rec, cache) for ref, rec in cache.items("host")), key=lambda h: h.name)
        return [(h.ref, h.name, host_reason(h)) for h in hosts]


class CopyCommand(VmCommand):
    """Copy to an SR (full copy) or fast-clone: the UI supplies name and SR through `ask_copy`."""

    async def run(self, context: CommandContext) -> None:
        for item in context.selection:
            if self.reason(item) is not None:
                continue
            answer = await context.ui.ask_copy(item.ref, item.connection)
            if answer is None:
                continue
            name, sr = answer
            vm = VM.lookup(item.connection.cache, item.ref)
            title = self.verb.title.text().format(vm.name if vm is not None else item.ref)
            if sr:
                op = context.operations.start_task(title, item.connection, [item.ref], "VM.copy", item.ref, name, sr)
            else:
                op = context.operations.start_task(title, item.connection, [item.ref], "VM.clone", item.ref, name)
            context.started.append(op)


START_STATES = frozenset({"Halted"})
NO_ARGS: Params = lambda vm, arg: (vm, False, False)  # noqa: E731 - start/resume: (vm, start_paused, force)

VERBS = [
    VmVerb("vm.start", _lazy(QT_TRANSLATE_NOOP("Commands", "Start")),
           _lazy(QT_TRANSLATE_NOOP("Commands", "Starting VM '{0}'")), "vm-start", "VM.start", "start", START_STATES,
           NO_ARGS, shortcut="Ctrl+B"),
    VmVerb("vm.shutdown", _lazy(QT_TRANSLATE_NOOP("Commands", "Shut Down")),
           _lazy(QT_TRANSLATE_NOOP("Commands", "Shutting down VM '{0}'")), "vm-shutdown", "VM.clean_shutdown",
           "clean_shutdown", RUNNING_ONLY, shortcut="Ctrl+E"),
    VmVerb("vm.force_shutdown", _lazy(QT_TRANSLATE_NOOP("Commands", "Force Shutdown")),
           _lazy(QT_TRANSLATE_NOOP("Commands", "Forcing VM '{0}' to shut down")), "vm-force-shutdown",
           "VM.hard_shutdown", "hard_shutdown", frozenset({"Running", "Paused", "Suspended"}),
           confirmation=_lazy(QT_TRANSLATE_NOOP("Commands", "Force {0} to shut down? Unsaved work in the guest "
                                                            "will be lost."))),
    VmVerb("vm.reboot", _lazy(QT_TRANSLATE_NOOP("Commands", "Reboot")),
           _lazy(QT_TRANSLATE_NOOP("Commands", "Rebooting VM '{0}'")), "vm-reboot", "VM.clean_reboot",
           "clean_reboot", RUNNING_ONLY, shortcut="Ctrl+R"),
    VmVerb("vm.force_reboot", _lazy(QT_TRANSLATE_NOOP("Commands", "Force Reboot")),
           _lazy(QT_TRANSLATE_NOOP("Commands", "Forcing VM '{0}' to reboot")), "vm-force-reboot", "VM.hard_reboot",
           "hard_reboot", frozenset({"Running", "Paused"}),
           confirmation=_lazy(QT_TRANSLATE_NOOP("Commands", "Force {0} to reboot? Unsaved work in the guest will "
                                                            "be lost."))),
    VmVerb("vm.suspend", _lazy(QT_TRANSLATE_NOOP("Commands", "Suspend")),
           _lazy(QT_TRANSLATE_NOOP("Commands", "Suspending VM '{0}'")), "vm-suspend", "VM.suspend", "suspend",
           RUNNING_ONLY, shortcut="Ctrl+Y"),
    VmVerb("vm.resume", _lazy(QT_TRANSLATE_NOOP("Commands", "Resume")),
           _lazy(QT_TRANSLATE_NOOP("Commands", "Resuming VM '{0}'")), "vm-resume", "VM.resume", "resume",
           frozenset({"Suspended"}), NO_ARGS, shortcut="Ctrl+Y"),
    VmVerb("vm.pause", _lazy(QT_TRANSLATE_NOOP("Commands", "Pause")),
           _lazy(QT_TRANSLATE_NOOP("Commands", "Pausing VM '{0}'")), "vm-pause", "VM.pause", "pause", RUNNING_ONLY),
    VmVerb("vm.unpause", _lazy(QT_TRANSLATE_NOOP("Commands", "Unpause")),
           _lazy(QT_TRANSLATE_NOOP("Commands", "Unpausing VM '{0}'")), "vm-unpause", "VM.unpause", "unpause",
           frozenset({"Paused"})),
    VmVerb("vm.delete", _lazy(QT_TRANSLATE_NOOP("Commands", "Delete")),
           _lazy(QT_TRANSLATE_NOOP("Commands", "Deleting '{0}'")), "vm-delete", "VM.destroy", "destroy",
           frozenset({"Halted", "Suspended"}), shortcut="Del", templates_ok=True, snapshots_ok=True,
           confirmation=_lazy(QT_TRANSLATE_NOOP("Commands", "Delete {0}? This cannot be undone."))),
    VmVerb("vm.convert_to_template", _lazy(QT_TRANSLATE_NOOP("Commands", "Convert to Template")),
           _lazy(QT_TRANSLATE_NOOP("Commands", "Converting '{0}' to a template")), "vm-template",
           "VM.set_is_a_template", "make_into_template", START_STATES, lambda vm, arg: (vm, True), sync=True,
           confirmation=_lazy(QT_TRANSLATE_NOOP("Commands", "Convert {0} to a template? A template cannot be "
                                                            "started, and this cannot be undone."))),
]

START_ON = VmVerb("vm.start_on", _lazy(QT_TRANSLATE_NOOP("Commands", "Start on Server")),
                  _lazy(QT_TRANSLATE_NOOP("Commands", "Starting VM '{0}'")), "vm-start-on", "VM.start_on", "start_on",
                  START_STATES, lambda vm, host: (vm, host, False, False))
COPY = VmVerb("vm.copy", _lazy(QT_TRANSLATE_NOOP("Commands", "Copy...")),
              _lazy(QT_TRANSLATE_NOOP("Commands", "Copying '{0}'")), "vm-copy", "VM.copy", "copy", START_STATES,
              templates_ok=True, snapshots_ok=True)


def vm_commands() -> list[Command]:
    return [*(VmCommand(verb) for verb in VERBS), StartOnCommand(START_ON), CopyCommand(COPY)]

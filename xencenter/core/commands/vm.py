"""VM verbs: power operations, copy, delete and convert to template.

Enablement follows xapi's `allowed_operations` (what the server says is possible now); when an operation is not
allowed, the power state, templates, snapshots and running operations explain why.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..errors_text import error_text
from ..i18n import LazyText
from ..objects import VM, Host
from ..operations import OperationRunner
from ..xenapi.errors import XenAPIFailure
from .base import Command, CommandContext, SelectedItem, Verb, WizardRequest, not_connected
from .placement import host_reason, placement_reason
from .subject import VMS, ObjectCommand

Params = Callable[[str, Any], tuple[Any, ...]]

RUNNING_ONLY = frozenset({"Running"})


@dataclass(frozen=True, kw_only=True)
class VmVerb(Verb):
    """A VM verb that is one XenAPI call: `method` with `params(vm, argument)`, offered while xapi lists
    `allowed_op` in the VM's allowed_operations (`states` explains a refusal)."""

    method: str
    allowed_op: str
    states: frozenset[str]
    params: Params = lambda vm, arg: (vm,)
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


class VmCommand(ObjectCommand):
    subject = VMS
    verb: VmVerb

    def object_reason(self, vm: VM, item: SelectedItem, argument: Any) -> str | None:
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

    async def job(self, runner: OperationRunner, ref: str, argument: Any) -> Any:
        params = self.verb.params(ref, argument)
        if self.verb.sync:
            return await runner.call(self.verb.method, *params)
        return await runner.run_task(self.verb.method, *params)


class PlaceOnHost(VmCommand):
    """Start On, Resume On and Migrate to Server: `argument` is the host ref, chosen in a submenu of `choices()`
    (the cache's answer at once), refined by `check_choice` (the server's `VM.assert_can_boot_here`, which is
    also what xapi checks for a migration within the pool)."""

    def extra_reason(self, item: SelectedItem, vm: VM, argument: Any) -> str | None:
        if argument is None:
            return None
        return placement_reason(vm, Host.lookup(item.connection.cache, str(argument)))

    def choices(self, item: SelectedItem) -> list[tuple[str, str, str | None]]:
        """(host ref, name, reason or None) for each server of the item's pool (ChoosesArgument)."""
        cache = item.connection.cache
        vm = VM.lookup(cache, item.ref)
        hosts = sorted((Host(ref, rec, cache) for ref, rec in cache.items("host")), key=lambda h: h.name)
        if vm is None:
            return [(h.ref, h.name, host_reason(h)) for h in hosts]
        return [(h.ref, h.name, placement_reason(vm, h)) for h in hosts]

    async def check_choice(self, item: SelectedItem, argument: str) -> str | None:
        client = item.connection.client
        if client is None:
            return not_connected(item.connection)
        try:
            await client.call("VM.assert_can_boot_here", item.ref, argument)
        except XenAPIFailure as failure:
            return error_text(failure, item.connection.cache)
        return None


class CopyCommand(VmCommand):
    """Copy...: opens the Copy VM wizard (name, description, fast clone or full copy to an SR), whose Finish runs
    the copy as one Operation."""

    async def run(self, context: CommandContext) -> None:
        item = next((i for i in context.selection if self.reason(i) is None), None)
        if item is not None:
            await context.ui.open_wizard(WizardRequest("copy_vm", item.connection, item, context.operations))


START_STATES = frozenset({"Halted"})
NO_ARGS: Params = lambda vm, arg: (vm, False, False)  # noqa: E731 - start/resume: (vm, start_paused, force)


VERBS = [
    VmVerb(id="vm.start", text=LazyText("Commands", "Start"), title=LazyText("Commands", "Starting VM '{0}'"),
           icon="vm-start", shortcut="Ctrl+B", method="VM.start", allowed_op="start", states=START_STATES,
           params=NO_ARGS),
    VmVerb(id="vm.shutdown", text=LazyText("Commands", "Shut Down"),
           title=LazyText("Commands", "Shutting down VM '{0}'"), icon="vm-shutdown", shortcut="Ctrl+E",
           method="VM.clean_shutdown", allowed_op="clean_shutdown", states=RUNNING_ONLY,
           confirmation=LazyText("Commands", "Shut down {0}?"),
           ask_option=LazyText("Commands", "Shutting down a VM")),
    VmVerb(id="vm.force_shutdown", text=LazyText("Commands", "Force Shutdown"),
           title=LazyText("Commands", "Forcing VM '{0}' to shut down"), icon="vm-force-shutdown",
           method="VM.hard_shutdown", allowed_op="hard_shutdown", states=frozenset({"Running", "Paused", "Suspended"}),
           confirmation=LazyText("Commands", "Force {0} to shut down? Unsaved work in the guest will be lost.")),
    VmVerb(id="vm.reboot", text=LazyText("Commands", "Reboot"), title=LazyText("Commands", "Rebooting VM '{0}'"),
           icon="vm-reboot", shortcut="Ctrl+R", method="VM.clean_reboot", allowed_op="clean_reboot",
           states=RUNNING_ONLY, confirmation=LazyText("Commands", "Reboot {0}?"),
           ask_option=LazyText("Commands", "Rebooting a VM")),
    VmVerb(id="vm.force_reboot", text=LazyText("Commands", "Force Reboot"),
           title=LazyText("Commands", "Forcing VM '{0}' to reboot"), icon="vm-force-reboot", method="VM.hard_reboot",
           allowed_op="hard_reboot", states=frozenset({"Running", "Paused"}),
           confirmation=LazyText("Commands", "Force {0} to reboot? Unsaved work in the guest will be lost.")),
    VmVerb(id="vm.suspend", text=LazyText("Commands", "Suspend"), title=LazyText("Commands", "Suspending VM '{0}'"),
           icon="vm-suspend", shortcut="Ctrl+Y", method="VM.suspend", allowed_op="suspend", states=RUNNING_ONLY),
    VmVerb(id="vm.resume", text=LazyText("Commands", "Resume"), title=LazyText("Commands", "Resuming VM '{0}'"),
           icon="vm-resume", shortcut="Ctrl+Shift+Y", method="VM.resume", allowed_op="resume",
           states=frozenset({"Suspended"}), params=NO_ARGS),
    VmVerb(id="vm.pause", text=LazyText("Commands", "Pause"), title=LazyText("Commands", "Pausing VM '{0}'"),
           icon="vm-pause", method="VM.pause", allowed_op="pause", states=RUNNING_ONLY),
    VmVerb(id="vm.unpause", text=LazyText("Commands", "Unpause"), title=LazyText("Commands", "Unpausing VM '{0}'"),
           icon="vm-unpause", method="VM.unpause", allowed_op="unpause", states=frozenset({"Paused"})),
    VmVerb(id="vm.convert_to_template", text=LazyText("Commands", "Convert to Template"),
           title=LazyText("Commands", "Converting '{0}' to a template"), icon="vm-template",
           method="VM.set_is_a_template", allowed_op="make_into_template", states=START_STATES,
           params=lambda vm, arg: (vm, True), sync=True,
           confirmation=LazyText("Commands", "Convert {0} to a template? A template cannot be started, and this "
                                             "cannot be undone.")),
]

START_ON = VmVerb(id="vm.start_on", text=LazyText("Commands", "Start on Server"),
                  title=LazyText("Commands", "Starting VM '{0}'"), icon="vm-start-on", method="VM.start_on",
                  allowed_op="start_on", states=START_STATES, params=lambda vm, host: (vm, host, False, False),
                  needs_argument=True)
RESUME_ON = VmVerb(id="vm.resume_on", text=LazyText("Commands", "Resume on Server"),
                   title=LazyText("Commands", "Resuming VM '{0}'"), icon="vm-resume", method="VM.resume_on",
                   allowed_op="resume_on", states=frozenset({"Suspended"}),
                   params=lambda vm, host: (vm, host, False, False), needs_argument=True)
MIGRATE = VmVerb(id="vm.migrate", text=LazyText("Commands", "Migrate to Server"),
                 title=LazyText("Commands", "Migrating VM '{0}'"), icon="vm-migrate", method="VM.pool_migrate",
                 allowed_op="pool_migrate", states=RUNNING_ONLY,
                 params=lambda vm, host: (vm, host, {"live": "true"}), needs_argument=True)
COPY = VmVerb(id="vm.copy", text=LazyText("Commands", "Copy..."), title=LazyText("Commands", "Copying '{0}'"),
              icon="vm-copy", method="VM.copy", allowed_op="copy", states=START_STATES, templates_ok=True,
              snapshots_ok=True, permissions=("vm.copy", "vm.clone", "vm.set_name_description"))


def vm_commands() -> list[Command]:
    return [*(VmCommand(verb) for verb in VERBS), PlaceOnHost(START_ON), PlaceOnHost(RESUME_ON),
            PlaceOnHost(MIGRATE), CopyCommand(COPY)]

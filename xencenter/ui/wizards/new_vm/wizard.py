"""open_new_vm: the New VM wizard's window for a WizardRequest (pool, server, template or snapshot selected)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ....core.commands import WizardRequest
from ....core.commands.choices import ChoiceChecks
from ....core.commands.vm import START_ON, PlaceOnHost
from ....core.i18n import translate
from ....core.objects import VM
from ....core.wizard import ChoiceEligibility, WizardFlow
from ....core.wizard.new_vm import NewVmChoices, new_vm_pages, start_creation
from ....core.wizard.new_vm.choices import apply_template
from ....core.wizard.new_vm.template import templates
from ..page import PageWidget
from ..window import WizardWindow
from .pages_devices import NetworkPageWidget, NewVmSummaryWidget, StoragePageWidget
from .pages_host import CpuMemoryPageWidget, HomeServerPageWidget
from .pages_source import MediaPageWidget, NamePageWidget, TemplatePageWidget

WIDGETS: dict[str, type[PageWidget]] = {
    "template": TemplatePageWidget, "name": NamePageWidget, "media": MediaPageWidget,
    "home": HomeServerPageWidget, "cpu": CpuMemoryPageWidget, "storage": StoragePageWidget,
    "network": NetworkPageWidget,
}


def starting_template(request: WizardRequest) -> str:
    """The selected template or snapshot, else the first built-in template."""
    cache = request.connection.cache
    item = request.item
    if item is not None and item.cls == "VM":
        vm = VM.lookup(cache, item.ref)
        if vm is not None and (vm.is_template or vm.is_snapshot):
            return vm.ref
    offered = templates(cache)
    return offered[0].ref if offered else ""


def open_new_vm(request: WizardRequest, parent: QWidget | None = None,
                choice_checks: ChoiceChecks | None = None) -> WizardWindow:
    """The wizard's window; the home server page asks the server through `choice_checks` (the app's, shared with
    the Start On submenu) or checks of its own."""
    connection = request.connection
    state = NewVmChoices(connection.cache)
    template = starting_template(request)
    if template:
        apply_template(state, template)
    if request.item is not None and request.item.cls == "host":
        state.home = request.item.ref  # New VM on a server: that server is the home

    checks = ChoiceEligibility(choice_checks or ChoiceChecks(), PlaceOnHost(START_ON), connection)
    flow = WizardFlow(new_vm_pages(checks), state)
    pages: list[PageWidget] = []
    for logic in flow.pages:
        if logic.key == "summary":
            pages.append(NewVmSummaryWidget(logic, state, flow))
        else:
            pages.append(WIDGETS[logic.key](logic, state))

    def finish(choices: NewVmChoices) -> Any:
        return start_creation(request.operations, choices, connection)

    title = translate("NewVm", "New VM — {0}").format(connection.display_name)
    window = WizardWindow(title, "newVmWizard", flow, pages, finish, parent,
                          finish_text=translate("NewVm", "&Create Now"))
    checks.setParent(window)
    if choice_checks is None:
        checks.checks.setParent(window)
    return window

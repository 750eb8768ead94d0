"""open_new_vm: the New VM wizard's window for a WizardRequest (pool, server, template or snapshot selected)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ....core.commands import WizardRequest
from ....core.i18n import translate
from ....core.objects import VM
from ....core.wizard import EligibilityCache, WizardFlow
from ....core.wizard.new_vm import NewVmChoices, new_vm_pages, start_creation
from ....core.wizard.new_vm.choices import apply_template
from ....core.wizard.new_vm.template import templates
from ..page import PageWidget
from ..window import WizardWindow
from .pages_devices import NetworkPageWidget, StoragePageWidget, SummaryPageWidget
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


def open_new_vm(request: WizardRequest, parent: QWidget | None = None) -> WizardWindow:
    connection = request.connection
    state = NewVmChoices(connection.cache)
    template = starting_template(request)
    if template:
        apply_template(state, template)
    if request.item is not None and request.item.cls == "host":
        state.home = request.item.ref  # New VM on a server: that server is the home

    async def can_boot(key: Any) -> None:
        template_ref, host_ref = key
        client = connection.client
        if client is not None:
            await client.call("VM.assert_can_boot_here", template_ref, host_ref)

    checks = EligibilityCache(can_boot, connection.cache)
    flow = WizardFlow(new_vm_pages(checks), state)
    pages: list[PageWidget] = []
    for logic in flow.pages:
        if logic.key == "summary":
            pages.append(SummaryPageWidget(logic, state, flow))
        else:
            pages.append(WIDGETS[logic.key](logic, state))

    def finish(choices: NewVmChoices) -> Any:
        return start_creation(request.operations, choices, connection)

    title = translate("NewVm", "New VM — {0}").format(connection.display_name)
    window = WizardWindow(title, "newVmWizard", flow, pages, finish, parent)
    checks.setParent(window)
    return window

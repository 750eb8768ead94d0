"""open_migrate: the Migrate wizard's window for a WizardRequest (a VM selected, or dropped on a host)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ....core.commands import WizardRequest
from ....core.commands.choices import ChoiceChecks
from ....core.i18n import translate
from ....core.objects import VM
from ....core.wizard import ChoiceEligibility, WizardFlow
from ....core.wizard.migrate import MigrateCheck, MigrateChoices, migrate_pages, retarget, start_migration
from ....core.wizard.migrate.check import find_host
from ..page import PageWidget
from ..summary import SummaryPageWidget
from ..window import WizardWindow
from .pages import DestinationPageWidget, NetworkMapWidget, StorageMapWidget, TransferPageWidget

WIDGETS: dict[str, type[PageWidget]] = {
    "destination": DestinationPageWidget, "storage": StorageMapWidget, "network": NetworkMapWidget,
    "transfer": TransferPageWidget,
}


def open_migrate(request: WizardRequest, parent: QWidget | None = None,
                 choice_checks: ChoiceChecks | None = None) -> WizardWindow:
    """The wizard's window; hosts are checked through `choice_checks` (the app's cache of server answers)."""
    connection = request.connection
    vm = request.item.ref if request.item is not None else ""
    connections = list(request.connections) or [connection]
    if connection not in connections:
        connections.insert(0, connection)
    state = MigrateChoices(connection, vm, connections, target=connection)
    preset = find_host(connections, request.preset) if request.preset else None
    if preset is not None:
        retarget(state, preset, request.preset)

    checks = ChoiceEligibility(choice_checks or ChoiceChecks(), MigrateCheck(connections), connection)
    flow = WizardFlow(migrate_pages(checks), state)
    pages: list[PageWidget] = [SummaryPageWidget(logic, state, flow) if logic.key == "summary" else
                               WIDGETS[logic.key](logic, state) for logic in flow.pages]

    def finish(choices: MigrateChoices) -> Any:
        return start_migration(request.operations, choices)

    record = VM.lookup(connection.cache, vm)
    title = translate("Migrate", "Migrate VM — {0}").format(record.name if record is not None else vm)
    window = WizardWindow(title, "migrateWizard", flow, pages, finish, parent,
                          finish_text=translate("Migrate", "&Migrate"))
    checks.setParent(window)
    if choice_checks is None:
        checks.checks.setParent(window)
    return window

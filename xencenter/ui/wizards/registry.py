"""The wizards the UI can open, by the name a WizardVerb gives (`wizard="new_vm"`), and `open_wizard`.

A new wizard adds one entry here: a function from the WizardRequest, the parent window and the app's ChoiceChecks
(the cached server answers its eligibility questions go through) to its window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ...core.commands import WizardRequest
from ...core.commands.choices import ChoiceChecks
from .copy_vm import open_copy_vm
from .dr import open_configure_dr, open_dr
from .ha import open_configure_ha
from .migrate.wizard import open_migrate
from .new_network import open_new_network
from .new_sr import open_new_sr
from .new_vm.wizard import open_new_vm
from .pools import open_add_to_pool, open_new_pool
from .vapp import open_new_vapp, open_vapp_properties
from .vmss import open_new_vmss
from .window import WizardWindow
from .xva import open_export_vm, open_import_vm

# (request, parent window, the app's ChoiceChecks for eligibility answers) -> the wizard's window
WIZARDS: dict[str, Callable[[WizardRequest, QWidget | None, ChoiceChecks | None], WizardWindow]] = {
    "new_vm": open_new_vm,
    "migrate": open_migrate,
    "copy_vm": open_copy_vm,
    "configure_ha": open_configure_ha,
    "export_vm": open_export_vm,
    "import_vm": open_import_vm,
    "new_network": open_new_network,
    "new_sr": open_new_sr,
    "new_pool": open_new_pool,
    "add_to_pool": open_add_to_pool,
    "new_vmss": open_new_vmss,
    "configure_dr": open_configure_dr,
    "dr": open_dr,
    "new_vapp": open_new_vapp,
    "vapp_properties": open_vapp_properties,
}


def open_wizard(request: WizardRequest, parent: QWidget | None = None,
                checks: ChoiceChecks | None = None) -> WizardWindow:
    """Build and show the wizard (non-modal; it deletes itself when closed)."""
    window = WIZARDS[request.wizard](request, parent, checks)
    window.show()
    return window

"""The wizards the UI can open, by the name a WizardVerb gives (`wizard="new_vm"`), and `open_wizard`.

A new wizard adds one entry here: a function from the WizardRequest (and the parent window) to its window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ...core.commands import WizardRequest
from .new_vm.wizard import open_new_vm
from .window import WizardWindow

WIZARDS: dict[str, Callable[[WizardRequest, QWidget | None], WizardWindow]] = {
    "new_vm": open_new_vm,
}


def open_wizard(request: WizardRequest, parent: QWidget | None = None) -> WizardWindow:
    """Build and show the wizard (non-modal; it deletes itself when closed)."""
    window = WIZARDS[request.wizard](request, parent)
    window.show()
    return window

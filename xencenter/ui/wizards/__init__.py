"""Wizards: a non-modal WizardWindow over a core WizardFlow, one PageWidget per PageLogic.

`open_wizard(request, parent)` opens the wizard a WizardRequest names (see WIZARDS in `registry`).
"""

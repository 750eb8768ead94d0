"""User verbs as declared commands: each is a behaviour class built with one frozen, keyword-only Verb
(base.Verb, or a subclass adding fields, such as vm.VmVerb), registered in the CommandRegistry."""

from __future__ import annotations

from .base import (
           CONNECTION,
           ChoosesArgument,
           Command,
           CommandContext,
           CommandUi,
           NewServer,
           SelectedItem,
           Selection,
           Verb,
           WizardRequest,
)
from .registry import CommandRegistry, CommandUnavailable, default_commands

__all__ = ["CONNECTION", "ChoosesArgument", "Command", "CommandContext", "CommandRegistry", "CommandUi",
           "CommandUnavailable", "NewServer", "SelectedItem", "Selection", "Verb", "WizardRequest",
           "default_commands"]

"""User verbs as declarative commands: VM, host and connection commands and their registry."""

from __future__ import annotations

from .base import CONNECTION, Command, CommandContext, CommandUi, NewServer, SelectedItem, Selection
from .registry import CommandRegistry, CommandUnavailable, default_commands

__all__ = ["CONNECTION", "Command", "CommandContext", "CommandRegistry", "CommandUi", "CommandUnavailable",
           "NewServer", "SelectedItem", "Selection", "default_commands"]

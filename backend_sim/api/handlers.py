"""Imports every module that registers message implementations, so the registry is complete."""

from __future__ import annotations

from . import event_api, host_api, message_api, session_api, task_api, vm_api, vm_lifecycle  # noqa: F401

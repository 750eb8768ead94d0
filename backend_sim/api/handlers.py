"""Imports every module that registers message implementations, so the registry is complete."""

from __future__ import annotations

from . import event_api, session_api, task_api  # noqa: F401

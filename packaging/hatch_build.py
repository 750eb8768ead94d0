"""Wheel build hook: compile the translations (resources/i18n/*.ts -> xencenter/resources/i18n/*.qm) with
PySide6's lrelease, so an installed console speaks Galician and Spanish. The .qm files are build products, never
committed; pyproject.toml lists them as artifacts of the wheel."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        spec = importlib.util.spec_from_file_location("xencenter_i18n_build", Path(self.root) / "packaging" / "i18n.py")
        assert spec is not None and spec.loader is not None
        i18n = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(i18n)
        i18n.build()

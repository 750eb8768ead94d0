"""The object tabs (General, Memory, Storage, Networking, NICs, Logs, Search) and their host widget."""

from __future__ import annotations

from .host import TabHost

__all__ = ["TabHost"]

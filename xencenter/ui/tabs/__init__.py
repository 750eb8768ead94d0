"""The object tabs (General, Memory, Storage, Networking, NICs, Users, Logs, Search) and their host widget.

A tab is one class declared in base.py's terms (KEY, TITLE, one `@shows` populate hook per object class) and
listed in registry.TABS, which gives the order; the TabHost picks from those declarations.
"""

from __future__ import annotations

from .host import TabHost

__all__ = ["TabHost"]

"""PageLogic: what a wizard page checks and summarises, apart from how it is shown.

A page reads and writes one shared state object (a dataclass of the wizard's choices). `problems(state)` lists
what xapi would refuse, each as a Problem beside a named field ("" for the page as a whole); Next is enabled when
the list is empty. `summary(state)` gives (label, value) lines for the summary page. `applies(state)` lets a page
drop out of the flow (a branch), as XenCenter's AddPage/RemovePage do.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from ..i18n import LazyText

S = TypeVar("S")


@dataclass(frozen=True)
class Problem:
    field: str  # the key of the field the message sits beside; "" for the page
    text: str  # a translated sentence saying what is wrong and, where it helps, what would do


class PageLogic(Generic[S]):
    """One page: subclasses set `key` and `title` and override what they check."""

    key = ""
    title = LazyText("Wizard", "Page")

    def applies(self, state: S) -> bool:
        return True

    def problems(self, state: S) -> list[Problem]:
        return []

    def summary(self, state: S) -> list[tuple[str, str]]:
        return []


def problems_for(problems: list[Problem], field: str) -> str:
    """The messages about one field, one per line ("" when it is fine)."""
    return "\n".join(p.text for p in problems if p.field == field)

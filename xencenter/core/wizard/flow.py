"""WizardFlow: the pages in order, the current one, and moving Back and Next over the pages that apply.

The state object is shared by every page and never copied, so going Back and Next again keeps every choice.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from .page import PageLogic, Problem

S = TypeVar("S")


class WizardFlow(Generic[S]):
    def __init__(self, pages: Sequence[PageLogic[S]], state: S) -> None:
        if not pages:
            raise ValueError("a wizard needs at least one page")
        self.pages = list(pages)
        self.state = state
        self.index = 0

    @property
    def current(self) -> PageLogic[S]:
        return self.pages[self.index]

    def active(self) -> list[PageLogic[S]]:
        """The pages that apply to the state now (the step list shows these)."""
        return [page for page in self.pages if page.applies(self.state)]

    def problems(self) -> list[Problem]:
        return self.current.problems(self.state)

    def _neighbour(self, step: int) -> int | None:
        index = self.index + step
        while 0 <= index < len(self.pages):
            if self.pages[index].applies(self.state):
                return index
            index += step
        return None

    @property
    def can_back(self) -> bool:
        return self._neighbour(-1) is not None

    @property
    def is_last(self) -> bool:
        return self._neighbour(1) is None

    @property
    def can_next(self) -> bool:
        return not self.is_last and not self.problems()

    @property
    def can_finish(self) -> bool:
        """Finish on the last page, when no page that applies has a problem."""
        return self.is_last and not any(page.problems(self.state) for page in self.active())

    def next(self) -> bool:
        target = self._neighbour(1)
        if target is None or self.problems():
            return False
        self.index = target
        return True

    def back(self) -> bool:
        target = self._neighbour(-1)
        if target is None:
            return False
        self.index = target
        return True

    def go_to(self, key: str) -> bool:
        """Jump back to an earlier page (a click in the step list); never forward past unchecked pages."""
        for index, page in enumerate(self.pages[: self.index]):
            if page.key == key and page.applies(self.state):
                self.index = index
                return True
        return False

    def summary(self) -> list[tuple[str, str]]:
        return [line for page in self.active() for line in page.summary(self.state)]

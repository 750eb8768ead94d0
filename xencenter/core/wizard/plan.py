"""A wizard's Finish: ONE Operation running named steps, with progress, cancel and rollback.

Each Step has a name (shown as the Operation's description while it runs) and a weight (its share of the
progress bar). A step that creates something registers how to remove it (`PlanRun.undo`); when a later step
fails, or the user cancels, the Operation runs those removals newest first before it ends, and its note says
what was removed, so a failed wizard leaves nothing half made (e.g. the VM whose VIF could not be created).
Steps share results through `PlanRun.values` (the new VM's ref, say).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..connection import Connection
from ..errors_text import error_text
from ..i18n import LazyText
from ..operation import Operation
from ..operations import OperationList, OperationRunner

log = logging.getLogger("xencenter.wizard")

StepWork = Callable[["PlanRun"], Awaitable[Any]]
UndoWork = Callable[[OperationRunner], Awaitable[Any]]


@dataclass(frozen=True)
class Step:
    name: LazyText | str
    work: StepWork
    weight: float = 1.0

    def label(self) -> str:
        return self.name.text() if isinstance(self.name, LazyText) else self.name


@dataclass(frozen=True)
class _Undo:
    label: str
    work: UndoWork


class PlanRun:
    """What a step may do: calls and Async tasks (progress mapped into the step's share), undo registration."""

    def __init__(self, runner: OperationRunner) -> None:
        self.runner = runner
        self.values: dict[str, Any] = {}
        self.span = (0.0, 1.0)
        self._undo: list[_Undo] = []

    @property
    def connection(self) -> Connection:
        return self.runner.connection

    async def call(self, method: str, *params: Any) -> Any:
        return await self.runner.call(method, *params)

    async def task(self, method: str, *params: Any) -> Any:
        """Run `Async.<method>` as part of this step; cancelling the Operation cancels the task."""
        try:
            return await self.runner.run_task(method, *params, span=self.span)
        finally:
            self.runner.operation.task_ref = None  # between tasks a cancel stops the job itself

    def undo(self, label: str, work: UndoWork) -> None:
        """Register how to remove what this step created (`label` names it for the Events pane)."""
        self._undo.append(_Undo(label, work))

    async def rollback(self) -> list[str]:
        """Undo everything registered, newest first; the labels of what could not be undone."""
        failed: list[str] = []
        while self._undo:
            undo = self._undo.pop()
            try:
                await undo.work(self.runner)
            except Exception as exc:  # keep undoing the rest; the note says what is left behind
                log.warning("rollback of %s failed: %s", undo.label, error_text(exc, self.connection.cache))
                failed.append(undo.label)
        return failed

    def commit(self) -> None:
        """What was created is complete: later steps failing must not remove it."""
        self._undo.clear()

    @property
    def undo_labels(self) -> list[str]:
        return [undo.label for undo in self._undo]


async def run_steps(runner: OperationRunner, steps: Sequence[Step]) -> dict[str, Any]:
    """Run `steps` in order on `runner`'s Operation; on failure or cancel roll back, note it, and re-raise."""
    plan = PlanRun(runner)
    total = sum(max(step.weight, 0.0) for step in steps) or 1.0
    done = 0.0
    operation = runner.operation
    try:
        for number, step in enumerate(steps, 1):
            plan.span = (done / total, (done + max(step.weight, 0.0)) / total)
            operation.set_description(QCoreApplication.translate("Wizard", "Step {0} of {1}: {2}").format(
                number, len(steps), step.label()))
            operation.set_progress(plan.span[0])
            await step.work(plan)
            done += max(step.weight, 0.0)
    except BaseException:
        await _roll_back(plan, operation)
        raise
    return plan.values


async def _roll_back(plan: PlanRun, operation: Operation) -> None:
    labels = plan.undo_labels
    if not labels:
        return
    operation.set_description(QCoreApplication.translate("Wizard", "Undoing what was created"))
    # Shielded: a second cancel must not leave half of the rollback undone.
    failed = await asyncio.shield(plan.rollback())
    if failed:
        operation.note = QCoreApplication.translate("Wizard", "could not remove: {0}").format(", ".join(failed))
    else:
        operation.note = QCoreApplication.translate("Wizard", "removed: {0}").format(", ".join(reversed(labels)))
    operation.changed.emit()


def start_plan(operations: OperationList, title: str, connection: Connection, refs: Sequence[str],
               steps: Sequence[Step]) -> Operation:
    """Start the steps as one Operation in the Events pane (never blocks; errors end up on the Operation)."""

    async def job(runner: OperationRunner) -> Any:
        return await run_steps(runner, steps)

    return operations.start(title, connection, refs, job)

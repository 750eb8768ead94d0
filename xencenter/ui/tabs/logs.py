"""Logs tab: the object's history, newest first: our operations and xapi tasks about it, and its messages.

Operations come from the OperationList (those naming the object); tasks from the cache (running ones the
object lists in current_operations, or tagged other_config:applies_to); messages match class and obj_uuid.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...core.alert_level import message_level
from ...core.alert_titles import alert_title
from ...core.cache import CacheDelta, ObjectCache, Record
from ...core.commands import SelectedItem
from ...core.i18n import LazyText, translate
from ...core.objects import Task
from ...core.operation import Operation, OperationState
from ...core.timetext import parse_xapi_time
from ..models.rows import Row, RowsModel, cell, columns
from ..widgets.table import make_table
from . import fmt
from .base import BaseTab, TabContext, shows
from .deps import Tracker

CTX = "LogsTab"

COLUMNS = columns(
    CTX, (QT_TRANSLATE_NOOP("LogsTab", "Time"), False), (QT_TRANSLATE_NOOP("LogsTab", "Type"), False),
    (QT_TRANSLATE_NOOP("LogsTab", "Title"), False), (QT_TRANSLATE_NOOP("LogsTab", "Status"), False),
    (QT_TRANSLATE_NOOP("LogsTab", "Details"), False))

# message.cls spells classes its own way.
MESSAGE_CLASS = {"VM": "VM", "host": "Host", "pool": "Pool", "SR": "SR", "VDI": "VDI"}
STATES = {OperationState.RUNNING: str(QT_TRANSLATE_NOOP("LogsTab", "In progress")),
          OperationState.CANCELLING: str(QT_TRANSLATE_NOOP("LogsTab", "Cancelling")),
          OperationState.SUCCEEDED: str(QT_TRANSLATE_NOOP("LogsTab", "Completed")),
          OperationState.FAILED: str(QT_TRANSLATE_NOOP("LogsTab", "Failed")),
          OperationState.CANCELLED: str(QT_TRANSLATE_NOOP("LogsTab", "Cancelled")),
          OperationState.GONE: str(QT_TRANSLATE_NOOP("LogsTab", "Unknown"))}
TASK_STATES = {"pending": STATES[OperationState.RUNNING], "cancelling": STATES[OperationState.CANCELLING],
               "success": STATES[OperationState.SUCCEEDED], "failure": STATES[OperationState.FAILED],
               "cancelled": STATES[OperationState.CANCELLED]}


def operation_started(op: Operation) -> datetime:
    """Wall-clock start of an operation, to the second (Operation keeps only a monotonic start)."""
    started = getattr(op, "_started", None)
    age = time.monotonic() - started if isinstance(started, float) else op.elapsed
    return datetime.fromtimestamp(round(time.time() - age), UTC)


def _row(key: str, when: datetime | None, kind: str, title: str, status: str, details: str) -> tuple[float, Row]:
    stamp = when.timestamp() if when is not None else 0.0
    return stamp, (key, (cell(fmt.time_text(when), stamp), cell(kind), cell(title), cell(status), cell(details)))


def task_applies(task: Record, ref: str, uuid: str) -> bool:
    applies = str((task.get("other_config") or {}).get("applies_to", ""))
    return bool(applies) and any(part.strip() in (ref, uuid) for part in applies.split(","))


class LogsTab(BaseTab):
    KEY = "logs"
    TITLE = LazyText("Tabs", "Logs")

    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = RowsModel(COLUMNS, self)
        self.view = make_table(self.model, "logs-table", translate("LogsTab", "History of this object"), self)
        QVBoxLayout(self).addWidget(self.view)
        ops = context.operations
        ops.added.connect(self._on_operations)
        for signal in (ops.changed, ops.removed):
            signal.connect(self._on_operation)

    def _on_operations(self, added: list[Operation]) -> None:
        for op in added:
            self._on_operation(op)

    def _on_operation(self, op: Operation) -> None:
        if not op.refs:
            return  # other clients' tasks name no object (their applies_to comes through `wants`)
        item = self.item
        if item is not None and op.connection is item.connection and item.ref in op.refs:
            self.refresh_later()

    def wants(self, cache: ObjectCache, delta: CacheDelta) -> bool:
        """A message about our object arrived or went, or a task tagged for it."""
        item = self.item
        if item is None or not (delta.touches("message") or delta.touches("task")):
            return False
        uuid = str((cache.get(item.cls, item.ref) or {}).get("uuid", ""))
        records = [cache.get(cls, ref) for cls, ref in delta.added if cls in ("message", "task")]
        records += [r.old for r in delta.removed if r.cls in ("message", "task")]
        return any(rec is not None and (rec.get("obj_uuid") == uuid or task_applies(rec, item.ref, uuid))
                   for rec in records)

    def show_nothing(self) -> None:
        self.model.set_rows([])

    @shows("VM", "host", "pool", "SR", "network", "VDI")
    def show_history(self, tracker: Tracker, item: SelectedItem) -> None:
        """The same history for every class: operations, tasks and messages naming the object."""
        record = tracker.get(item.cls, item.ref) or {}
        uuid = str(record.get("uuid", ""))
        rows: list[tuple[float, Row]] = []
        ours = set()
        for op in self.context.operations:
            if op.connection is item.connection and item.ref in op.refs:
                ours.add(op.task_ref)
                details = op.error_text or op.description
                status = translate("LogsTab", STATES[op.state])
                if op.state is OperationState.RUNNING:
                    status = translate("LogsTab", "{0} ({1}%)").format(status, round(op.progress * 100))
                rows.append(_row(f"op:{id(op)}", operation_started(op), translate("LogsTab", "Task"), op.title, status,
                                 details))
        running = set((record.get("current_operations") or {}).keys())
        for ref, task_record in tracker.cache.items("task"):  # new tagged tasks come through `wants`
            if ref in ours or not (ref in running or task_applies(task_record, item.ref, uuid)):
                continue
            tracker.deps.refs.add(ref)
            task = Task(ref, task_record, tracker.cache)
            status = translate("LogsTab", TASK_STATES.get(task.status, task.status))
            rows.append(_row(f"task:{ref}", parse_xapi_time(task_record.get("created")), translate("LogsTab", "Task"),
                             task.name or ref, status, " ".join(task.error_info)))
        message_class = MESSAGE_CLASS.get(item.cls)
        for ref, message in tracker.cache.items("message"):  # new messages come through `wants`
            if message.get("obj_uuid") != uuid or not uuid or (message_class and message.get("cls") != message_class):
                continue
            level = message_level(message).text()  # as the Alerts pane shows it
            rows.append(_row(f"msg:{ref}", parse_xapi_time(message.get("timestamp")), translate("LogsTab", "Alert"),
                             alert_title(str(message.get("name") or "")), level, str(message.get("body") or "")))
            tracker.deps.refs.add(ref)
        rows.sort(key=lambda r: (-r[0], r[1][0]))
        self.model.set_rows([row for _, row in rows])

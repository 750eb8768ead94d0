"""Lifecycle events to mark on a performance graph's time axis, from the messages in the object cache."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from ..cache import ObjectCache, Record
from ..i18n import LazyText

LIFECYCLE = {
    "VM_STARTED": LazyText("Performance", "Started"),
    "VM_SHUTDOWN": LazyText("Performance", "Shut down"),
    "VM_REBOOTED": LazyText("Performance", "Rebooted"),
    "VM_MIGRATED": LazyText("Performance", "Migrated"),
    "VM_SUSPENDED": LazyText("Performance", "Suspended"),
    "VM_RESUMED": LazyText("Performance", "Resumed"),
    "VM_CRASHED": LazyText("Performance", "Crashed"),
    "HOST_REBOOTED": LazyText("Performance", "Server rebooted"),
    "ALARM": LazyText("Performance", "Alarm"),
}


@dataclass(frozen=True)
class LifecycleEvent:
    time: float  # epoch seconds
    name: str  # the message name (VM_STARTED, ...)
    label: str  # translated, short

    @property
    def is_alarm(self) -> bool:
        return self.name == "ALARM"


def _epoch(value: object) -> float | None:
    text = str(value or "").strip()
    for pattern in ("%Y%m%dT%H:%M:%SZ", "%Y-%m-%dT%H:%M:%SZ", "%Y%m%dT%H%M%SZ"):
        try:
            return datetime.strptime(text, pattern).replace(tzinfo=UTC).timestamp()
        except ValueError:
            continue
    return None


def lifecycle_events(messages: Iterable[Record], uuids: set[str]) -> list[LifecycleEvent]:
    """The lifecycle (and alarm) messages about these objects, oldest first."""
    found = []
    for record in messages:
        name = str(record.get("name", ""))
        label = LIFECYCLE.get(name)
        if label is None or str(record.get("obj_uuid", "")) not in uuids:
            continue
        stamp = _epoch(record.get("timestamp"))
        if stamp is not None:
            found.append(LifecycleEvent(stamp, name, label.text()))
    return sorted(found, key=lambda e: e.time)


def events_for(cache: ObjectCache, uuids: set[str]) -> list[LifecycleEvent]:
    return lifecycle_events(cache.all_of("message").values(), uuids)

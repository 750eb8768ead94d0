"""The Alerts pane's title for a xapi message, as XenCenter words them: xapi names messages in capitals
("HA_HOST_FAILED"); the common ones get a sentence of their own, the rest their name in words ("Vm started")."""

from __future__ import annotations

from .i18n import LazyText

TITLES: dict[str, LazyText] = {
    "VM_STARTED": LazyText("AlertTitles", "VM started"),
    "VM_SHUTDOWN": LazyText("AlertTitles", "VM shut down"),
    "VM_REBOOTED": LazyText("AlertTitles", "VM rebooted"),
    "VM_SUSPENDED": LazyText("AlertTitles", "VM suspended"),
    "VM_RESUMED": LazyText("AlertTitles", "VM resumed"),
    "VM_PAUSED": LazyText("AlertTitles", "VM paused"),
    "VM_UNPAUSED": LazyText("AlertTitles", "VM unpaused"),
    "VM_CRASHED": LazyText("AlertTitles", "VM crashed"),
    "VM_CLONED": LazyText("AlertTitles", "VM cloned"),
    "VM_SNAPSHOTTED": LazyText("AlertTitles", "Snapshot taken"),
    "VM_MIGRATED": LazyText("AlertTitles", "VM migrated"),
    "ALARM": LazyText("AlertTitles", "Performance alarm"),
    "HA_HOST_FAILED": LazyText("AlertTitles", "Server failed (high availability)"),
    "HA_HOST_WAS_FENCED": LazyText("AlertTitles", "Server fenced (high availability)"),
    "HA_STATEFILE_LOST": LazyText("AlertTitles", "High-availability statefile lost"),
    "HA_POOL_OVERCOMMITTED": LazyText("AlertTitles", "Pool overcommitted (high availability)"),
    "HA_PROTECTED_VM_RESTART_FAILED": LazyText("AlertTitles", "Protected VM could not restart"),
    "POOL_MASTER_TRANSITION": LazyText("AlertTitles", "New pool master"),
    "HOST_CLOCK_SKEW_DETECTED": LazyText("AlertTitles", "Server clock skew"),
    "LICENSE_EXPIRES_SOON": LazyText("AlertTitles", "Licence expires soon"),
    "LICENSE_EXPIRED": LazyText("AlertTitles", "Licence expired"),
    "HA_POOL_DROP_IN_PLAN_EXISTS_FOR": LazyText("AlertTitles", "High-availability plan changed"),
    "LESSON": LazyText("AlertTitles", "Lesson"),
    "LESSON_STEP_FAILED": LazyText("AlertTitles", "Lesson step failed"),
}


def alert_title(name: str) -> str:
    title = TITLES.get(name)
    if title is not None:
        return title.text()
    words = name.replace("_", " ").strip().lower()
    return words[:1].upper() + words[1:] if words else name

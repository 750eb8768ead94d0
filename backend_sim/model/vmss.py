"""VM snapshot schedules (xapi's VMSS): the schedule map's rules, when a policy runs next, its snapshots' names.

The schedule map is checked as xapi's Map_check does it (ocaml/xapi/xapi_vmss.ml): per frequency a set of
keys with their allowed values, a missing key taking its default, an unknown key or a bad value refused
with INVALID_VALUE ["schedule:<key>", value]; `retained_snapshots` is 1..10 (INVALID_VALUE
["retained_snapshots", value]). Times are the pool's (the simulator keeps UTC).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from .. import errors
from ..errors import ApiError
from ..store.store import Store

TYPES = ("snapshot", "checkpoint", "snapshot_with_quiesce")
FREQUENCIES = ("hourly", "daily", "weekly")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MINUTES = ("0", "15", "30", "45")
MIN_RETAINED, MAX_RETAINED = 1, 10
DEFAULTS = {"min": MINUTES[0], "hour": "0", "days": DAYS[0]}
KEYS = {"hourly": ("min",), "daily": ("hour", "min"), "weekly": ("hour", "min", "days")}
ALL_KEYS = ("hour", "min", "days")

# xapi's alerts about a schedule's runs (Api_messages), with their priorities
SUCCEEDED, FAILED, MISSED = "VMSS_SNAPSHOT_SUCCEEDED", "VMSS_SNAPSHOT_FAILED", "VMSS_SNAPSHOT_MISSED_EVENT"
LOCK_FAILED, LICENSE_ERROR = "VMSS_SNAPSHOT_LOCK_FAILED", "VMSS_LICENSE_ERROR"
PRIORITIES = {SUCCEEDED: 5, FAILED: 3, MISSED: 3, LOCK_FAILED: 3, LICENSE_ERROR: 3}


def _bad(key: str, value: str) -> ApiError:
    return ApiError(errors.INVALID_VALUE, f"schedule:{key}" if key else "schedule", value)


def check_value(key: str, value: str) -> str:
    """One schedule entry, normalised as xapi does (case-insensitive names, days in the week's order)."""
    if key == "min":
        if value not in MINUTES:
            raise _bad(key, value)
        return value
    if key == "hour":
        try:
            hour = int(value)
        except ValueError:
            raise _bad(key, value) from None
        if not 0 <= hour <= 23:
            raise _bad(key, value)
        return value
    if key == "days":
        picked: list[str] = []
        for part in value.split(","):
            day = next((d for d in DAYS if d.lower() == part.strip().lower()), None)
            if day is None:
                raise _bad(key, part)
            if day in picked:
                raise _bad(key, value)
            picked.append(day)
        return ",".join(d for d in DAYS if d in picked)
    raise _bad(key, value)


def check_schedule(frequency: str, schedule: dict[str, str]) -> dict[str, str]:
    """The schedule a policy of `frequency` keeps: defaults added, keys of other frequencies dropped."""
    if frequency not in FREQUENCIES:
        raise ApiError(errors.INVALID_VALUE, "frequency", frequency)
    for key, value in schedule.items():
        if key not in ALL_KEYS:
            raise _bad(key, value)
    return {key: check_value(key, str(schedule.get(key, DEFAULTS[key]))) for key in KEYS[frequency]}


def check_retained(value: int) -> None:
    if not MIN_RETAINED <= value <= MAX_RETAINED:
        raise ApiError(errors.INVALID_VALUE, "retained_snapshots", str(value))


def check_type(value: str) -> None:
    if value not in TYPES:
        raise ApiError(errors.INVALID_VALUE, "type", value)


def next_run(frequency: str, schedule: dict[str, str], after: float) -> float:
    """The first scheduled time strictly after `after` (epoch seconds)."""
    moment = datetime.fromtimestamp(after, UTC).replace(second=0, microsecond=0)
    minute = int(schedule.get("min", DEFAULTS["min"]))
    if frequency == "hourly":
        candidate = moment.replace(minute=minute)
        step = timedelta(hours=1)
    else:
        candidate = moment.replace(hour=int(schedule.get("hour", DEFAULTS["hour"])), minute=minute)
        step = timedelta(days=1)
    days = {DAYS.index(d) for d in schedule.get("days", DEFAULTS["days"]).split(",") if d in DAYS} or {0}
    for _ in range(24 * 8 + 2):
        if candidate.timestamp() > after and (frequency != "weekly" or candidate.weekday() in days):
            return candidate.timestamp()
        candidate += step
    raise AssertionError("no scheduled time within a week")  # pragma: no cover


def snapshot_name(vm_name: str, policy_name: str, when: float) -> str:
    """A scheduled snapshot's name: the VM's, the policy's and the time it was taken."""
    return f"{vm_name}-{policy_name}-{datetime.fromtimestamp(when, UTC).strftime('%Y%m%d-%H%M')}"


def policy_snapshots(store: Store, vm: str) -> list[str]:
    """The VM's snapshots made by a schedule, oldest first (a user's snapshots are never among them)."""
    found = [ref for ref in store.get("VM", vm)["snapshots"]
             if store.find("VM", ref) is not None and store.get("VM", ref)["is_vmss_snapshot"]]
    return sorted(found, key=lambda ref: (str(store.get("VM", ref)["snapshot_time"]), ref))


def beyond_retention(store: Store, vm: str, retained: int) -> list[str]:
    """The oldest schedule snapshots of `vm` past the `retained` newest."""
    snapshots = policy_snapshots(store, vm)
    return snapshots[:max(0, len(snapshots) - retained)]


def enabled_policies(store: Store) -> Iterable[tuple[str, dict[str, Any]]]:
    return ((ref, record) for ref, record in store.table("VMSS").items() if record["enabled"])

"""What a guest does all day: the workloads a scenario (or the `sim` plugin) gives each VM.

A workload is a few levels (CPU per vCPU, memory used inside the guest, disk and network bytes per
second) and an activity curve over the time of day and week that scales them. Times are UTC.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

DAY = 86_400.0
WEEK = 7 * DAY
KiB = 1024.0
MiB = 1024.0 * 1024.0


def _weekday(times: np.ndarray) -> np.ndarray:
    # 1970-01-01 was a Thursday: day 0 of the epoch is weekday 3 (Monday = 0).
    return ((np.floor(times / DAY) + 3) % 7) < 5


def office_hours(times: np.ndarray) -> np.ndarray:
    """0 at night, rising through the morning to 1 in the early afternoon; weekends at a fifth."""
    hour = (times % DAY) / 3600.0
    day = np.clip((hour - 7.0) / 11.0, 0.0, 1.0)  # 07:00 -> 18:00
    curve = np.sin(np.pi * day) ** 2
    return np.where(_weekday(times), curve, 0.2 * curve)


def hourly_job(times: np.ndarray) -> np.ndarray:
    """A job that runs the first 24 minutes of every hour."""
    return ((times % 3600.0) < 1440.0).astype(np.float64)


def morning_logons(times: np.ndarray) -> np.ndarray:
    """Desktops: everyone boots and logs on between 07:45 and 09:00 on weekdays, then light use."""
    hour = (times % DAY) / 3600.0
    storm = (hour >= 7.75) & (hour < 9.0) & _weekday(times)
    return np.where(storm, 1.0, 0.12 * office_hours(times))


def flat(times: np.ndarray) -> np.ndarray:
    return np.zeros_like(times, dtype=np.float64)


def always(times: np.ndarray) -> np.ndarray:
    return np.ones_like(times, dtype=np.float64)


@dataclass(frozen=True)
class Workload:
    name: str
    description: str
    activity: Callable[[np.ndarray], np.ndarray]  # 0..1 over time
    cpu: float  # per-vCPU use when quiet (fraction)
    cpu_active: float  # added at full activity
    memory_used: float  # fraction of the guest's memory in use when quiet
    memory_active: float  # added at full activity
    read: float  # disk bytes/s when quiet, and the factor at full activity
    write: float
    rx: float  # network bytes/s received
    tx: float
    io_gain: float  # I/O multiplier at full activity


WORKLOADS: dict[str, Workload] = {w.name: w for w in (
    Workload("idle", "an idle guest: a few daemons and timers", flat,
             cpu=0.015, cpu_active=0.0, memory_used=0.22, memory_active=0.0,
             read=2 * KiB, write=6 * KiB, rx=1.5 * KiB, tx=0.8 * KiB, io_gain=0.0),
    Workload("web", "a web server: busy in office hours, sends far more than it receives", office_hours,
             cpu=0.06, cpu_active=0.38, memory_used=0.45, memory_active=0.15,
             read=120 * KiB, write=200 * KiB, rx=180 * KiB, tx=1.6 * MiB, io_gain=4.0),
    Workload("database", "a database: steady CPU, large cache, heavy disk reads and writes", office_hours,
             cpu=0.18, cpu_active=0.35, memory_used=0.82, memory_active=0.08,
             read=3 * MiB, write=1.5 * MiB, rx=600 * KiB, tx=350 * KiB, io_gain=3.0),
    Workload("batch", "a batch job: full CPU and heavy I/O for 24 minutes every hour", hourly_job,
             cpu=0.03, cpu_active=0.92, memory_used=0.30, memory_active=0.45,
             read=200 * KiB, write=100 * KiB, rx=20 * KiB, tx=20 * KiB, io_gain=60.0),
    Workload("boot-storm", "a virtual desktop: everyone boots and logs on at once on weekday mornings",
             morning_logons, cpu=0.02, cpu_active=0.75, memory_used=0.35, memory_active=0.35,
             read=40 * KiB, write=20 * KiB, rx=10 * KiB, tx=6 * KiB, io_gain=400.0),
    Workload("install", "an operating system installing: packages fetched and written to disk", always,
             cpu=0.1, cpu_active=0.5, memory_used=0.3, memory_active=0.2,
             read=1 * MiB, write=2 * MiB, rx=500 * KiB, tx=30 * KiB, io_gain=8.0),
)}

DEFAULT_WORKLOAD = "idle"


def workload(name: str) -> Workload:
    """The named workload; an unknown name (a hand-edited key) falls back to idle."""
    return WORKLOADS.get(name, WORKLOADS[DEFAULT_WORKLOAD])

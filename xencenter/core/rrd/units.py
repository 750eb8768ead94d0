"""What each xapi data source measures: its unit, the scale to show it in, and a readable name."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from ..i18n import translate


class Unit(enum.Enum):
    PERCENT = "percent"  # shown 0..100 from a 0..1 fraction
    BYTES = "bytes"
    BYTES_PER_SECOND = "bytes/s"
    SECONDS = "seconds"
    PLAIN = "plain"


@dataclass(frozen=True)
class Measure:
    unit: Unit
    scale: float = 1.0  # multiply the raw value by this to get the unit (KiB -> bytes: 1024)


_CPU = re.compile(r"^cpu\d+$")
_KIB = re.compile(r"^(memory_.*_kib|memory_internal_free|xapi_.*_kib)$")
_RATE = re.compile(r"^(vif_\w+_(rx|tx)|pif_\w+_(rx|tx)|vbd_\w+_(read|write)|sr_io_throughput.*|.*_io_throughput_.*)$")
_LATENCY = re.compile(r"^(vbd_\w+_(read|write)_latency|vbd_\w+_latency)$")


def measure(source: str) -> Measure:
    if _CPU.match(source) or source in ("cpu_avg", "cpu_usage") or source.startswith("runstate_"):
        return Measure(Unit.PERCENT, 100.0)
    if _KIB.match(source):
        return Measure(Unit.BYTES, 1024.0)
    if source in ("memory", "memory_target"):
        return Measure(Unit.BYTES)
    if _LATENCY.match(source):
        return Measure(Unit.SECONDS, 1e-6)  # xapi reports latency in microseconds
    if _RATE.match(source):
        return Measure(Unit.BYTES_PER_SECOND)
    return Measure(Unit.PLAIN)


def _human_bytes(value: float) -> str:
    for power, suffix in ((3, "GiB"), (2, "MiB"), (1, "KiB")):
        if abs(value) >= 1024**power:
            return f"{value / 1024**power:.2f} {suffix}"
    return f"{value:.0f} B"


def format_value(source: str, raw: float) -> str:
    """A raw RRD value as the user reads it, with its unit ("42.5 %", "1.50 GiB", "12.00 KiB/s")."""
    if raw != raw:  # NaN: no sample
        return translate("Performance", "no data")
    m = measure(source)
    value = raw * m.scale
    if m.unit is Unit.PERCENT:
        return translate("Performance", "{0} %").format(f"{value:.1f}")
    if m.unit is Unit.BYTES:
        return _human_bytes(value)
    if m.unit is Unit.BYTES_PER_SECOND:
        return translate("Performance", "{0}/s").format(_human_bytes(value))
    if m.unit is Unit.SECONDS:
        return translate("Performance", "{0} ms").format(f"{value * 1000:.2f}")
    return f"{value:.2f}"


def friendly_name(source: str) -> str:
    """XenCenter-like names for the common sources ("CPU 0", "Received on NIC 0", ...); the raw name otherwise."""
    if _CPU.match(source):
        return translate("Performance", "CPU {0}").format(source[3:])
    fixed = {
        "cpu_avg": translate("Performance", "Average CPU"),
        "memory": translate("Performance", "Total memory"),
        "memory_target": translate("Performance", "Memory target"),
        "memory_internal_free": translate("Performance", "Free memory"),
        "memory_total_kib": translate("Performance", "Total memory"),
        "memory_free_kib": translate("Performance", "Free memory"),
        "loadavg": translate("Performance", "Load average"),
    }
    if source in fixed:
        return fixed[source]
    match = re.match(r"^(vif|pif)_(\w+?)_(rx|tx)$", source)
    if match:
        nic = match.group(2)
        if match.group(3) == "rx":
            return translate("Performance", "Received on {0}").format(nic)
        return translate("Performance", "Sent on {0}").format(nic)
    match = re.match(r"^vbd_(\w+?)_(read|write)$", source)
    if match:
        if match.group(2) == "read":
            return translate("Performance", "Reads on {0}").format(match.group(1))
        return translate("Performance", "Writes on {0}").format(match.group(1))
    return source

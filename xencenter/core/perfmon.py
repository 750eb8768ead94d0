"""Alert thresholds as xapi's perfmon reads them from `other_config:perfmon`.

    <config>
      <variable>
        <name value="cpu_usage"/>
        <alarm_trigger_level value="0.9"/>
        <alarm_trigger_period value="60"/>
        <alarm_auto_inhibit_period value="3600"/>
      </variable>
    </config>

Levels are in perfmon's units: cpu_usage a fraction (0..1), network_usage and disk_usage bytes per second,
memory_free_kib KiB (an alarm when free memory falls below it). Periods are seconds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

KEY = "perfmon"
VM_VARIABLES = ("cpu_usage", "network_usage", "disk_usage")
HOST_VARIABLES = ("cpu_usage", "network_usage", "memory_free_kib")
LOW_SENSE = frozenset({"memory_free_kib"})  # alarms when the value falls below the level
DEFAULT_PERIOD = 60
DEFAULT_INHIBIT = 3600


class PerfmonFormatError(ValueError):
    pass


@dataclass(frozen=True)
class Threshold:
    name: str
    level: float
    period: int = DEFAULT_PERIOD  # seconds the level must be crossed for
    inhibit: int = DEFAULT_INHIBIT  # seconds before the same alarm can fire again


def parse_perfmon(text: str) -> dict[str, Threshold]:
    """The thresholds in a perfmon XML value; an empty value has none. Raises PerfmonFormatError."""
    if not text.strip():
        return {}
    try:
        root = ElementTree.fromstring(text)
    except (ElementTree.ParseError, DefusedXmlException) as exc:
        raise PerfmonFormatError(f"other_config:perfmon is not well-formed XML ({exc})") from exc
    found = {}
    for variable in root.iterfind("variable"):
        def value(tag: str, element: object = variable) -> str | None:
            child = element.find(tag)  # type: ignore[attr-defined]
            return None if child is None else child.get("value")

        name = value("name")
        level = value("alarm_trigger_level")
        if not name or level is None:
            continue
        try:
            found[name] = Threshold(name, float(level), int(float(value("alarm_trigger_period") or DEFAULT_PERIOD)),
                                    int(float(value("alarm_auto_inhibit_period") or DEFAULT_INHIBIT)))
        except ValueError as exc:
            raise PerfmonFormatError(f"perfmon variable {name} has a value that is not a number ({exc})") from exc
    return found


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def perfmon_xml(thresholds: Iterable[Threshold]) -> str:
    """The perfmon XML for these thresholds ("" when there are none: the key is then removed)."""
    parts = []
    for t in thresholds:
        lines = [f"<name value={quoteattr(t.name)}/>",
                 f'<alarm_trigger_level value="{_number(t.level)}"/>',
                 f'<alarm_trigger_period value="{int(t.period)}"/>',
                 f'<alarm_auto_inhibit_period value="{int(t.inhibit)}"/>']
        if t.name in LOW_SENSE:
            lines.append('<alarm_trigger_sense value="low"/>')
        parts.append("<variable>" + "".join(lines) + "</variable>")
    return f"<config>{''.join(parts)}</config>" if parts else ""

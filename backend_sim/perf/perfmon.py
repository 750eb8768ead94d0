"""perfmon: thresholds from `other_config:perfmon` raise ALARM messages, as xapi's perfmon daemon does.

A configuration is `<config><variable><name value="cpu_usage"/><alarm_trigger_level value="0.9"/>
...</variable>...</config>`. Each variable consolidates the matching sources of the object's
1-minute AVERAGE archive (average for cpu_usage, sum otherwise); every minute that the value is on
the wrong side of the level counts down `alarm_trigger_period` seconds, and at zero an ALARM is
posted unless one was posted less than `alarm_auto_inhibit_period` seconds before. The body is
perfmon's: "value: %f\\nconfig:\\n" and the variable element pretty-printed.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from xml.dom.minidom import Element
from xml.parsers.expat import ExpatError

import numpy as np
from defusedxml import DefusedXmlException
from defusedxml.minidom import parseString

from .monitor import HOST, VM, Monitor, UnknownObject
from .rrd import AVERAGE
from .sources import sr_tag

log = logging.getLogger("backend_sim.perfmon")

ROW_STEP = 60  # perfmon reads the 1-minute archive
DEFAULT_PRIORITY = "3"

# (class, variable) -> (rrd_regex, consolidation, trigger sense); "{sr}" is the SR's eight-character tag.
DEFAULTS: dict[tuple[str, str], tuple[str, str, str]] = {
    ("VM", "cpu_usage"): ("cpu[0-9]+", "average", "high"),
    ("VM", "network_usage"): ("vif_[0-9]+_[rt]x", "sum", "high"),
    ("VM", "disk_usage"): ("vbd_(xvd|hd)[a-z]+_(read|write)", "sum", "high"),
    ("VM", "memory_internal_free"): ("memory_internal_free", "sum", "low"),
    ("Host", "cpu_usage"): ("cpu[0-9]+", "average", "high"),
    ("Host", "network_usage"): ("pif_eth[0-9]+_[rt]x", "sum", "high"),
    ("Host", "memory_free_kib"): ("memory_free_kib", "sum", "low"),
    ("SR", "sr_io_throughput_total_per_host"): ("io_throughput_total_{sr}", "sum", "high"),
    ("SR", "sr_io_throughput_total"): ("io_throughput_total_{sr}", "sum", "high"),
}


@dataclass
class Variable:
    name: str
    element: Element
    regex: re.Pattern[str]
    consolidate: Callable[[np.ndarray], float]
    level: float
    high: bool
    period: int
    inhibit: int
    priority: int
    countdown: float = 0.0
    last_alarm: float = float("-inf")

    def body(self, value: float) -> str:
        return f"value: {value:f}\nconfig:\n{self.element.toprettyxml()}"


@dataclass
class Watch:
    """One configured object: its variables, parsed from the text they came from."""

    text: str
    variables: list[Variable] = field(default_factory=list)
    checked_until: float = 0.0


def _value(element: Element, tag: str) -> str | None:
    nodes = element.getElementsByTagName(tag)
    return nodes[0].getAttribute("value") if nodes else None


def parse(cls: str, uuid: str, text: str) -> list[Variable]:
    """The variables of a configuration; a malformed one is logged and watched as empty, as perfmon does."""
    try:
        document = parseString(text)
    except (ExpatError, DefusedXmlException, ValueError) as exc:
        log.warning("%s %s: perfmon configuration is not XML (%s)", cls, uuid, exc)
        return []
    variables = []
    for element in document.getElementsByTagName("variable"):
        try:
            variables.append(_variable(cls, uuid, element))
        except (ValueError, KeyError, re.error) as exc:
            log.warning("%s %s: perfmon variable ignored (%s)", cls, uuid, exc)
    return variables


def _variable(cls: str, uuid: str, element: Element) -> Variable:
    name = _value(element, "name")
    if not name:
        raise ValueError("a variable without a name")
    regex, consolidation, sense = DEFAULTS.get((cls, name), ("", "sum", "high"))
    regex = (_value(element, "rrd_regex") or regex).replace("{sr}", sr_tag(uuid))
    if not regex:
        raise ValueError(f"{name} has no rrd_regex and no default one")
    level_text = _value(element, "alarm_trigger_level")
    if level_text is None:
        raise ValueError(f"{name} has no alarm_trigger_level")
    consolidation = _value(element, "consolidation_fn") or consolidation
    if consolidation not in ("sum", "average", "max"):
        raise ValueError(f"{name}: consolidation {consolidation} is not supported")
    functions: dict[str, Callable[[np.ndarray], float]] = {
        "sum": lambda v: float(np.sum(v)), "average": lambda v: float(np.mean(v)), "max": lambda v: float(np.max(v))}
    period = int(_value(element, "alarm_trigger_period") or "60")
    return Variable(name=name, element=element, regex=re.compile(f"^{regex}$"),
                    consolidate=functions[consolidation], level=float(level_text),
                    high=(_value(element, "alarm_trigger_sense") or sense) == "high", period=period,
                    inhibit=int(_value(element, "alarm_auto_inhibit_period") or "3600"),
                    priority=int(_value(element, "alarm_priority") or DEFAULT_PRIORITY), countdown=period)


class Perfmon:
    """Watches every configured object after each minute's samples."""

    def __init__(self, monitor: Monitor) -> None:
        self.monitor = monitor
        self.watches: dict[tuple[str, str], Watch] = {}

    async def check(self, t: float) -> None:
        if t % ROW_STEP:
            return
        state = await self.monitor.fresh_state()
        seen = set()
        for cls, uuid, text in state.perfmon:
            key = (cls, uuid)
            seen.add(key)
            watch = self.watches.get(key)
            if watch is None or watch.text != text:
                watch = self.watches[key] = Watch(text, parse(cls, uuid, text), checked_until=t - ROW_STEP)
            if watch.variables:
                self._check(cls, uuid, watch, t)
        for key in set(self.watches) - seen:
            del self.watches[key]

    def _rows(self, kind: str, uuid: str, since: float) -> list[tuple[float, dict[str, float]]]:
        """The 1-minute AVERAGE rows newer than `since`, oldest first, as name -> value."""
        try:
            rrd = self.monitor.rrd(kind, uuid)
        except UnknownObject:
            return []
        archive = next(a for a in rrd.archives if a.pdp_per_row == 12 and a.cf == AVERAGE)
        newest = rrd.last_cdp_time(archive)
        count = int((newest - since) // archive.step)
        if count <= 0:
            return []
        rows = rrd.newest_rows(archive, count)
        return [(newest - i * archive.step, dict(zip(rrd.names, row.tolist(), strict=True)))
                for i, row in reversed(list(enumerate(rows)))]

    def _check(self, cls: str, uuid: str, watch: Watch, t: float) -> None:
        if cls == "SR":
            sources = [(HOST, host.uuid) for host in self.monitor.state().hosts if uuid in host.srs]
        else:
            sources = [(VM if cls == "VM" else HOST, uuid)]
        for kind, owner in sources:
            for when, row in self._rows(kind, owner, watch.checked_until):
                for variable in watch.variables:
                    values = np.array([v for name, v in row.items() if variable.regex.match(name)])
                    values = values[np.isfinite(values)]
                    if values.size:
                        self._update(cls, uuid, variable, variable.consolidate(values), when)
        watch.checked_until = t

    def _update(self, cls: str, uuid: str, variable: Variable, value: float, when: float) -> None:
        bad = value > variable.level if variable.high else value < variable.level
        if not bad:
            variable.countdown = variable.period
            return
        variable.countdown -= ROW_STEP
        if variable.countdown > 0:
            return
        variable.countdown = variable.period
        if when - variable.last_alarm < variable.inhibit:
            return
        variable.last_alarm = when
        self.monitor.source.post_alarm(cls, uuid, variable.priority, variable.body(value))

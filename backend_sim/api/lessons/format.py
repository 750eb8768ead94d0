"""A lesson file: a teacher's script for the simulated pool, in TOML (read with the standard library's tomllib).

    [lesson]
    title = { en = "Memory and ballooning", gl = "Memoria e ballooning", es = "Memoria y ballooning" }
    summary = { en = "...", gl = "...", es = "..." }
    scenario = "demo"            # the pool it is written for (xapi-sim --scenario-file starts that one)

    [[step]]
    at = "0:30"                  # simulated time after the lesson starts: M:SS or H:MM:SS
    say = { en = "web01 starts on xcp-host1: watch its balloon.", gl = "..." }
    call = "VM.start_on"         # any XenAPI message, called as root ...
    args = ["@VM:web01", "@host:xcp-host1", false, false]   # ... with these arguments after the session

    [[step]]
    at = "1:00"
    plugin = "fail_host"         # or a function of the `sim` host plugin, with its string arguments
    args = { host = "@host:xcp-host2", mode = "power" }

A string "@Class:name" stands for the object of that class with that name_label ("@pool" for the pool), looked up
when the step runs. A step may only narrate (`say` alone). Every problem is reported with where it is.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

LANGUAGES = ("en", "gl", "es")
MAX_STEPS = 500
_TIME = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{2})$")
_CALL = re.compile(r"^[A-Za-z_]+\.[A-Za-z_]+$")


class LessonError(ValueError):
    """The lesson cannot be read: the message says where and why."""


@dataclass(frozen=True)
class Step:
    at: float  # simulated seconds after the start
    say: dict[str, str]
    call: str = ""  # "VM.start"
    plugin: str = ""  # a sim plugin function
    args: Any = ()  # list for a call, dict of strings for a plugin function

    def text(self, language: str) -> str:
        return localised(self.say, language)

    @property
    def action(self) -> str:
        return self.call or (f"sim.{self.plugin}" if self.plugin else "")


@dataclass(frozen=True)
class Lesson:
    title: dict[str, str]
    summary: dict[str, str]
    scenario: str
    steps: tuple[Step, ...]

    @property
    def duration(self) -> float:
        return self.steps[-1].at if self.steps else 0.0


def localised(texts: dict[str, str], language: str) -> str:
    """The text in `language`, else in English, else in any language given."""
    return texts.get(language) or texts.get("en") or next(iter(texts.values()), "")


def parse_time(value: object, where: str) -> float:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return float(value)
    match = _TIME.match(value) if isinstance(value, str) else None
    if match is None:
        raise LessonError(f"{where}: 'at' must be M:SS, H:MM:SS or seconds, not {value!r}")
    hours, minutes, seconds = (int(part or 0) for part in match.groups())
    if seconds >= 60 or (match.group(1) is not None and minutes >= 60):
        raise LessonError(f"{where}: {value!r} is not a time")
    return float(hours * 3600 + minutes * 60 + seconds)


def _texts(value: object, where: str, *, required: bool) -> dict[str, str]:
    if value is None and not required:
        return {}
    if isinstance(value, str):
        return {"en": value}
    if not isinstance(value, dict) or not value:
        raise LessonError(f"{where} must be a text or a table of texts by language ({', '.join(LANGUAGES)})")
    unknown = sorted(set(value) - set(LANGUAGES))
    if unknown:
        raise LessonError(f"{where}: unknown language {unknown[0]!r} (known: {', '.join(LANGUAGES)})")
    if not all(isinstance(text, str) and text.strip() for text in value.values()):
        raise LessonError(f"{where}: every text must be a non-empty string")
    return dict(value)


def _step(index: int, raw: object) -> Step:
    where = f"step {index}"
    if not isinstance(raw, dict):
        raise LessonError(f"{where} must be a table ([[step]])")
    unknown = sorted(set(raw) - {"at", "say", "call", "plugin", "args"})
    if unknown:
        raise LessonError(f"{where}: unknown key {unknown[0]!r}")
    if "at" not in raw:
        raise LessonError(f"{where}: 'at' is missing")
    at = parse_time(raw["at"], where)
    say = _texts(raw.get("say"), f"{where}: 'say'", required=False)
    call, plugin, args = raw.get("call", ""), raw.get("plugin", ""), raw.get("args")
    if call and plugin:
        raise LessonError(f"{where}: a step has a 'call' or a 'plugin', not both")
    if call:
        if not isinstance(call, str) or not _CALL.match(call):
            raise LessonError(f"{where}: 'call' must be a XenAPI message such as \"VM.start\", not {call!r}")
        args = [] if args is None else args
        if not isinstance(args, list):
            raise LessonError(f"{where}: the 'args' of a call are a list")
        return Step(at, say, call=call, args=tuple(args))
    if plugin:
        if not isinstance(plugin, str) or not plugin.isidentifier():
            raise LessonError(f"{where}: 'plugin' must name a sim plugin function, not {plugin!r}")
        args = {} if args is None else args
        if not isinstance(args, dict) or not all(isinstance(v, str) for v in args.values()):
            raise LessonError(f"{where}: the 'args' of a plugin function are a table of strings")
        return Step(at, say, plugin=plugin, args=dict(args))
    if args is not None:
        raise LessonError(f"{where}: 'args' without a 'call' or a 'plugin'")
    if not say:
        raise LessonError(f"{where}: a step needs something to say or do")
    return Step(at, say)


def parse(text: str) -> Lesson:
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LessonError(f"not a valid TOML file: {exc}") from None
    unknown = sorted(set(document) - {"lesson", "step"})
    if unknown:
        raise LessonError(f"unknown section {unknown[0]!r} (a lesson has [lesson] and [[step]])")
    head = document.get("lesson")
    if not isinstance(head, dict):
        raise LessonError("the [lesson] table is missing")
    unknown = sorted(set(head) - {"title", "summary", "scenario"})
    if unknown:
        raise LessonError(f"[lesson]: unknown key {unknown[0]!r}")
    scenario = head.get("scenario", "demo")
    if not isinstance(scenario, str) or not scenario:
        raise LessonError("[lesson]: 'scenario' must name a scenario")
    raw_steps = document.get("step", [])
    if not isinstance(raw_steps, list) or not raw_steps:
        raise LessonError("a lesson needs at least one [[step]]")
    if len(raw_steps) > MAX_STEPS:
        raise LessonError(f"a lesson has at most {MAX_STEPS} steps")
    steps = tuple(_step(index, raw) for index, raw in enumerate(raw_steps, start=1))
    for index, (before, after) in enumerate(pairwise(steps), start=2):
        if after.at < before.at:
            raise LessonError(f"step {index}: its time comes before the previous step's")
    return Lesson(_texts(head.get("title"), "[lesson]: 'title'", required=True),
                  _texts(head.get("summary"), "[lesson]: 'summary'", required=False), scenario, steps)

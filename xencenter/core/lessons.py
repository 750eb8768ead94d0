"""A simulator's lessons over the wire (the `sim` plugin's lessons, load_lesson, lesson_state, stop_lesson): what
is shipped, start one (shipped, or a file the teacher opens), follow it, stop it. No widgets.

A lesson narrates through pool messages (the Alerts pane shows them) and acts through ordinary XenAPI calls, so
every console connected to the simulator sees it play; this module only starts and follows it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from .connection import Connection
from .language import ui_language
from .simclock import call_sim

LANGUAGES = ("en", "gl", "es")  # what lessons are written in; others read English
MAX_FILE_BYTES = 256 * 1024  # the simulator's own limit


class LessonFileError(ValueError):
    """A lesson file that cannot be sent: the message is a sentence for the user."""


@dataclass(frozen=True)
class LessonInfo:
    id: str
    title: str
    summary: str
    steps: int


@dataclass(frozen=True)
class StepState:
    at: float
    text: str
    action: str
    state: str  # pending, running, done, failed
    error: str


@dataclass(frozen=True)
class LessonState:
    title: str
    summary: str
    elapsed: float
    duration: float
    finished: bool
    stopped: bool
    steps: tuple[StepState, ...]

    @property
    def failed(self) -> int:
        return sum(1 for step in self.steps if step.state == "failed")


def language() -> str:
    """The console's language as lessons know it."""
    return ui_language(frozenset(LANGUAGES))


def _pick(texts: Any, lang: str) -> str:
    if isinstance(texts, str):
        return texts
    if isinstance(texts, dict) and texts:
        return str(texts.get(lang) or texts.get("en") or next(iter(texts.values())))
    return ""


def _malformed(answer: str) -> ValueError:
    return ValueError(f"the sim plugin answered {answer[:80]!r}, not a lesson")


def parse_listing(answer: str, lang: str) -> list[LessonInfo]:
    try:
        return [LessonInfo(str(entry["id"]), _pick(entry["title"], lang), _pick(entry.get("summary"), lang),
                           int(entry["steps"])) for entry in json.loads(answer)]
    except (KeyError, TypeError, ValueError):
        raise _malformed(answer) from None


def parse_state(answer: str) -> LessonState | None:
    try:
        state = json.loads(answer)
        if state is None:
            return None
        steps = tuple(StepState(float(s["at"]), str(s["text"]), str(s["action"]), str(s["state"]), str(s["error"]))
                      for s in state["steps"])
        return LessonState(str(state["title"]), str(state["summary"]), float(state["elapsed"]),
                           float(state["duration"]), bool(state["finished"]), bool(state["stopped"]), steps)
    except (KeyError, TypeError, ValueError):
        raise _malformed(answer) from None


async def shipped(connection: Connection) -> list[LessonInfo]:
    return parse_listing(await call_sim(connection, "lessons"), language())


async def start(connection: Connection, *, name: str = "", text: str = "") -> LessonState | None:
    """Start a shipped lesson (`name`) or one read from a file (`text`), narrated in the console's language."""
    args = {"name": name} if name else {"lesson": text}
    return parse_state(await call_sim(connection, "load_lesson", {**args, "language": language()}))


async def current(connection: Connection) -> LessonState | None:
    return parse_state(await call_sim(connection, "lesson_state"))


async def stop(connection: Connection) -> LessonState | None:
    return parse_state(await call_sim(connection, "stop_lesson"))


def read_file(path: str | Path) -> str:
    """A lesson file's text, or LessonFileError saying why it cannot be used (read in a worker thread: a file on a
    slow share must not stall the window)."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise LessonFileError(QCoreApplication.translate(
                "Lessons", "{0} is too large for a lesson file (at most {1} KiB).").format(
                path.name, MAX_FILE_BYTES // 1024))
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise LessonFileError(QCoreApplication.translate(
            "Lessons", "{0} is not a text file in UTF-8.").format(path.name)) from None
    except OSError as exc:
        raise LessonFileError(QCoreApplication.translate("Lessons", "{0} cannot be read: {1}").format(
            path.name, exc.strerror or exc)) from None


def clock_text(seconds: float) -> str:
    """M:SS, or H:MM:SS from an hour on (as lesson files write times)."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"

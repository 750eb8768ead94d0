"""Lessons: scripted timelines for a class (format: format.py; playing: runner.py), shipped in data/ and reached
through the `sim` host plugin:

- lessons {} -> JSON list of the built-in lessons: {"id", "title": {lang: text}, "summary", "scenario", "steps"}.
- load_lesson {"name": id} or {"lesson": TOML text}, optional "language" (en, gl, es) -> JSON state (below); the
  lesson starts now on the simulated clock, replacing one that runs.
- lesson_state {} -> JSON {"title", "summary", "language", "started", "elapsed", "duration", "finished",
  "stopped", "steps": [{"at", "text", "action", "state": pending|running|done|failed, "error"}]}, or "null".
- stop_lesson {} -> the state, stopped.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import TYPE_CHECKING, Any

from ...errors import ApiError
from . import runner
from .format import LANGUAGES, Lesson, LessonError, parse

if TYPE_CHECKING:
    from ..context import ApiContext

FUNCTIONS = frozenset({"lessons", "load_lesson", "lesson_state", "stop_lesson"})
MAX_LESSON_BYTES = 256 * 1024


def _failure(message: str) -> ApiError:
    return ApiError("XENAPI_PLUGIN_FAILURE", "sim", "", message)


def builtin() -> dict[str, str]:
    """id -> TOML text of every lesson shipped in data/."""
    folder = resources.files(__package__).joinpath("data")
    return {entry.name.removesuffix(".toml"): entry.read_text(encoding="utf-8")
            for entry in sorted(folder.iterdir(), key=lambda e: e.name) if entry.name.endswith(".toml")}


def load(name_or_path: str) -> Lesson:
    """A built-in lesson by id, or a lesson file by path (the command line's --scenario-file)."""
    from pathlib import Path

    shipped = builtin()
    if name_or_path in shipped:
        return parse(shipped[name_or_path])
    path = Path(name_or_path)
    try:
        if path.stat().st_size > MAX_LESSON_BYTES:
            raise LessonError(f"{path}: a lesson file is at most {MAX_LESSON_BYTES // 1024} KiB")
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LessonError(f"cannot read {path}: {exc}") from None
    try:
        return parse(text)
    except LessonError as exc:
        raise LessonError(f"{path}: {exc}") from None


def start(ctx: ApiContext, lesson: Lesson, language: str = "en") -> dict[str, Any]:
    return runner.start(ctx, lesson, language if language in LANGUAGES else "en").state()


async def run(ctx: ApiContext, fn: str, args: dict[str, str]) -> str:
    if fn == "lessons":
        listing = []
        for lesson_id, text in builtin().items():
            lesson = parse(text)
            listing.append({"id": lesson_id, "title": lesson.title, "summary": lesson.summary,
                            "scenario": lesson.scenario, "steps": len(lesson.steps)})
        return json.dumps(listing)
    if fn == "load_lesson":
        language = args.get("language", "en")
        if language not in LANGUAGES:
            raise _failure(f"unknown language {language!r} (known: {', '.join(LANGUAGES)})")
        name, text = args.get("name", ""), args.get("lesson", "")
        if bool(name) == bool(text):
            raise _failure("give the name of a built-in lesson or the text of a lesson file")
        if len(text.encode()) > MAX_LESSON_BYTES:
            raise _failure(f"a lesson file is at most {MAX_LESSON_BYTES // 1024} KiB")
        shipped = builtin()
        if name and name not in shipped:
            raise _failure(f"no built-in lesson {name!r} (there are: {', '.join(shipped)})")
        try:
            lesson = parse(shipped[name] if name else text)
        except LessonError as exc:
            raise _failure(str(exc)) from None
        return json.dumps(start(ctx, lesson, language))
    found = runner.current(ctx.store)
    if fn == "stop_lesson" and found is not None:
        found.stop()
    return json.dumps(found.state() if found is not None else None)

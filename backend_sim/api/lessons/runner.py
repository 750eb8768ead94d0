"""A lesson playing on the simulated clock: each step at its time after the start, its narration posted as a pool
message (the console's Alerts show it), its call made as root through the same dispatcher clients use. A step that
fails is recorded with xapi's error and the lesson goes on; a running lesson is replaced by the next one loaded."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

from ...errors import ApiError
from ...model import messages, sim_plugin
from ...model.hosts import master_ref
from ...store.store import Store
from .format import Lesson, Step, localised

if TYPE_CHECKING:
    from ..context import ApiContext

log = logging.getLogger(__name__)

NARRATION = "LESSON"  # message name of a step's narration; a failed step's is LESSON_STEP_FAILED
FAILED = "LESSON_STEP_FAILED"
_RUNS: dict[Store, LessonRun] = {}


class LessonRun:
    def __init__(self, ctx: ApiContext, lesson: Lesson, language: str) -> None:
        self.ctx = ctx
        self.lesson = lesson
        self.language = language
        self.started = ctx.clock.now()
        self.states = ["pending"] * len(lesson.steps)
        self.errors = [""] * len(lesson.steps)
        self.stopped = False
        self._actions: list[asyncio.Task[None]] = []

    @property
    def finished(self) -> bool:
        return self.stopped or all(state in ("done", "failed") for state in self.states)

    def state(self) -> dict[str, Any]:
        return {
            "title": localised(self.lesson.title, self.language),
            "summary": localised(self.lesson.summary, self.language),
            "language": self.language,
            "started": self.started,
            "elapsed": max(0.0, self.ctx.clock.now() - self.started),
            "duration": self.lesson.duration,
            "finished": self.finished,
            "stopped": self.stopped,
            "steps": [{"at": step.at, "text": step.text(self.language), "action": step.action, "state": state,
                       "error": error}
                      for step, state, error in zip(self.lesson.steps, self.states, self.errors, strict=True)],
        }

    async def play(self) -> None:
        session = self.ctx.sessions.login("root", "xapi-sim lesson")
        try:
            for index, step in enumerate(self.lesson.steps):
                wait = self.started + step.at - self.ctx.clock.now()
                if wait > 0:
                    await self.ctx.clock.sleep(wait)
                self._narrate(step)
                if step.action:
                    self.states[index] = "running"
                    self._actions.append(asyncio.get_running_loop().create_task(
                        self._act(index, step, session), name=f"lesson step {index + 1}"))
                else:
                    self.states[index] = "done"
            if self._actions:
                await asyncio.gather(*self._actions)
        finally:
            for task in self._actions:
                task.cancel()
            self.ctx.sessions.logout(session)

    def stop(self) -> None:
        self.stopped = True
        for task in self._actions:
            task.cancel()

    def _narrate(self, step: Step) -> None:
        text = step.text(self.language)
        if text:
            self._post(NARRATION, text, 5)

    def _post(self, name: str, body: str, priority: int) -> None:
        store = self.ctx.store
        pool = next(iter(store.table("pool")), None)
        uuid = str(store.get("pool", pool)["uuid"]) if pool is not None else ""
        messages.post(store, name, "Pool", uuid, self.ctx.clock.now_datetime(), body, priority)

    async def _act(self, index: int, step: Step, session: str) -> None:
        try:
            if step.call:
                await self.ctx.call(step.call, [session, *(self._resolve(a) for a in step.args)])
            else:
                args = {key: str(self._resolve(value)) for key, value in step.args.items()}
                await sim_plugin.run(self.ctx, master_ref(self.ctx.store), step.plugin, args)
        except ApiError as exc:
            self._fail(index, step, " ".join(exc.description))
        except asyncio.CancelledError:
            self._fail(index, step, "stopped")
            raise
        except Exception as exc:  # a simulator bug must not end the lesson (nor reach the loop unhandled)
            log.exception("lesson step %d (%s) failed", index + 1, step.action)
            self._fail(index, step, f"INTERNAL_ERROR {exc!r}")
        else:
            self.states[index] = "done"

    def _fail(self, index: int, step: Step, error: str) -> None:
        self.states[index] = "failed"
        self.errors[index] = error
        if error != "stopped":
            self._post(FAILED, f"{step.action}: {error}", 3)

    def _resolve(self, value: Any) -> Any:
        """"@Class:name" -> that object's reference ("@pool": the pool's), looked up now; lists and tables too."""
        if isinstance(value, list):
            return [self._resolve(item) for item in value]
        if isinstance(value, dict):
            return {key: self._resolve(item) for key, item in value.items()}
        if not isinstance(value, str) or not value.startswith("@"):
            return value
        store = self.ctx.store
        if value == "@pool":
            return next(iter(store.table("pool")), "")
        cls, _, name = value[1:].partition(":")
        if cls not in store.tables:
            raise ApiError("XENAPI_PLUGIN_FAILURE", "sim", "", f"{value}: no class {cls!r}")
        for ref, record in store.table(cls).items():
            if record.get("name_label") == name:
                return ref
        raise ApiError("XENAPI_PLUGIN_FAILURE", "sim", "", f"{value}: no {cls} named {name!r}")


def start(ctx: ApiContext, lesson: Lesson, language: str) -> LessonRun:
    previous = _RUNS.get(ctx.store)
    if previous is not None:
        previous.stop()
    run = _RUNS[ctx.store] = LessonRun(ctx, lesson, language)
    ctx.spawn("lesson", run.play())
    return run


def current(store: Store) -> LessonRun | None:
    return _RUNS.get(store)

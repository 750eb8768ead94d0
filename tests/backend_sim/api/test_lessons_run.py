"""The shipped lessons, each played to its end on the demo pool through `xapi-sim --scenario-file` with a manual
clock: every step runs without an error, the narration reaches clients as pool messages, and the lesson leaves the
pool as its story says. Also loading through the plugin, replacing and stopping a lesson."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import XenAPI

from backend_sim.api import lessons

from conftest import SimServer, start_sim

pytestmark = pytest.mark.slow


class Class:
    """A simulator playing a lesson, and the SDK to watch it."""

    def __init__(self, server: SimServer) -> None:
        self.server = server
        self.session = XenAPI.Session(server.url)
        self.session.xenapi.login_with_password(server.user, server.password, "2.16", "pytest-lessons")
        self.x: Any = self.session.xenapi
        self.host = self.x.host.get_all()[0]

    def plugin(self, fn: str, **args: str) -> Any:
        return json.loads(self.x.host.call_plugin(self.host, "sim", fn, args))

    def play_to_the_end(self, limit: float = 3600) -> dict[str, Any]:
        return self.play_until(limit, until_finished=True)

    def play_until(self, seconds: float, *, until_finished: bool = False) -> dict[str, Any]:
        """Step the clock 5 s at a time up to `seconds` into the lesson (or, with until_finished, to its end)."""
        while True:
            state = self.plugin("lesson_state")
            if until_finished and state["finished"]:
                return state
            if state["elapsed"] >= seconds:
                assert not until_finished, state
                return state
            self.x.host.call_plugin(self.host, "sim", "clock_step", {"seconds": "5"})

    def vm(self, name: str) -> dict[str, Any]:
        (ref,) = self.x.VM.get_by_name_label(name)
        return dict(self.x.VM.get_record(ref))

    def host_name(self, ref: str) -> str:
        return str(self.x.host.get_name_label(ref))

    def close(self) -> None:
        try:
            self.x.session.logout()
        finally:
            self.session("close")()
            self.server.stop()


@pytest.fixture
def lesson_class(request: pytest.FixtureRequest) -> Iterator[Class]:
    server = start_sim("--scenario-file", request.param, "--manual-clock", "--lesson-language", "gl", pools=3)
    made = Class(server)
    yield made
    made.close()


def assert_all_done(state: dict[str, Any]) -> None:
    failed = [(step["action"], step["error"]) for step in state["steps"] if step["state"] != "done"]
    assert failed == []


@pytest.mark.parametrize("lesson_class", ["1-architecture"], indirect=True)
def test_architecture_lesson(lesson_class: Class) -> None:
    state = lesson_class.play_to_the_end()
    assert_all_done(state)
    assert state["title"] == "Arquitectura e aneis" and state["language"] == "gl"
    narration = [m["body"] for m in lesson_class.x.message.get_all_records().values() if m["name"] == "LESSON"]
    assert len(narration) == 6 and narration[0].startswith("Xen é un hipervisor de tipo 1")
    assert lesson_class.vm("student-pc2")["power_state"] == "Halted"
    assert lesson_class.vm("win7-legacy")["power_state"] == "Halted"


@pytest.mark.parametrize("lesson_class", ["2-memory"], indirect=True)
def test_memory_lesson(lesson_class: Class) -> None:
    lesson_class.play_until(140)
    alone = int(lesson_class.vm("student-pc2")["memory_target"])
    lesson_class.play_until(270)  # student-pc3 started at 2:30 and boots
    squeezed = int(lesson_class.vm("student-pc2")["memory_target"])
    assert alone == 4 * 1024**3 and 1024**3 <= squeezed < alone
    state = lesson_class.play_to_the_end()
    assert_all_done(state)
    pc2, pc3 = lesson_class.vm("student-pc2"), lesson_class.vm("student-pc3")
    assert pc2["power_state"] == "Running" and pc3["power_state"] == "Halted"
    assert int(pc2["memory_dynamic_max"]) == 4 * 1024**3 and int(pc3["memory_dynamic_min"]) == 1024**3


@pytest.mark.parametrize("lesson_class", ["3-xenmotion-ha"], indirect=True)
def test_xenmotion_and_ha_lesson(lesson_class: Class) -> None:
    lesson_class.play_until(150)
    web = lesson_class.vm("web01")
    assert lesson_class.host_name(web["resident_on"]) == "xcp-host2"
    (web_ref,) = lesson_class.x.VM.get_by_name_label("web01")
    assert int(lesson_class.plugin("migration_stats", vm=web_ref)["rounds"]) > 0
    state = lesson_class.play_to_the_end()
    assert_all_done(state)
    web, db = lesson_class.vm("web01"), lesson_class.vm("db01")
    # Both ran on xcp-host2 when it lost power: HA restarted them elsewhere.
    assert web["power_state"] == db["power_state"] == "Running"
    assert lesson_class.host_name(web["resident_on"]) != "xcp-host2"
    assert lesson_class.host_name(db["resident_on"]) != "xcp-host2"
    pool = lesson_class.x.pool.get_all()[0]
    assert lesson_class.x.pool.get_ha_enabled(pool) is False


def test_every_shipped_lesson_is_valid_and_in_three_languages() -> None:
    shipped = lessons.builtin()
    assert list(shipped) == ["1-architecture", "2-memory", "3-xenmotion-ha"]
    for text in shipped.values():
        lesson = lessons.parse(text)
        assert set(lesson.title) == set(lesson.summary) == set(lessons.LANGUAGES)
        for step in lesson.steps:
            assert not step.say or set(step.say) == set(lessons.LANGUAGES)


@pytest.fixture
def plain_class() -> Iterator[Class]:
    made = Class(start_sim("--scenario", "demo", "--manual-clock", pools=3))
    yield made
    made.close()


def test_lessons_load_through_the_plugin_replace_each_other_and_stop(plain_class: Class) -> None:
    listing = plain_class.plugin("lessons")
    assert [entry["id"] for entry in listing] == ["1-architecture", "2-memory", "3-xenmotion-ha"]
    assert listing[1]["title"]["gl"] == "Memoria e ballooning"
    assert plain_class.plugin("lesson_state") is None
    first = plain_class.plugin("load_lesson", name="1-architecture", language="es")
    assert first["title"] == "Arquitectura y anillos" and not first["finished"]
    own = '[lesson]\ntitle = "Mine"\n[[step]]\nat = "0:10"\nsay = "hello"\n[[step]]\nat = "0:20"\n' \
          'call = "VM.start"\nargs = ["@VM:no-such-vm", false, false]\n'
    second = plain_class.plugin("load_lesson", lesson=own)
    assert second["title"] == "Mine" and [s["state"] for s in second["steps"]] == ["pending", "pending"]
    state = plain_class.play_to_the_end()
    assert state["steps"][1]["state"] == "failed" and "no VM named 'no-such-vm'" in state["steps"][1]["error"]
    failures = [m["body"] for m in plain_class.x.message.get_all_records().values()
                if m["name"] == "LESSON_STEP_FAILED"]
    assert len(failures) == 1 and failures[0].startswith("VM.start: ")
    plain_class.plugin("load_lesson", name="3-xenmotion-ha")
    stopped = plain_class.plugin("stop_lesson")
    assert stopped["stopped"] and stopped["finished"]
    assert plain_class.vm("web01")["power_state"] == "Running"


@pytest.mark.parametrize(("args", "reason"), [
    ({"lesson": "[lesson\n"}, "not a valid TOML file"),
    ({"lesson": '[lesson]\ntitle = "x"\n'}, "at least one [[step]]"),
    ({"name": "no-such-lesson"}, "no built-in lesson 'no-such-lesson'"),
    ({}, "give the name of a built-in lesson or the text"),
    ({"name": "2-memory", "language": "fr"}, "unknown language 'fr'"),
    ({"lesson": "x" * (260 * 1024)}, "at most 256 KiB"),
])
def test_a_bad_lesson_is_refused_with_the_reason(plain_class: Class, args: dict[str, str], reason: str) -> None:
    with pytest.raises(XenAPI.Failure) as refused:
        plain_class.plugin("load_lesson", **args)
    assert refused.value.details[0] == "XENAPI_PLUGIN_FAILURE" and reason in refused.value.details[3]
    assert plain_class.plugin("lesson_state") is None

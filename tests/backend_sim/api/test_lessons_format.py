"""Reading lesson files: times, languages, calls and plugin steps, and a clear reason for every mistake."""

from __future__ import annotations

import pytest

from backend_sim.api.lessons import LessonError, load, parse
from backend_sim.api.lessons.format import parse_time

HEAD = '[lesson]\ntitle = { en = "T", gl = "T gl" }\n'


def test_a_lesson_with_every_kind_of_step() -> None:
    lesson = parse(HEAD + 'scenario = "empty"\n'
                   '[[step]]\nat = "0:05"\nsay = "hello"\n'
                   '[[step]]\nat = "1:00:00"\ncall = "VM.start"\nargs = ["@VM:a", false, false]\n'
                   '[[step]]\nat = 3700\nplugin = "fail_host"\nargs = { host = "@host:h" }\n')
    assert lesson.scenario == "empty" and lesson.duration == 3700
    assert [step.at for step in lesson.steps] == [5, 3600, 3700]
    assert [step.action for step in lesson.steps] == ["", "VM.start", "sim.fail_host"]
    assert lesson.steps[1].args == ("@VM:a", False, False) and lesson.steps[2].args == {"host": "@host:h"}
    assert lesson.steps[0].text("gl") == "hello"  # English when the language is missing


@pytest.mark.parametrize("value", ["1:5", "0:60", "1:60:00", "-1", "soon", 1.5, True])
def test_a_time_that_is_not_one(value: object) -> None:
    with pytest.raises(LessonError, match="step 1"):
        parse_time(value, "step 1")


@pytest.mark.parametrize(("text", "reason"), [
    ('[[step]]\nat = "0:00"\nsay = "x"\n', "the [lesson] table is missing"),
    (HEAD + '[other]\n', "unknown section 'other'"),
    (HEAD + '[[step]]\nsay = "x"\n', "step 1: 'at' is missing"),
    (HEAD + '[[step]]\nat = "0:00"\n', "step 1: a step needs something to say or do"),
    (HEAD + '[[step]]\nat = "0:00"\ncall = "start"\n', "step 1: 'call' must be a XenAPI message"),
    (HEAD + '[[step]]\nat = "0:00"\ncall = "VM.start"\nplugin = "x"\n', "not both"),
    (HEAD + '[[step]]\nat = "0:00"\ncall = "VM.start"\nargs = { vm = "a" }\n', "the 'args' of a call are a list"),
    (HEAD + '[[step]]\nat = "0:00"\nplugin = "fail_host"\nargs = { host = 1 }\n', "a table of strings"),
    (HEAD + '[[step]]\nat = "0:00"\nsay = { fr = "x" }\n', "unknown language 'fr'"),
    (HEAD + '[[step]]\nat = "0:10"\nsay = "a"\n[[step]]\nat = "0:05"\nsay = "b"\n', "step 2: its time comes before"),
    (HEAD + '[[step]]\nat = "0:00"\nsay = "a"\nwhen = 1\n', "step 1: unknown key 'when'"),
    ('[lesson]\n[[step]]\nat = "0:00"\nsay = "a"\n', "'title' must be a text"),
])
def test_each_mistake_says_where_and_why(text: str, reason: str) -> None:
    with pytest.raises(LessonError) as refused:
        parse(text)
    assert reason in str(refused.value)


def test_a_lesson_file_by_path_or_a_builtin_by_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert load("2-memory").title["en"] == "Memory and ballooning"
    path = tmp_path / "mine.toml"
    path.write_text(HEAD + '[[step]]\nat = "0:00"\nsay = "a"\n', encoding="utf-8")
    assert load(str(path)).title["gl"] == "T gl"
    path.write_bytes(b"\xff\xfe")
    with pytest.raises(LessonError, match="cannot read"):
        load(str(path))
    with pytest.raises(LessonError, match="cannot read"):
        load(str(tmp_path / "missing.toml"))

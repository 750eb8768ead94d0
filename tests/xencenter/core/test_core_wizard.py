"""The wizard framework's logic without widgets: the flow, the plan's steps with rollback, cached eligibility."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

import pytest

from xencenter.core.commands import Command, SelectedItem, Verb
from xencenter.core.commands.choices import ChoiceChecks
from xencenter.core.connection import Connection, ConnectionState
from xencenter.core.i18n import LazyText
from xencenter.core.operation import OperationState
from xencenter.core.operations import OperationList
from xencenter.core.wizard import ChoiceEligibility, PageLogic, PlanRun, Problem, Step, WizardFlow, start_plan
from xencenter.core.xenapi.errors import XenAPIFailure

from core_support import Runner, arun_fixture, eventually  # noqa: F401


@dataclass
class State:
    name: str = ""
    advanced: bool = False
    seen: list[str] = field(default_factory=list)


class NamePage(PageLogic[State]):
    key = "name"
    title = LazyText("Wizard", "Name")

    def problems(self, state: State) -> list[Problem]:
        return [] if state.name else [Problem("name", "Type a name.")]

    def summary(self, state: State) -> list[tuple[str, str]]:
        return [("Name", state.name)]


class AdvancedPage(PageLogic[State]):
    key = "advanced"

    def applies(self, state: State) -> bool:
        return state.advanced


class LastPage(PageLogic[State]):
    key = "last"


def test_flow_moves_over_pages_that_apply_and_keeps_the_state(qapp: Any) -> None:
    state = State()
    flow = WizardFlow([NamePage(), AdvancedPage(), LastPage()], state)
    assert not flow.can_back and not flow.can_next and flow.problems() == [Problem("name", "Type a name.")]
    assert not flow.next()  # a problem holds the user on the page
    state.name = "vm1"
    assert flow.can_next and flow.next() and flow.current.key == "last"  # "advanced" does not apply
    assert flow.is_last and flow.can_finish and [p.key for p in flow.active()] == ["name", "last"]
    assert flow.back() and flow.current.key == "name" and state.name == "vm1"
    state.advanced = True
    assert flow.next() and flow.current.key == "advanced"
    assert flow.go_to("name") and not flow.go_to("last")  # never forward past unchecked pages
    assert flow.summary() == [("Name", "vm1")]
    state.name = ""
    assert not flow.can_finish
    with pytest.raises(ValueError):
        WizardFlow([], state)


def plan_conn() -> Connection:
    return Connection("http://fake.test", "root")


def test_a_failing_step_undoes_what_earlier_steps_made_newest_first(arun: Runner) -> None:
    log: list[str] = []

    def maker(name: str) -> Any:
        async def work(plan: PlanRun) -> None:
            log.append(f"make {name}")

            async def undo(_runner: Any) -> None:
                log.append(f"undo {name}")

            plan.undo(name, undo)

        return work

    async def fail(plan: PlanRun) -> None:
        raise XenAPIFailure("SR_FULL", ["100", "50"])

    async def scenario() -> None:
        ops = OperationList()
        op = start_plan(ops, "Make things", plan_conn(), [], [Step("a", maker("a")), Step("b", maker("b")),
                                                             Step(LazyText("Wizard", "c"), fail)])
        with pytest.raises(XenAPIFailure):
            await op.wait()
        assert op.state is OperationState.FAILED and "SR_FULL" not in op.error_text
        assert log == ["make a", "make b", "undo b", "undo a"]
        assert op.note == "removed: b, a"  # in the order undone

    arun(scenario())


def test_cancel_between_steps_rolls_back_and_commit_keeps_what_is_done(arun: Runner) -> None:
    log: list[str] = []

    async def make(plan: PlanRun) -> None:
        async def undo(_runner: Any) -> None:
            log.append("undone")

        plan.undo("thing", undo)

    async def wait_forever(plan: PlanRun) -> None:
        plan.runner.set_description("waiting")
        await asyncio.Event().wait()

    async def commit(plan: PlanRun) -> None:
        plan.commit()

    async def broken_undo(plan: PlanRun) -> None:
        async def undo(_runner: Any) -> None:
            raise RuntimeError("cannot")

        plan.undo("stuck", undo)

    async def fail(plan: PlanRun) -> None:
        raise RuntimeError("late failure")

    async def scenario() -> None:
        ops = OperationList()
        op = start_plan(ops, "Cancelled", plan_conn(), [], [Step("make", make), Step("wait", wait_forever)])
        await eventually(lambda: op.description == "waiting")  # in step 2, after its own description
        assert op.can_cancel
        op.cancel()
        await eventually(lambda: op.is_finished)
        assert op.state is OperationState.CANCELLED and log == ["undone"]
        log.clear()
        op = start_plan(ops, "Kept", plan_conn(), [], [Step("make", make), Step("commit", commit), Step("x", fail)])
        await eventually(lambda: op.is_finished)
        assert op.state is OperationState.FAILED and log == [] and op.note == ""
        op = start_plan(ops, "Stuck", plan_conn(), [], [Step("stuck", broken_undo), Step("x", fail)])
        await eventually(lambda: op.is_finished)
        assert op.note == "could not remove: stuck"

    arun(scenario())


class PlaceCheck(Command):
    """A ChoosesArgument command whose server answer the test controls."""

    def __init__(self) -> None:
        super().__init__(Verb(id="test.place", text=LazyText("Commands", "Place")))
        self.release = asyncio.Event()
        self.asked: list[str] = []
        self.running = 0
        self.most = 0

    def choices(self, item: SelectedItem) -> list[tuple[str, str, str | None]]:
        return []

    async def check_choice(self, item: SelectedItem, argument: str) -> str | None:
        self.asked.append(argument)
        self.running += 1
        self.most = max(self.most, self.running)
        await self.release.wait()
        self.running -= 1
        return "Not enough memory." if argument == "host3" else None


def test_eligibility_is_asked_in_parallel_once_each_and_says_why_not(arun: Runner) -> None:
    async def scenario() -> None:
        conn = plan_conn()
        conn._set_state(ConnectionState.CONNECTED)
        command = PlaceCheck()
        eligibility = ChoiceEligibility(ChoiceChecks(), command, conn)
        arrived: list[tuple[str, str]] = []
        eligibility.changed.connect(lambda ref, choice: arrived.append((ref, choice)))
        hosts = [f"host{n}" for n in range(10)]
        eligibility.request("OpaqueRef:t", hosts)
        eligibility.request("OpaqueRef:t", hosts)  # asked again while pending: nothing new starts
        await eventually(lambda: command.running == 10)  # all at once, none waits for another
        assert eligibility.get("OpaqueRef:t", "host3").pending and not eligibility.get("OpaqueRef:t", "host1").ok
        assert eligibility.get("OpaqueRef:other", "host1").pending  # never asked
        command.release.set()
        await eventually(lambda: len(arrived) == 10)
        assert sorted(command.asked) == sorted(hosts) and command.most == 10
        assert eligibility.get("OpaqueRef:t", "host1").ok
        assert eligibility.get("OpaqueRef:t", "host3").reason == "Not enough memory."
        eligibility.request("OpaqueRef:t", hosts)
        assert len(command.asked) == 10  # cached

    arun(scenario())

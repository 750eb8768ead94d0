"""The GUI thread's turn queue: jobs run oldest first, a pass stops once its budget is spent (Qt's timers, input
and painting get in between), a failing job does not starve the others, and a deleted owner's job is skipped."""

from __future__ import annotations

import sys
import time
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer

from xencenter.core.turns import TurnQueue


def busy(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def test_jobs_run_in_order_and_a_spent_budget_lets_a_timer_in(qapp: QCoreApplication, qtbot: Any) -> None:
    queue = TurnQueue(budget=0.004)
    ran: list[str] = []
    ticker = QTimer()
    ticker.setInterval(0)
    ticker.timeout.connect(lambda: ran.append("tick"))
    for name in "abcd":
        queue.post(lambda name=name: (busy(0.006), ran.append(name)))
    ticker.start()
    qtbot.waitUntil(lambda: "d" in ran, timeout=2000)
    ticker.stop()
    jobs = [entry for entry in ran if entry != "tick"]
    assert jobs == ["a", "b", "c", "d"]
    assert queue.passes >= 4, "each job overran the budget: one job per pass"
    between = ran[ran.index("a"):ran.index("d")]
    assert between.count("tick") >= 3, f"the other timer ran between the jobs: {ran}"


def test_a_failing_job_is_reported_and_the_others_still_run(qapp: QCoreApplication, qtbot: Any,
                                                            monkeypatch: Any) -> None:
    reported: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: reported.append(exc))
    queue = TurnQueue()
    ran: list[int] = []

    def fail() -> None:
        raise ValueError("boom")

    queue.post(fail)
    queue.post(lambda: ran.append(1))
    qtbot.waitUntil(lambda: ran == [1], timeout=2000)
    assert [str(exc) for exc in reported] == ["boom"]


def test_the_job_of_a_deleted_owner_is_skipped(qapp: QCoreApplication, qtbot: Any) -> None:
    queue = TurnQueue()
    owner, kept = QObject(), QObject()
    ran: list[str] = []
    queue.post(lambda: ran.append("deleted"), owner)
    queue.post(lambda: ran.append("kept"), kept)
    shiboken6.delete(owner)
    qtbot.waitUntil(lambda: ran == ["kept"], timeout=2000)
    assert len(queue) == 0


def run_loop(until: Any) -> None:
    """Qt's event loop as the application runs it (exec, which polls and tells when), until `until()` holds."""
    loop = QEventLoop()
    check = QTimer()
    check.timeout.connect(lambda: loop.quit() if until() else None)
    check.start(1)
    QTimer.singleShot(2000, loop.quit)
    loop.exec()
    check.stop()


def zero_timer(job: Any) -> QTimer:
    """A real zero-delay timer (Qt 6 turns QTimer.singleShot(0, ...) into a posted call, which runs before
    timers); keep the returned object until it has fired."""
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(job)
    timer.start()
    return timer


def test_jobs_wait_a_pass_when_other_work_already_spent_the_budget(qapp: QCoreApplication) -> None:
    queue = TurnQueue(budget=0.004)
    order: list[str] = []
    busy_first = zero_timer(lambda: (busy(0.02), order.append("busy")))  # due in the same pass, before the queue
    queue.post(lambda: order.append("job"))
    after = zero_timer(lambda: order.append("after"))  # due in the same pass, after the queue
    run_loop(lambda: len(order) == 3)
    assert order == ["busy", "after", "job"], "the pass was spent: the job ran in the next one"
    order.clear()
    queue.post(lambda: order.append("job"))  # a fresh pass: no waiting
    after = zero_timer(lambda: order.append("after"))
    run_loop(lambda: len(order) == 2)
    assert order == ["job", "after"]
    del busy_first, after

"""OperationList bookkeeping on a fake pool: our task's event racing the Async reply, foreign tasks, cancel."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from xencenter.core.connection import Connection
from xencenter.core.operation import OperationState
from xencenter.core.operations import MIRROR_SLICE, SETTLE_CHUNK, OperationList, OperationRunner
from xencenter.core.xenapi import XenAPIFailure

from core_pool import FakePool, mod
from core_support import Runner, arun_fixture, eventually  # noqa: F401


def task(status: str = "pending", progress: float = 0.0, **extra: Any) -> dict[str, Any]:
    record = {"name_label": "Async.VM.start", "status": status, "progress": progress, "result": "",
              "error_info": [], "allowed_operations": ["cancel"] if status == "pending" else [],
              "subtask_of": "OpaqueRef:NULL"}
    record.update(extra)
    return record


async def opened(pool: FakePool) -> tuple[Connection, OperationList]:
    conn = Connection("http://fake.test", "root", transport=pool.fake.transport())
    await conn.open("secret")
    ops = OperationList()
    ops.watch(conn)
    return conn, ops


def test_own_task_seen_before_the_reply_is_not_foreign(arun: Runner) -> None:
    async def scenario() -> None:
        pool = FakePool()

        async def start(session: str, vm: str, paused: bool, force: bool) -> str:
            pool.push(mod("task", "OpaqueRef:mine", task(), op="add"))
            await asyncio.sleep(0.3)  # the add event is applied while our reply is still on its way
            return "OpaqueRef:mine"

        pool.fake.methods["Async.VM.start"] = start
        conn, ops = await opened(pool)
        op = ops.start_task("Start", conn, ["OpaqueRef:vm"], "VM.start", "OpaqueRef:vm", False, False)
        await eventually(lambda: op.task_ref == "OpaqueRef:mine")
        pool.push(mod("task", "OpaqueRef:mine", task(progress=0.5)))
        await eventually(lambda: op.progress == 0.5)
        pool.push(mod("task", "OpaqueRef:mine", task("success", 1.0, result="<value>OpaqueRef:new</value>")))
        assert await op.wait() == "OpaqueRef:new"
        assert [o.is_own for o in ops] == [True]
        await eventually(lambda: pool.fake.method_calls("task.destroy") != [])
        await conn.close()

    arun(scenario())


def test_a_burst_of_foreign_tasks_is_shown_a_chunk_per_turn(arun: Runner) -> None:
    async def scenario() -> None:
        pool = FakePool()
        conn, ops = await opened(pool)
        added: list[int] = []
        ops.added.connect(lambda batch: added.append(len(batch)))
        count = 2 * SETTLE_CHUNK + 17
        pool.push(*(mod("task", f"OpaqueRef:t{n:04d}", task(), op="add") for n in range(count)))
        await eventually(lambda: sum(added) == count)
        assert added == [SETTLE_CHUNK, SETTLE_CHUNK, 17], "one chunk per turn, never the whole burst at once"
        assert all(not op.is_own for op in ops) and len({op.task_ref for op in ops}) == count
        await conn.close()

    arun(scenario())


def test_a_burst_of_foreign_task_changes_is_mirrored_a_slice_per_turn(arun: Runner, monkeypatch: Any) -> None:
    async def scenario() -> None:
        pool = FakePool()
        conn, ops = await opened(pool)
        count = 600
        refs = [f"OpaqueRef:t{n:04d}" for n in range(count)]
        pool.push(*(mod("task", ref, task(), op="add") for ref in refs))
        await eventually(lambda: len(ops) == count)
        by_ref = {op.task_ref: op for op in ops}
        turns: list[int] = []  # operations finished by each turn's slice
        ops.changed.connect(lambda op: turns.append(1) if op.is_finished else None)
        real = ops._mirror_pending

        def counted(connection: Connection) -> None:
            before = len(turns)
            real(connection)
            turns.append(0)  # a turn boundary
            slices.append(len(turns) - before - 1)
            if slices[-1] and not deleted:  # the first slice is done: the last task goes while still queued
                deleted.append(by_ref[refs[-1]].is_finished)
                pool.push({"class": "task", "operation": "del", "ref": refs[-1], "id": "9", "timestamp": "0"})

        slices: list[int] = []
        deleted: list[bool] = []
        monkeypatch.setattr(ops, "_mirror_pending", counted)
        monkeypatch.setattr("xencenter.core.operations.MIRROR_SLICE", MIRROR_SLICE / 100)  # a few per slice
        # Every task finishes, and the last is destroyed before its turn came: its final state still shows.
        pool.push(*(mod("task", ref, task("success", 1.0)) for ref in refs))
        await eventually(lambda: all(op.is_finished for op in by_ref.values()))
        assert deleted == [False], "destroyed while its change was still queued"
        assert all(op.state is OperationState.SUCCEEDED for op in by_ref.values())
        assert len([n for n in slices if n]) > 1 and max(slices) < count, "several turns, never all at once"
        await conn.close()

    arun(scenario())


def test_foreign_tasks_are_read_only_and_follow_their_record(arun: Runner) -> None:
    async def scenario() -> None:
        pool = FakePool()
        pool.add("task", "OpaqueRef:old", task("success", 1.0))  # history: not shown
        conn, ops = await opened(pool)
        added: list[Any] = []
        ops.added.connect(added.extend)
        pool.push(mod("task", "OpaqueRef:theirs", task(), op="add"),
                  mod("task", "OpaqueRef:sub", task(subtask_of="OpaqueRef:theirs"), op="add"))
        await eventually(lambda: len(added) == 1)
        [foreign] = added
        assert not foreign.is_own and not foreign.can_cancel and foreign.title == "Async.VM.start"
        foreign.cancel()  # refused quietly
        pool.push(mod("task", "OpaqueRef:theirs", task("failure", 1.0,
                                                       error_info=["VM_BAD_POWER_STATE", "x", "halted", "running"])))
        await eventually(lambda: foreign.is_finished)
        assert foreign.state is OperationState.FAILED and "must be halted" in foreign.error_text
        pool.push(mod("task", "OpaqueRef:gone", task(), op="add"))
        await eventually(lambda: len(added) == 2)
        pool.push({"class": "task", "operation": "del", "ref": "OpaqueRef:gone", "id": "2", "timestamp": "0"})
        await eventually(lambda: added[1].state is OperationState.GONE)
        ops.clear_finished()
        assert len(ops) == 0
        await conn.close()

    arun(scenario())


def test_cancel_before_and_after_the_task_exists(arun: Runner) -> None:
    async def scenario() -> None:
        pool = FakePool()
        pool.fake.methods["task.cancel"] = lambda s, ref: pool.push(
            mod("task", ref, task("cancelled", 0.3, error_info=["TASK_CANCELLED", ref])))
        pool.fake.methods["Async.VM.start"] = lambda s, vm, p, f: "OpaqueRef:t1"
        conn, ops = await opened(pool)
        op = ops.start_task("Start", conn, [], "VM.start", "OpaqueRef:vm", False, False)
        await eventually(lambda: op.task_ref is not None)
        pool.push(mod("task", "OpaqueRef:t1", task(), op="add"))
        await eventually(lambda: conn.cache.get("task", "OpaqueRef:t1") is not None)
        op.cancel()
        with pytest.raises(XenAPIFailure, match="TASK_CANCELLED"):
            await op.wait()
        assert op.state is OperationState.CANCELLED

        async def slow(runner: OperationRunner) -> None:
            await asyncio.sleep(30)

        local = ops.start("Local job", conn, [], slow)
        await asyncio.sleep(0.01)
        assert local.can_cancel
        local.cancel()
        with pytest.raises(XenAPIFailure, match="TASK_CANCELLED"):
            await local.wait()
        assert local.state is OperationState.CANCELLED and local.elapsed < 5
        await conn.close()

    arun(scenario())


def test_refused_cancel_leaves_a_note(arun: Runner) -> None:
    async def scenario() -> None:
        pool = FakePool()

        def refuse(session: str, ref: str) -> None:
            raise XenAPIFailure("OPERATION_NOT_ALLOWED", ["task cannot be cancelled"])

        pool.fake.methods["task.cancel"] = refuse
        pool.fake.methods["Async.VM.start"] = lambda s, vm, p, f: "OpaqueRef:t2"
        conn, ops = await opened(pool)
        op = ops.start_task("Start", conn, [], "VM.start", "OpaqueRef:vm", False, False)
        pool.push(mod("task", "OpaqueRef:t2", task(), op="add"))
        await eventually(lambda: op.task_ref is not None and conn.cache.get("task", "OpaqueRef:t2") is not None)
        op.cancel()
        await eventually(lambda: op.note != "")
        assert op.state is OperationState.RUNNING and "not allowed" in op.note
        await conn.close()

    arun(scenario())

"""Start On / Resume On / Migrate entries: the cache's first answer, then the server's, asked in parallel and kept
per cache generation."""

from __future__ import annotations

import asyncio
from typing import Any

from xencenter.core.commands import ChoosesArgument, CommandRegistry, SelectedItem
from xencenter.core.commands.choices import ChoiceChecks
from xencenter.core.connection import Connection
from xencenter.core.xenapi.errors import XenAPIFailure

from core_pool import HOST, HOST2, METRICS, FakePool, loaded, mod, vm
from core_support import Runner, arun_fixture, eventually  # noqa: F401

REG = CommandRegistry()
GiB = 1024**3
METRICS2 = "OpaqueRef:hm2"
SR = "OpaqueRef:local-sr"


def lab(pool: FakePool, *, free2: int = 30 * GiB) -> None:
    """h1 with hardware virtualization, h2 without; an HVM guest halted, a PV one suspended, one running on h1."""
    pool.records[HOST][1]["capabilities"] = ["xen-3.0-x86_64", "hvm-3.0-x86_64"]
    pool.add("host", HOST2, {**pool.records[HOST][1], "name_label": "h2", "metrics": METRICS2,
                             "capabilities": ["xen-3.0-x86_64"], "resident_VMs": []})
    pool.add("host_metrics", METRICS2, {"live": True, "memory_total": 32 * GiB, "memory_free": free2})
    pool.add("SR", SR, {"name_label": "Local storage on h1"})
    pool.add("VM", "OpaqueRef:win", vm("win", allowed=("start", "start_on"), domain_type="hvm",
                                       memory_dynamic_min=2 * GiB))
    pool.add("VM", "OpaqueRef:pv", vm("pv", power="Suspended", allowed=("resume", "resume_on"),
                                      domain_type="pv", memory_dynamic_min=GiB))
    pool.add("VM", "OpaqueRef:run", vm("run", power="Running", allowed=("pool_migrate",), domain_type="pv",
                                       resident_on=HOST, memory_dynamic_min=GiB))


def test_the_cache_refuses_hvm_guests_on_servers_without_vt_and_too_little_memory(qapp: Any) -> None:
    pool = FakePool()
    lab(pool, free2=512 * 1024**2)
    conn = loaded(pool.records)
    start_on = REG.get("vm.start_on")
    assert isinstance(start_on, ChoosesArgument)
    h2 = start_on.choices(SelectedItem(conn, "VM", "OpaqueRef:win"))[1]
    assert h2[:2] == (HOST2, "h2") and "hardware virtualization" in str(h2[2])
    assert start_on.choices(SelectedItem(conn, "VM", "OpaqueRef:win"))[0] == (HOST, "h1", None)
    resume_on = REG.get("vm.resume_on")
    assert isinstance(resume_on, ChoosesArgument)
    (_, _, on_h1), (_, _, on_h2) = resume_on.choices(SelectedItem(conn, "VM", "OpaqueRef:pv"))
    assert on_h1 is None and on_h2 == ("This server does not have enough free memory: the VM needs 1 GiB, 512 MiB "
                                       "is available.")
    migrate = REG.get("vm.migrate")
    assert isinstance(migrate, ChoosesArgument)
    assert migrate.choices(SelectedItem(conn, "VM", "OpaqueRef:run"))[0] == (
        HOST, "h1", "The VM is already on this server.")
    assert REG.reason("vm.start_on", [SelectedItem(conn, "VM", "OpaqueRef:win")], HOST2) == h2[2]
    assert REG.reason("vm.migrate", [SelectedItem(conn, "VM", "OpaqueRef:win")], HOST) == "The VM is not running."


def test_server_answers_arrive_in_parallel_as_plain_sentences_and_are_kept_per_generation(arun: Runner) -> None:
    async def scenario() -> None:
        pool = FakePool()
        lab(pool)
        arrived: list[str] = []
        both = asyncio.Event()

        async def assert_can_boot_here(session: str, vm_ref: str, host: str) -> str:
            arrived.append(host)
            if len(arrived) == 2:
                both.set()
            await asyncio.wait_for(both.wait(), 5)  # sequential checks would never get here
            if host == HOST2:
                raise XenAPIFailure("VM_REQUIRES_SR", [vm_ref, SR])
            return ""

        pool.fake.methods["VM.assert_can_boot_here"] = assert_can_boot_here
        conn = Connection("http://fake.test", "root", transport=pool.fake.transport())
        await conn.open("secret")
        checks = ChoiceChecks()
        answered: list[tuple[str, str, str]] = []
        checks.answered.connect(lambda *args: answered.append(args))
        item = SelectedItem(conn, "VM", "OpaqueRef:pv")
        command = REG.get("vm.resume_on")
        assert checks.ask(command, item, [HOST, HOST2]) == 2
        assert checks.ask(command, item, [HOST, HOST2]) == 0  # already being asked
        await eventually(lambda: len(answered) == 2)
        assert sorted(answered) == [("vm.resume_on", "OpaqueRef:pv", HOST), ("vm.resume_on", "OpaqueRef:pv", HOST2)]
        h1, h2 = checks.answer("vm.resume_on", item, HOST), checks.answer("vm.resume_on", item, HOST2)
        assert h1 is not None and h1.reason is None
        assert h2 is not None and h2.reason == ("The VM 'pv' needs the storage repository 'Local storage on h1', "
                                                "which this server cannot reach.")
        assert checks.ask(command, item, [HOST, HOST2]) == 0  # answered in this generation
        pool.push(mod("host_metrics", METRICS, {**pool.records[METRICS][1], "memory_free": 20 * GiB}))
        generation = conn.cache.generation
        await eventually(lambda: conn.cache.generation > generation)
        assert checks.answer("vm.resume_on", item, HOST) is None  # stale: the cache moved on
        arrived.clear()
        both.clear()
        assert checks.ask(command, item, [HOST, HOST2]) == 2
        await eventually(lambda: checks.pending() == 0)
        await conn.close()

    arun(scenario())

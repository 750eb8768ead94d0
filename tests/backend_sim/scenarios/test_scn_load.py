"""Load (issue 11): 50 SDK clients at once, each doing random valid operations on the course lab (power changes,
migrations, clones and their removal, settings, reads), in batches. After each batch the manual clock is stepped
until every task of the batch has ended, and the pool's invariants must hold: memory accounting
(scnsim.Pool.check_memory), power states, bound fields and refs (pool_invariants). Refusals are part of the game;
an INTERNAL_ERROR, a hung call or a broken invariant is not. 4 batches here, 40 with `pytest --long-runs`."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from typing import Any

import pytest
import XenAPI

from conftest import long_runs, start_sim
from pool_invariants import check_all, guests
from scnsim import FINAL, GiB, Pool, decode_result

CLIENTS = 50
OPS_PER_CLIENT = 3
POWER = (("start", True), ("clean_shutdown", False), ("hard_shutdown", False), ("clean_reboot", False),
         ("suspend", False), ("resume", True), ("pause", False), ("unpause", False))


class Client:
    """One SDK session and what it made (clones it may remove later)."""

    def __init__(self, pool: Pool, index: int, seed: int) -> None:
        self.pool = pool
        self.rng = random.Random(seed)
        self.index = index
        self.clones: list[str] = []
        self.tasks: list[str] = []
        self.cloning: list[str] = []  # clone tasks: their VMs join `clones` when they end
        self.errors: list[str] = []

    def operate(self, vms: list[str], hosts: list[str]) -> None:
        x = self.pool.x
        for _ in range(OPS_PER_CLIENT):
            vm = self.rng.choice(vms + self.clones)
            choice = self.rng.randrange(8)
            try:
                if choice <= 2:
                    op, with_flags = self.rng.choice(POWER)
                    self.tasks.append(self.pool.begin(f"VM.{op}", vm, *((False, False) if with_flags else ())))
                elif choice == 3:
                    self.tasks.append(self.pool.begin("VM.pool_migrate", vm, self.rng.choice(hosts), {}))
                elif choice == 4:
                    # Async: a copy waits on the clock, which moves only between batches.
                    self.cloning.append(self.pool.begin("VM.clone", self.rng.choice(vms),
                                                        f"load-{self.index}-{len(self.clones)}"))
                elif choice == 5 and self.clones:
                    x.VM.destroy(self.clones.pop())
                elif choice == 6:
                    low = self.rng.randint(1, 4) * GiB // 4
                    high = low + self.rng.randint(0, 4) * GiB // 4
                    x.VM.set_memory_dynamic_range(vm, str(low), str(high))  # int64 goes as a string
                else:
                    x.VM.set_name_description(vm, f"touched by client {self.index}")
                    x.VM.add_tags(vm, f"load-{self.rng.randrange(5)}")
                    x.VM.get_record(vm)
            except XenAPI.Failure as failure:
                if failure.details[0] == "INTERNAL_ERROR":
                    self.errors.append(str(failure.details))
            except Exception as exc:  # a hung or broken call: reported by the test
                self.errors.append(f"{type(exc).__name__}: {exc}")


def in_parallel(work: list[Callable[[], None]]) -> None:
    threads = [threading.Thread(target=job, daemon=True) for job in work]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
        assert not thread.is_alive(), "a client hung"


def tables(pool: Pool) -> dict[str, dict[str, Any]]:
    x = pool.x
    return {cls: getattr(x, cls).get_all_records() for cls in ("VM", "VM_metrics", "host", "VBD", "VIF", "VDI")}


def test_fifty_clients_at_once_keep_the_pools_invariants(request: pytest.FixtureRequest) -> None:
    batches = 40 if long_runs(request.config) else 4
    server = start_sim("--scenario", "demo", "--manual-clock")
    pools: list[Pool] = []
    try:
        driver = Pool(server.url, server.user, server.password)
        pools.append(driver)
        before = tables(driver)
        check_all(before)
        driver.check_memory()
        vms = sorted(guests(before))
        hosts = sorted(before["host"])
        clients = []
        for index in range(CLIENTS):
            pool = Pool(server.url, server.user, server.password)
            pools.append(pool)
            clients.append(Client(pool, index, seed=1000 + index))
        succeeded = 0
        for batch in range(batches):
            in_parallel([lambda client=client: client.operate(vms, hosts) for client in clients])
            for client in clients:
                assert not client.errors, client.errors
                for task in [*client.tasks, *client.cloning]:
                    record = driver.wait(task, chunk=5.0)
                    assert record["status"] in FINAL
                    assert not record["error_info"] or record["error_info"][0] != "INTERNAL_ERROR", record
                    succeeded += record["status"] == "success"
                    if task in client.cloning and record["status"] == "success":
                        client.clones.append(decode_result(record["result"]))
                client.tasks.clear()
                client.cloning.clear()
            now = tables(driver)
            try:
                check_all(now)
                driver.check_memory()
            except AssertionError as exc:
                raise AssertionError(f"after batch {batch}: {exc}") from exc
        print(f"{succeeded} tasks succeeded, {sum(len(c.clones) for c in clients)} clones alive")
        assert succeeded >= batches * CLIENTS // 8, "the clients hardly did anything"
        assert server.process.poll() is None
        output = "".join(server.output_tail)
        assert "Traceback" not in output and "failed unexpectedly" not in output, output[-3000:]
    finally:
        for pool in pools:
            try:
                pool.close()
            except Exception:
                pass
        server.stop()

"""Scenario: host failures through the `sim` plugin (fail_host / restore_host) on the course lab, with HA and
without, on the stepped clock.

With HA the survivors fence a host whose statefile heartbeat has been silent for 75 s, raise HA_HOST_FAILED and
restart its VMs: protected ones first, by `order`, `start_delay` after each; best-effort ones where memory allows.
Losing the master elects a new one: the pool's old address answers HOST_IS_SLAVE with the new one and clients
follow. Without HA the host only shows unreachable (after xapi's 600 s) and nothing restarts.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextlib import contextmanager

import XenAPI

from conftest import start_sim
from scnsim import GiB, MiB, Pool, clone_guest, start_on

STATEFILE_TIMEOUT = 75.0  # documented in backend_sim/model/ha_failover.py
HOST_ASSUMED_DEAD = 600.0
PV_BOOT, HVM_BOOT = 6.0, 12.0


@contextmanager
def fresh_lab() -> Iterator[Pool]:
    """The course lab on a manual clock; the session may end at an address that became a member's."""
    server = start_sim("--scenario", "demo", "--manual-clock")
    try:
        pool = Pool(server.url, server.user, server.password)
        try:
            yield pool
        finally:
            with contextlib.suppress(XenAPI.Failure):
                pool.x.session.logout()
            pool.session("close")()
    finally:
        server.stop()


def enable_ha(pool: Pool, protected: dict[str, str]) -> None:
    x = pool.x
    for vm, priority in protected.items():
        x.VM.set_ha_restart_priority(vm, priority)
    pool.run("pool.enable_ha", [pool.sr("NFS virtual disks")], {})
    x.pool.set_ha_host_failures_to_tolerate(x.pool.get_all()[0], "1")


def live(pool: Pool, host: str) -> bool:
    return bool(pool.x.host_metrics.get_live(pool.x.host.get_metrics(host)))


def state(pool: Pool, vm: str) -> tuple[str, str]:
    record = pool.x.VM.get_record(vm)
    return record["power_state"], record["resident_on"]


def messages(pool: Pool, name: str) -> list[dict[str, str]]:
    return [m for m in pool.x.message.get_all_records().values() if m["name"] == name]


def big_guest(pool: Pool, name: str, memory: int) -> str:
    vm = clone_guest(pool, "student-pc2", name)
    pool.x.VM.set_memory_limits(vm, str(256 * MiB), str(memory), str(memory), str(memory))
    return vm


def follow(pool: Pool) -> Pool:
    """The pool's old address answers HOST_IS_SLAVE [new master's address]: a session there instead."""
    try:
        pool.x.pool.get_all()
    except XenAPI.Failure as exc:
        assert exc.details[0] == "HOST_IS_SLAVE", exc.details
        address = exc.details[1]
    else:
        raise AssertionError("the old master still answers as the master")
    session = XenAPI.Session(pool.url)
    try:
        session.xenapi.login_with_password("root", "xensim")
    except XenAPI.Failure as exc:
        assert exc.details[0] == "HOST_IS_SLAVE", "logins too are sent to the new master"
    finally:
        session("close")()
    return Pool(f"http://{address}", "root", "xensim")


def test_a_member_failure_restarts_its_protected_vms_elsewhere() -> None:
    with fresh_lab() as pool:
        x = pool.x
        master, host2 = pool.host("xcp-host1"), pool.host("xcp-host2")
        db01 = pool.vm("db01")
        tiny = clone_guest(pool, "student-pc2", "be-tiny")
        start_on(pool, tiny, host2)
        enable_ha(pool, {db01: "restart", tiny: "best-effort"})
        assert x.pool.get_ha_plan_exists_for(x.pool.get_all()[0]) == "1"

        assert pool.plugin("fail_host", {"host": host2, "mode": "network"}) == "ok"
        failed_at = pool.now()
        pool.step(STATEFILE_TIMEOUT - 1)
        assert live(pool, host2) and state(pool, db01) == ("Running", host2), "not noticed before the timeout"
        pool.step(1)
        assert not live(pool, host2), "fenced"
        assert state(pool, db01)[0] == "Halted" and state(pool, tiny)[0] == "Halted"
        [failed] = messages(pool, "HA_HOST_FAILED")
        assert failed["obj_uuid"] == x.host.get_uuid(host2) and failed["cls"] == "Host"
        assert int(failed["priority"]) == 3
        assert pool.master() == master, "a member's failure keeps the master"
        pool.step(PV_BOOT)
        assert state(pool, db01)[0] == "Running" and state(pool, db01)[1] != host2
        assert pool.now() - failed_at <= STATEFILE_TIMEOUT + PV_BOOT
        pool.step(PV_BOOT)
        assert state(pool, tiny)[0] == "Running", "best-effort after the protected ones, memory allowing"
        pool.check_memory()
        assert pool.plugin("restore_host", {"host": host2}) == "ok"
        pool.step(60)
        assert live(pool, host2) and x.host.get_enabled(host2)
        assert [v for v in x.host.get_resident_VMs(host2) if not x.VM.get_is_control_domain(v)] == [], "back empty"
        assert state(pool, db01)[0] == "Running"


def test_losing_the_master_elects_a_new_one_and_restarts_in_order() -> None:
    with fresh_lab() as pool:
        x = pool.x
        host1, host2, host3 = (pool.host(f"xcp-host{n}") for n in (1, 2, 3))
        assert pool.master() == host1
        web01, win2022 = pool.vm("web01"), pool.vm("win2022")
        small = clone_guest(pool, "student-pc2", "be-small")
        huge = big_guest(pool, "be-huge", 20 * GiB)  # fits on no survivor (host2 has 16 GiB, host3 8)
        start_on(pool, small, host1)
        start_on(pool, huge, host1)
        x.VM.set_order(win2022, "0")
        x.VM.set_start_delay(win2022, "10")
        x.VM.set_order(web01, "1")
        enable_ha(pool, {web01: "restart", win2022: "restart", small: "best-effort", huge: "best-effort"})

        pool.plugin("fail_host", {"host": host1, "mode": "power"})
        pool.step(STATEFILE_TIMEOUT)
        new = follow(pool)
        try:
            y = new.x
            assert new.master() == host2, "the first surviving host is elected"
            assert [m["obj_uuid"] for m in messages(new, "POOL_MASTER_TRANSITION")] == [y.host.get_uuid(host2)]
            assert not live(new, host1) and len(messages(new, "HA_HOST_FAILED")) == 1
            assert {state(new, vm)[0] for vm in (web01, win2022, small, huge)} == {"Halted"}
            new.step(HVM_BOOT)
            assert state(new, win2022) == ("Running", host2), "order 0 first; an HVM guest only on host2"
            assert state(new, web01)[0] == "Halted", "its start delay holds the next one"
            new.step(10 + PV_BOOT)
            assert state(new, web01)[0] == "Running" and state(new, web01)[1] in (host2, host3)
            new.step(PV_BOOT)
            assert state(new, small)[0] == "Running", "best-effort where memory allows"
            new.step(60)
            assert state(new, huge)[0] == "Halted", "best-effort left down where no memory is"
            assert messages(new, "HA_PROTECTED_VM_RESTART_FAILED") == []
            new.check_memory()
            new.plugin("restore_host", {"host": host1})
            new.step(60)
            assert live(new, host1) and new.master() == host2, "the old master rejoins as a member"
            again = follow(pool)
            assert again.url == new.url, "its old address stays a member's"
            again.close()
        finally:
            new.close()


def test_restarts_can_be_held_back() -> None:
    with fresh_lab() as pool:
        x = pool.x
        host2 = pool.host("xcp-host2")
        db01 = pool.vm("db01")
        enable_ha(pool, {db01: "restart"})
        pool.plugin("fail_host", {"host": host2, "mode": "power"})
        pool.step(STATEFILE_TIMEOUT - 5)
        x.pool.ha_prevent_restarts_for("30")
        pool.step(5 + PV_BOOT)
        assert not live(pool, host2) and state(pool, db01)[0] == "Halted", "fenced, but not restarted yet"
        pool.step(30)
        assert state(pool, db01)[0] == "Running"


def test_without_ha_the_host_shows_unreachable_and_nothing_restarts() -> None:
    with fresh_lab() as pool:
        x = pool.x
        host2 = pool.host("xcp-host2")
        db01 = pool.vm("db01")
        x.VM.set_ha_restart_priority(db01, "restart")  # protection means nothing with HA off
        pool.plugin("fail_host", {"host": host2, "mode": "power"})
        pool.step(STATEFILE_TIMEOUT + 60)
        assert live(pool, host2), "without HA only xapi's own heartbeat notices, later"
        pool.step(HOST_ASSUMED_DEAD)
        assert not live(pool, host2)
        assert state(pool, db01) == ("Running", host2), "xapi still shows it where it was, not restarted"
        assert messages(pool, "HA_HOST_FAILED") == []
        pool.plugin("restore_host", {"host": host2})
        pool.step(60)
        assert live(pool, host2) and state(pool, db01)[0] == "Halted", "the host came back empty"


def test_plugin_refusals() -> None:
    with fresh_lab() as pool:
        host2 = pool.host("xcp-host2")
        for args, message in (({"host": "OpaqueRef:nope"}, "host must"), ({"host": host2, "mode": "meteor"}, "mode"),):
            try:
                pool.plugin("fail_host", args)
            except XenAPI.Failure as exc:
                assert exc.details[0] == "XENAPI_PLUGIN_FAILURE" and message in exc.details[3]
            else:
                raise AssertionError("fail_host accepted bad arguments")
        try:
            pool.plugin("restore_host", {"host": host2})
        except XenAPI.Failure as exc:
            assert "has not failed" in exc.details[3]
        else:
            raise AssertionError("restore_host restored a host that had not failed")

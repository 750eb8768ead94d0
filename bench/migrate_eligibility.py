"""The Migrate wizard on a large pool: from opening it until every server's eligibility is shown, against the
same `VM.assert_can_migrate` calls made bare with the SDK.

Starts `python -m backend_sim --scenario large:64x3000 --manual-clock`, connects the console's MainWindow to it
(offscreen, on a qasync loop), selects a running VM and runs Migrate..., then prints:

* wizard.open: from triggering the verb until the wizard's window is shown (hosts listed with "checking...");
* wizard.all_shown: from triggering until every host's line shows the server's answer;
* wizard.hosts / wizard.eligible: hosts listed, and how many can take the VM;
* gui.max_gap: the longest gap between ticks of a 5 ms QTimer on the GUI thread meanwhile;
* sdk.serial: the same checks (host.migrate_receive + VM.assert_can_migrate per host) with the SDK, one by one;
* sdk.parallel16: the same with the SDK on 16 threads.

Run from anywhere: `python bench/migrate_eligibility.py [--scenario large:64x3000]`.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import queue
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from choice_menus import TIMEOUT, gui_ticker, open_console, run_on_qt, start_large
from simproc import BenchError, Server, line, run


def sdk_checks(sim: Server, vm: str, threads: int) -> float:
    """Seconds for host.migrate_receive + VM.assert_can_migrate on every host, bare SDK calls."""
    import XenAPI

    def session() -> Any:
        s = XenAPI.Session(sim.url)
        s.xenapi.login_with_password(sim.user, sim.password, "2.16", "bench")
        return s

    main = session()
    x = main.xenapi
    hosts = x.host.get_all()
    management = {pif["host"]: pif["network"] for pif in x.PIF.get_all_records().values() if pif["management"]}
    sessions = [session() for _ in range(threads)]
    free: queue.Queue[Any] = queue.Queue()
    for s in sessions:
        free.put(s)

    def check(index_host: tuple[int, str]) -> None:
        mine = free.get()  # an SDK session is one HTTP connection: one thread at a time
        y = mine.xenapi
        try:
            dest = y.host.migrate_receive(index_host[1], management.get(index_host[1], "OpaqueRef:NULL"), {})
            y.VM.assert_can_migrate(vm, dest, True, {}, {}, {})
        except XenAPI.Failure:
            pass  # a refusal is an answer too
        finally:
            free.put(mine)

    began = time.perf_counter()
    if threads == 1:
        for item in enumerate(hosts):
            check(item)
    else:
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(check, enumerate(hosts)))
    took = time.perf_counter() - began
    for s in [main, *sessions]:
        s.xenapi.session.logout()
    return took


async def measure(sim: Server) -> None:
    from xencenter.ui.wizards.migrate.pages import DestinationPageWidget

    manager, window, _connection, vm = await open_console(sim, "Running")
    ticks: list[float] = []
    ticker = gui_ticker(ticks)
    await asyncio.sleep(0.2)
    before = len(window.ui.wizards)
    began = time.perf_counter()
    window.command_actions.trigger("vm.migrate_wizard")
    while len(window.ui.wizards) == before:
        if time.perf_counter() - began > TIMEOUT:
            raise BenchError("the wizard did not open")
        await asyncio.sleep(0.001)
    opened = time.perf_counter()
    wizard = window.ui.wizards[-1]
    page = wizard.page
    if not isinstance(page, DestinationPageWidget):
        raise BenchError("the wizard did not start on its destination page")

    def texts() -> list[str]:
        return [page.hosts.item(r).text() for r in range(page.hosts.count())]

    while not texts() or any("checking..." in text for text in texts()):
        if time.perf_counter() - began > TIMEOUT:
            raise BenchError("the servers' answers did not all arrive")
        await asyncio.sleep(0.002)
    shown = time.perf_counter()
    ticker.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks) if a >= began]
    line("wizard.open", (opened - began) * 1000, "ms")
    line("wizard.all_shown", (shown - began) * 1000, "ms")
    line("wizard.hosts", page.hosts.count())
    line("wizard.eligible", sum(1 for text in texts() if text.endswith("can take the VM")))
    line("gui.max_gap", max(gaps, default=0.0) * 1000, "ms")
    wizard.close()
    line("sdk.serial", await asyncio.to_thread(sdk_checks, sim, vm, 1) * 1000, "ms")
    line("sdk.parallel16", await asyncio.to_thread(sdk_checks, sim, vm, 16) * 1000, "ms")
    await manager.close_all()
    window.close()
    window.deleteLater()


def bench(args: argparse.Namespace, servers: list[Server]) -> int:
    return run_on_qt(start_large(args, servers), measure)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="migrate_eligibility", description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", default="large:64x3000")
    return run("migrate_eligibility", bench, parser.parse_args(list(sys.argv[1:] if argv is None else argv)))


if __name__ == "__main__":
    raise SystemExit(main())

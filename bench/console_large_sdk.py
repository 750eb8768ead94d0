"""The official SDK's side of bench/console_large.py, run as child processes so that its XML-RPC decoding neither
shares the console's GIL nor stays in its memory: `fetch` times get_all_records of every class, `shutdown` fires
Async.VM.clean_shutdown at many guests and reports when every task has finished. Each prints JSON lines.

Usage: python bench/console_large_sdk.py fetch|shutdown URL USER PASSWORD [COUNT step|nostep]
"""

from __future__ import annotations

import json
import math
import sys
import threading
import time
from collections.abc import Sequence
from typing import Any

BURST_TIMEOUT = 90.0  # as console_large's: the whole burst must finish within it
CLOCK_STEP = 10.0  # simulated seconds; a clean shutdown takes 4


def sdk_session(url: str, user: str, password: str) -> Any:
    import XenAPI

    session = XenAPI.Session(url)
    session.xenapi.login_with_password(user, password, "2.21", "bench-console-large")
    return session


def emit(**fields: Any) -> None:
    print(json.dumps(fields), flush=True)


def helper_fetch(url: str, user: str, password: str) -> None:
    """Time get_all_records of every class system.listMethods lists; report the guest VMs the tree must show."""
    began = time.perf_counter()
    session = sdk_session(url, user, password)
    logged_in = time.perf_counter()
    methods = session.system.listMethods()  # raw ServerProxy call: no session argument, no Status envelope
    listed = time.perf_counter()
    classes = sorted({m.rpartition(".")[0] for m in methods
                      if m.endswith(".get_all_records") and not m.startswith("Async.")})
    records: dict[str, int] = {}
    failed: dict[str, str] = {}
    vms: dict[str, Any] = {}
    start = time.perf_counter()
    for cls in classes:
        try:
            result = getattr(session.xenapi, cls).get_all_records()
        except Exception as exc:  # a class this server does not serve: counted, not fatal
            failed[cls] = str(exc)[:120]
            continue
        records[cls] = len(result)
        if cls == "VM":
            vms = result
    fetched = time.perf_counter()
    guests = sorted(ref for ref, rec in vms.items()
                    if not (rec.get("is_a_template") or rec.get("is_a_snapshot") or rec.get("is_control_domain"))
                    and str((rec.get("other_config") or {}).get("HideFromXenCenter", "")).lower() != "true")
    try:
        session.xenapi.session.logout()
    finally:
        session("close")()
    emit(login=logged_in - began, list_methods=listed - logged_in, fetch=fetched - start, classes=len(classes),
         records=sum(records.values()), per_class=records, failed=failed, guests=guests)


def helper_shutdown(url: str, user: str, password: str, count: int, step: bool) -> None:
    """Shut `count` running guests down at once; report when every task has finished (wall-clock times)."""
    session = sdk_session(url, user, password)
    x = session.xenapi
    vms = x.VM.get_all_records()
    running = sorted((ref for ref, rec in vms.items()
                      if rec["power_state"] == "Running" and not rec["is_control_domain"]
                      and not rec["is_a_template"] and not rec["is_a_snapshot"]),
                     key=lambda ref: (vms[ref]["name_label"], ref))[:count]
    if len(running) < count:
        emit(error=f"the pool has {len(running)} running guests, fewer than --shutdowns {count}")
        return
    emit(vms=running)

    finished: dict[str, tuple[float, str]] = {}  # task ref -> (wall time first seen finished, status)
    watcher = sdk_session(url, user, password)
    event_from = getattr(watcher.xenapi.event, "from")
    token = event_from(["task"], "", 0.0)["token"]
    stop = threading.Event()
    watch_error: list[str] = []

    def watch() -> None:
        nonlocal token
        try:
            while not stop.is_set():
                batch = event_from(["task"], token, 1.0)
                seen = time.time()
                token = batch["token"]
                for ev in batch["events"]:
                    # The simulator keeps the last 200 finished tasks: older ones are destroyed ("del", no status).
                    status = "gone" if ev["operation"] == "del" else (ev.get("snapshot") or {}).get("status", "")
                    if ev["ref"] not in finished and status not in ("", "pending", "cancelling"):
                        finished[ev["ref"]] = (seen, status)
        except Exception as exc:
            watch_error.append(str(exc)[:200])

    thread = threading.Thread(target=watch, name="task-watcher", daemon=True)
    thread.start()
    fire_start = time.time()
    tasks = [x.Async.VM.clean_shutdown(ref) for ref in running]
    fire_end = time.time()
    emit(fired=len(tasks), fire_start=fire_start, fire_end=fire_end)
    step_start = step_end = None
    if step:
        host = x.host.get_all()[0]
        step_start = time.time()
        x.host.call_plugin(host, "sim", "clock_step", {"seconds": str(CLOCK_STEP)})
        step_end = time.time()
        emit(step_start=step_start, step_end=step_end)
    deadline = time.monotonic() + BURST_TIMEOUT
    while time.monotonic() < deadline and not watch_error and any(t not in finished for t in tasks):
        time.sleep(0.01)
    stop.set()
    thread.join(timeout=5)
    missing = [t for t in tasks if t not in finished]
    failures = [t for t in tasks if t in finished and finished[t][1] not in ("success", "gone")]
    seen_done = max((finished[t][0] for t in tasks if t in finished), default=math.nan)
    # The earliest moment known to follow the last completion: the clock step's return (the step lets the woken
    # work run before it answers), else the watcher seeing the last task finish.
    done = min(step_end, seen_done) if step_end is not None and not missing else seen_done
    emit(done=done, seen_done=seen_done, missing=len(missing), failures=len(failures), watch_error=watch_error)
    for s in (watcher, session):
        try:
            s.xenapi.session.logout()
        finally:
            s("close")()


def helper(argv: Sequence[str]) -> int:
    kind, url, user, password, *rest = argv
    if kind == "fetch":
        helper_fetch(url, user, password)
    elif kind == "shutdown":
        helper_shutdown(url, user, password, int(rest[0]), rest[1] == "step")
    else:
        raise SystemExit(f"unknown helper {kind!r}")
    return 0


if __name__ == "__main__":
    sys.exit(helper(sys.argv[1:]))

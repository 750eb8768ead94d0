"""Xen Orchestra's npm `xen-api` client (pinned at 4.7.6) against a real simulator process, over both transports.

The Node side lives in ./xo: `xo_check.mjs` logs in, waits for the initial fetch of every object, starts a halted VM
with `callAsync`, checks that a second start fails with VM_BAD_POWER_STATE, runs a `barrier()`, watches a name_label
change that this module makes through the Python SDK while the script waits, sets the name back through XO and
disconnects. It prints one JSON line that the test checks against what the official `XenAPI` SDK sees on the same
server. The npm packages are installed (`npm ci`) when ./xo/node_modules is missing; the test is skipped only when
node or npm are absent.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import XenAPI

from conftest import SimServer

# The simulator tests' shared helpers (sdk_support, in the folder above) are imported by name, like conftest.
SDK_TESTS = Path(__file__).resolve().parents[1]
if str(SDK_TESTS) not in sys.path:
    sys.path.insert(0, str(SDK_TESTS))

from sdk_support import logged_in, sim_fixture  # noqa: E402

XO_DIR = Path(__file__).resolve().parent / "xo"
SCRIPT = XO_DIR / "xo_check.mjs"
XEN_API_VERSION = "4.7.6"
NPM_TIMEOUT = 240.0  # below the 300 s pytest-timeout of the whole test, setup included
NODE_TIMEOUT = 60  # the script's own global timeout, in seconds
RUN_TIMEOUT = NODE_TIMEOUT + 30.0  # the hard limit on the node process, should its own timeout not fire
MARKER = "XO_CHECK_EXTERNAL_CHANGE "

TRANSPORTS = ["json-rpc", "xml-rpc"]
EXPECTED_STEPS = [
    "connect",
    "objectsFetched",
    "callAsync VM.start",
    "callAsync VM.start fails",
    "barrier",
    "external change seen in cache",
    "set_name_label back through XO",
    "disconnect",
]

pytestmark = pytest.mark.slow


def installed_xen_api_version() -> str | None:
    manifest = XO_DIR / "node_modules" / "xen-api" / "package.json"
    if not manifest.is_file():
        return None
    version = json.loads(manifest.read_text(encoding="utf-8")).get("version")
    return version if isinstance(version, str) else None


@pytest.fixture(scope="module")
def node() -> str:
    """The node executable, with xen-api@4.7.6 installed in ./xo/node_modules (npm ci when missing)."""
    node_exe, npm_exe = shutil.which("node"), shutil.which("npm")
    if node_exe is None or npm_exe is None:
        pytest.skip("node and npm are needed to run Xen Orchestra's xen-api client (not found on PATH)")
    if installed_xen_api_version() != XEN_API_VERSION:
        try:
            proc = subprocess.run(
                [npm_exe, "ci", "--no-audit", "--no-fund"],
                cwd=XO_DIR,
                capture_output=True,
                text=True,
                timeout=NPM_TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            pytest.fail(f"npm ci did not finish within {NPM_TIMEOUT:.0f} s in {XO_DIR}: {exc.stderr!r}")
        assert proc.returncode == 0, f"npm ci failed in {XO_DIR} (exit {proc.returncode}):\n{proc.stdout}{proc.stderr}"
    assert installed_xen_api_version() == XEN_API_VERSION, "npm ci did not install xen-api " + XEN_API_VERSION
    return node_exe


# This module's own demo-pool simulator (the runs start VMs and rename them).
server_fixture = sim_fixture("--scenario", "demo")


@pytest.fixture(scope="module")
def sdk(server: SimServer) -> Iterator[Any]:
    """A logged-in session of the official Python SDK on the same server."""
    with logged_in(server) as session:
        yield session


@pytest.fixture(scope="module")
def halted_vms(sdk: Any) -> dict[str, tuple[str, str]]:
    """A distinct halted VM that allows start for each transport (both runs share the server): ref and name_label."""
    records: dict[str, dict[str, Any]] = sdk.xenapi.VM.get_all_records()
    candidates = sorted(
        (v["name_label"], ref)
        for ref, v in records.items()
        if v["power_state"] == "Halted"
        and "start" in v["allowed_operations"]
        and not (v["is_a_template"] or v["is_a_snapshot"] or v["is_control_domain"])
    )
    assert len(candidates) >= len(TRANSPORTS), f"the demo scenario needs {len(TRANSPORTS)} halted VMs: {candidates}"
    return {transport: (ref, name) for transport, (name, ref) in zip(TRANSPORTS, candidates, strict=False)}


def record_counts(sdk: Any) -> tuple[dict[str, int], dict[str, list[str]]]:
    """Per class whose `<T>.get_all_records` is in system.listMethods (as XO does it): the number of records.

    Also returns the ErrorDescription of every such call that fails.
    """
    methods: list[str] = sdk.system.listMethods()  # no session, a bare array: as XO calls it
    counts: dict[str, int] = {}
    failures: dict[str, list[str]] = {}
    for method in methods:
        if not method.endswith(".get_all_records"):
            continue
        cls = method.removesuffix(".get_all_records")
        try:
            counts[cls] = len(getattr(sdk.xenapi, cls).get_all_records())
        except XenAPI.Failure as failure:
            failures[cls] = list(failure.details)
    return counts, failures


@dataclass
class NodeRun:
    returncode: int | None
    result: dict[str, Any] | None
    stdout: str
    stderr: str
    external_change: dict[str, Any] | None = None
    notes: list[str] = field(default_factory=list)

    def describe(self) -> str:
        notes = "".join(f"\n{n}" for n in self.notes)
        return f"exit {self.returncode}{notes}\n--- stdout ---\n{self.stdout}\n--- stderr ---\n{self.stderr}"


def run_xo_check(
    node: str, server: SimServer, transport: str, vm_uuid: str, on_external_change: Callable[[dict[str, Any]], None]
) -> NodeRun:
    """Run xo_check.mjs; when it asks for the external change, call on_external_change then let it go on."""
    env = {
        **os.environ,
        "XO_CHECK_URL": server.url,
        "XO_CHECK_USER": server.user,
        "XO_CHECK_PASSWORD": server.password,
        "XO_CHECK_TRANSPORT": transport,
        "XO_CHECK_VM": vm_uuid,
    }
    env.pop("NODE_ENV", None)
    command = [node, str(SCRIPT), "--external-change", "--timeout", str(NODE_TIMEOUT)]
    proc = subprocess.Popen(
        command, cwd=XO_DIR, env=env, text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    stdout_parts: list[str] = []
    stderr_lines: list[str] = []
    requests: queue.Queue[str] = queue.Queue()
    stdout_pipe, stderr_pipe = proc.stdout, proc.stderr

    def read_stdout() -> None:
        stdout_parts.append(stdout_pipe.read())

    def read_stderr() -> None:
        for line in stderr_pipe:
            stderr_lines.append(line)
            if line.startswith(MARKER):
                requests.put(line[len(MARKER) :])

    readers = [threading.Thread(target=read_stdout, daemon=True), threading.Thread(target=read_stderr, daemon=True)]
    for reader in readers:
        reader.start()

    notes: list[str] = []
    external: dict[str, Any] | None = None
    deadline = time.monotonic() + RUN_TIMEOUT
    try:
        while proc.poll() is None and external is None and time.monotonic() < deadline:
            try:
                external = json.loads(requests.get(timeout=0.1))
            except queue.Empty:
                continue
            on_external_change(external)
            proc.stdin.write("done\n")
            proc.stdin.flush()
        try:
            proc.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            notes.append(f"killed: still running after {RUN_TIMEOUT:.0f} s")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
        for reader in readers:
            reader.join(10)
        for pipe in (proc.stdin, proc.stdout, proc.stderr):
            try:
                pipe.close()
            except OSError:  # the child may be gone with data unread
                pass

    stdout = "".join(stdout_parts)
    result: dict[str, Any] | None = None
    lines = [line for line in stdout.splitlines() if line.strip()]
    if len(lines) == 1:
        try:
            result = json.loads(lines[0])
        except json.JSONDecodeError:
            notes.append("stdout is not one JSON line")
    else:
        notes.append(f"expected one line on stdout, got {len(lines)}")
    return NodeRun(proc.returncode, result, stdout, "".join(stderr_lines), external, notes)


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_xo_client(
    node: str, server: SimServer, sdk: Any, halted_vms: dict[str, tuple[str, str]], transport: str
) -> None:
    vm_ref, vm_name = halted_vms[transport]
    assert sdk.xenapi.VM.get_power_state(vm_ref) == "Halted"

    expected_counts, failed_classes = record_counts(sdk)

    seen_by_sdk: dict[str, str] = {}

    def rename(request: dict[str, Any]) -> None:
        assert request["ref"] == vm_ref, request
        sdk.xenapi.VM.set_name_label(request["ref"], request["name_label"])
        seen_by_sdk["name_label"] = sdk.xenapi.VM.get_name_label(vm_ref)

    run = run_xo_check(node, server, transport, sdk.xenapi.VM.get_uuid(vm_ref), rename)
    assert run.result is not None, run.describe()
    result = run.result
    failed_steps = [s for s in result.get("steps", []) if not s.get("ok")]
    assert result.get("ok") is True and run.returncode == 0, (
        f"xo_check failed: {result.get('error')}\nfailed steps: {failed_steps}\n{run.describe()}"
    )
    steps = {s["name"]: s for s in result["steps"]}
    assert list(steps) == EXPECTED_STEPS, run.describe()
    assert result["transport"] == transport

    # the initial fetch: every class XO listed through system.listMethods, with the SDK's counts
    counts: dict[str, int] = result["counts"]
    for cls in ("pool", "host", "VM", "SR"):
        assert counts.get(cls, 0) >= 1, f"no {cls} in xapi.objects.all: {counts}"
    assert counts["pool"] == 1
    mismatched = {
        cls: {"sdk": n, "xo": counts.get(cls, 0)}
        for cls, n in sorted(expected_counts.items())
        if counts.get(cls, 0) != n
    }
    assert not mismatched, f"xapi.objects.all against get_all_records: {mismatched}"
    unknown = sorted(set(counts) - set(expected_counts))
    assert not unknown, f"XO cached objects of classes the SDK could not list: {unknown} (SDK: {failed_classes})"
    # a failing <T>.get_all_records is swallowed by XO with a warning: allow only the ones the SDK also saw fail
    unexpected_warnings = [w for w in result["warnings"] if not any(f" {cls} " in w for cls in failed_classes)]
    assert not unexpected_warnings, f"xen-api warned: {unexpected_warnings}"

    # XO never had to recover: one login (no SESSION_INVALID), one event.inject (the event loop never restarted on
    # EVENTS_LOST or an error), one task.get_all_records (event.from's valid_ref_counts.task matched XO's task count)
    calls: dict[str, int] = result["calls"]
    recoveries = {m: calls.get(m, 0) for m in ("session.login_with_password", "event.inject", "task.get_all_records")}
    assert recoveries == dict.fromkeys(recoveries, 1), f"XenAPI calls made by XO: {calls}"
    assert calls.get("event.from", 0) >= 1 and calls.get("Async.VM.start") == 2, calls

    # callAsync VM.start resolved (void: "") and the VM is running for the SDK
    assert steps["callAsync VM.start"]["value"] == ""
    assert result["vm"]["ref"] == vm_ref
    assert sdk.xenapi.VM.get_power_state(vm_ref) == "Running"

    # the second start failed through its task with the XenAPI error code and parameters
    failed_start = steps["callAsync VM.start fails"]
    assert failed_start["code"] == "VM_BAD_POWER_STATE", failed_start
    assert failed_start["params"] == [vm_ref, "halted", "running"], failed_start
    assert failed_start["via"] == "task" and failed_start["task_status"] == "failure", failed_start

    # barrier() came back and XO's cache already had the VM running
    assert steps["barrier"]["vm_power_state"] == "Running"

    # the SDK's rename reached XO's cache through its event loop, and XO's own set_name_label reached the server
    assert run.external_change is not None, run.describe()
    assert seen_by_sdk["name_label"] == run.external_change["name_label"]
    assert steps["external change seen in cache"]["by"] == "caller"
    assert sdk.xenapi.VM.get_name_label(vm_ref) == vm_name

    # the barrier keys are removed again (fire and forget in XO: give it a moment)
    pool_ref = sdk.xenapi.pool.get_all()[0]
    for _ in range(50):
        leftovers = [k for k in sdk.xenapi.pool.get_other_config(pool_ref) if k.startswith("xo:barrier:")]
        if not leftovers:
            break
        time.sleep(0.1)
    assert not leftovers, f"barrier keys left in pool.other_config: {leftovers}"

    # disconnect() logged out: the session XO used is invalid
    assert steps["disconnect"]["session_checked"] is True

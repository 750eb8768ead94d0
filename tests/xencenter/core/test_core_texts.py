"""Error sentences, object views, settings/secrets persistence and asyncutil helpers."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal

from xencenter.core.asyncutil import async_slot, running_tasks, set_exception_reporter, spawn, wait_signal
from xencenter.core.backoff import Backoff
from xencenter.core.cache import ObjectCache
from xencenter.core.errors_text import FORMATTERS, error_report, error_text, failure_text, format_bytes
from xencenter.core.manager import ConnectionManager, NoPassword
from xencenter.core.objects import VM, Host, as_int, real_vms, the_pool
from xencenter.core.servers import (
    SERVERS_KEY,
    KeyringSecretStore,
    MemorySecretStore,
    MemorySettings,
    NullSecretStore,
    default_secret_store,
    load_servers,
)
from xencenter.core.xenapi import ConnectionLost, ProtocolError, XenAPIFailure

from core_support import Runner, arun_fixture  # noqa: F401


def cache_with(**records: tuple[str, dict[str, Any]]) -> ObjectCache:
    cache = ObjectCache()
    cache.replace_all([{"class": cls.lower(), "operation": "add", "ref": f"OpaqueRef:{name}", "snapshot": rec}
                       for name, (cls, rec) in records.items()])
    return cache


UNKNOWN = "The server refused the operation with an error this console does not know; see the details."


@pytest.mark.parametrize(("code", "params", "text"), [
    ("HOST_NOT_ENOUGH_FREE_MEMORY", ["4294967296", "1610612736"],
     "The server does not have enough free memory: 4 GiB is needed but only 1.5 GiB is available."),
    ("HOST_NOT_ENOUGH_FREE_MEMORY", ["536870912", "104857600"],
     "The server does not have enough free memory: 512 MiB is needed but only 100 MiB is available."),
    ("HOST_NOT_ENOUGH_FREE_MEMORY", ["lots"], "The server does not have enough free memory."),
    ("VM_BAD_POWER_STATE", ["OpaqueRef:web", "paused, suspended, running", "halted"],
     "The VM 'web01' must be paused or suspended or running for this, but it is halted."),
    ("HANDLE_INVALID", ["VM", "OpaqueRef:x"], "The virtual machine no longer exists; it may have been deleted "
                                              "by someone else."),
    ("SESSION_AUTHENTICATION_FAILED", ["root", "Authentication failure"],
     "The user name or password was not accepted for 'root'."),
    ("VM_REQUIRES_SR", ["OpaqueRef:web", "OpaqueRef:nfs"],
     "The VM 'web01' needs the storage repository 'NFS', which this server cannot reach."),
    ("NO_HOSTS_AVAILABLE", [], "No server in the pool can start this VM (not enough memory, or every server is "
                               "disabled or offline)."),
    ("OTHER_OPERATION_IN_PROGRESS", ["VM", "OpaqueRef:web", "clean_shutdown", "OpaqueRef:t"],
     "'web01' is busy with another operation (clean shutdown); try again when it has finished."),
    ("OPERATION_NOT_ALLOWED", ["task cannot be cancelled."], "The operation is not allowed: task cannot be cancelled."),
    ("VM_IS_TEMPLATE", ["OpaqueRef:web", "start"], "'web01' is a template, so 'start' is not possible."),
    ("TASK_CANCELLED", ["OpaqueRef:t"], "The task was cancelled."),
    ("HOST_OFFLINE", ["OpaqueRef:h"], "The server 'xcp1' is offline."),
    ("VM_HVM_REQUIRED", ["OpaqueRef:web"], "The VM 'web01' needs hardware virtualization (Intel VT or AMD-V), which "
                                           "this server does not have."),
    ("VM_HVM_REQUIRED", ["OpaqueRef:gone"], "The VM 'an object that no longer exists' needs hardware virtualization "
                                            "(Intel VT or AMD-V), which this server does not have."),
    ("OPERATION_NOT_ALLOWED", ["VM OpaqueRef:web is locked"], "The operation is not allowed: VM web01 is locked."),
    ("SOMETHING_NEW", ["a", "b"], UNKNOWN),
    ("SOMETHING_NEW", [], UNKNOWN),
])
def test_failure_texts(qapp: Any, code: str, params: list[str], text: str) -> None:
    cache = cache_with(web=("VM", {"name_label": "web01"}), nfs=("SR", {"name_label": "NFS"}),
                       h=("host", {"name_label": "xcp1"}))
    assert failure_text(XenAPIFailure(code, params), cache) == text


def test_unknown_code_keeps_code_and_named_refs_in_details(qapp: Any) -> None:
    cache = cache_with(web=("VM", {"name_label": "web01"}))
    report = error_report(XenAPIFailure("SOMETHING_NEW", ["OpaqueRef:web", "42"]), cache)
    assert report.text == UNKNOWN
    assert report.details.splitlines() == ["Error code: SOMETHING_NEW", "Parameter 1: OpaqueRef:web (web01)",
                                           "Parameter 2: 42"]


@pytest.mark.parametrize("code", sorted(FORMATTERS))
def test_no_sentence_shows_a_code_or_a_ref(qapp: Any, code: str) -> None:
    """Every known code, with refs the cache knows, refs it does not, and too few parameters."""
    cache = cache_with(web=("VM", {"name_label": "web01"}))
    for params in (["OpaqueRef:web"] * 5, ["OpaqueRef:gone", "OpaqueRef:NULL", "x", "y", "z"], []):
        text = failure_text(XenAPIFailure(code, params), cache)
        assert text and "OpaqueRef" not in text and code not in text, (code, params, text)


def test_error_text_for_other_exceptions(qapp: Any) -> None:
    assert error_text(ConnectionLost("refused")).startswith("The connection to the server was lost")
    assert error_text(ProtocolError("HTML")).startswith("The server sent an unexpected reply")
    assert error_text(TimeoutError()) == "The operation timed out."
    report = error_report(KeyError("x"))
    assert "KeyError" not in report.text and report.details == "KeyError: 'x'"
    assert format_bytes(1023) == "1023 bytes" and format_bytes(3 * 1024**3) == "3 GiB"


def test_object_views(qapp: Any) -> None:
    cache = cache_with(
        p=("pool", {"name_label": "", "master": "OpaqueRef:h"}),
        h=("host", {"name_label": "xcp1", "metrics": "OpaqueRef:m", "enabled": False,
                    "other_config": {"MAINTENANCE_MODE": "true"}, "API_version_major": "2",
                    "API_version_minor": "21"}),
        m=("host_metrics", {"live": True, "memory_total": "34359738368", "memory_free": 1024}),
        vm=("VM", {"name_label": "web", "power_state": "Running", "resident_on": "OpaqueRef:h",
                   "memory_static_max": "1073741824", "metrics": "OpaqueRef:vmm"}),
        vmm=("VM_metrics", {"memory_actual": 536870912}),
        tmpl=("VM", {"name_label": "t", "is_a_template": True}),
        snap=("VM", {"name_label": "s", "is_a_template": True, "is_a_snapshot": True}),
        dom0=("VM", {"name_label": "Control domain", "is_control_domain": True}),
    )
    vm = VM.lookup(cache, "OpaqueRef:vm")
    assert vm.power_state == "Running" and vm.memory_static_max == 1073741824 and vm.memory_actual == 536870912
    assert vm.resident_host is not None and vm.resident_host.name == "xcp1"
    host = Host.lookup(cache, "OpaqueRef:h")
    assert host.in_maintenance_mode and not host.enabled and host.is_live and host.memory_total == 34359738368
    assert host.api_version == (2, 21)
    assert [v.name for v in real_vms(cache)] == ["web"]
    assert VM.lookup(cache, "OpaqueRef:snap").is_snapshot and not VM.lookup(cache, "OpaqueRef:snap").is_template
    assert the_pool(cache) is not None and the_pool(cache).display_name == "xcp1"  # type: ignore[union-attr]
    assert VM.lookup(cache, "OpaqueRef:h") is None
    assert as_int("12") == 12 and as_int("x", -1) == -1 and as_int(2.5) == 2


def test_servers_persist_without_passwords(qapp: Any) -> None:
    settings = MemorySettings()
    secrets = MemorySecretStore()
    manager = ConnectionManager(settings, secrets)
    conn = manager.add("xcp1.example", "root", password="pw", save_password=True)
    assert conn.url == "https://xcp1.example"
    assert manager.add("https://xcp1.example/", "root") is conn  # the same server is not added twice
    stored = settings.value(SERVERS_KEY)
    assert json.loads(stored) == [{"url": "https://xcp1.example", "user": "root", "name": ""}]
    assert "pw" not in stored and secrets.get(conn.url, "root") == "pw"
    with pytest.raises(ValueError):
        manager.add("", "root")

    again = ConnectionManager(settings, secrets)
    [restored] = again.restore()
    assert (restored.url, restored.user) == ("https://xcp1.example", "root")
    assert again.saved_password(restored) == "pw"


def test_server_list_tolerates_garbage(qapp: Any) -> None:
    settings = MemorySettings()
    settings.setValue(SERVERS_KEY, "{not json")
    assert load_servers(settings) == []
    settings.setValue(SERVERS_KEY, json.dumps([{"url": "h", "user": "root"}, {"url": 3}, "x", {"user": "u"}]))
    assert [e.url for e in load_servers(settings)] == ["h"]
    settings.setValue(SERVERS_KEY, json.dumps([{"url": "ftp://bad", "user": "root"}]))
    assert ConnectionManager(settings, NullSecretStore()).restore() == []


def test_secret_stores(qapp: Any) -> None:
    null = NullSecretStore()
    null.set("u", "root", "pw")
    assert null.get("u", "root") is None and not null.can_save

    class FakeKeyring:
        def __init__(self) -> None:
            self.data: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, key: str) -> str | None:
            return self.data.get((service, key))

        def set_password(self, service: str, key: str, password: str) -> None:
            self.data[(service, key)] = password

        def delete_password(self, service: str, key: str) -> None:
            raise RuntimeError("no such password")

    store = KeyringSecretStore(FakeKeyring())
    store.set("https://h", "root", "pw")
    assert store.get("https://h", "root") == "pw"
    store.delete("https://h", "root")  # a backend error is logged, not raised
    try:
        import keyring  # noqa: F401
    except ImportError:
        assert isinstance(default_secret_store(), NullSecretStore)


def test_manager_open_without_password(arun: Runner) -> None:
    manager = ConnectionManager(MemorySettings(), NullSecretStore())
    conn = manager.add("http://h.test", "root")
    with pytest.raises(NoPassword):
        arun(manager.open(conn))


def test_backoff_delays() -> None:
    delays = Backoff(1, 2, 5).delays()
    assert [next(delays) for _ in range(5)] == [1, 2, 4, 5, 5]
    with pytest.raises(ValueError):
        Backoff(0, 2, 5)


class Emitter(QObject):
    fired = Signal(int)


def test_asyncutil_spawn_reports_and_wait_signal(arun: Runner) -> None:
    reported: list[BaseException] = []
    set_exception_reporter(reported.append)
    try:
        async def boom() -> None:
            raise ValueError("boom")

        @async_slot
        async def slot(value: int) -> int:
            return value * 2

        async def scenario() -> None:
            task = spawn(boom())
            assert task in running_tasks()
            await asyncio.wait([task])
            await asyncio.sleep(0)
            assert [str(e) for e in reported] == ["boom"]
            assert await slot(21) == 42
            emitter = Emitter()
            asyncio.get_running_loop().call_later(0.01, emitter.fired.emit, 1)
            asyncio.get_running_loop().call_later(0.02, emitter.fired.emit, 7)
            assert await wait_signal(emitter.fired, 5, lambda v: v > 5) == (7,)
            with pytest.raises(TimeoutError):
                await wait_signal(emitter.fired, 0.05)

        arun(scenario())
    finally:
        set_exception_reporter(None)

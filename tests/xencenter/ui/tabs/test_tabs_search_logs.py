"""Search tab (columns by kind, multi-select) and Logs tab (operations, tasks and messages, newest first)."""

from __future__ import annotations

from tabs_support import Env, env_fixture  # noqa: F401

from xencenter.core.operation import Operation
from xencenter.core.turns import turn_queue
from xencenter.ui.tabs.logs import LogsTab
from xencenter.ui.tabs.search import SearchTab

URL = "http://lab.test"


def search(env: Env, *refs: str) -> SearchTab:
    env.select(*refs)
    env.host.show_tab("search")
    tab = env.host.tab("search")
    assert isinstance(tab, SearchTab)
    return tab


def test_single_vm_lists_all_vms_with_vm_columns(env: Env) -> None:
    tab = search(env, "OpaqueRef:web")
    assert tab.model.column_titles() == ["Name", "Description", "Power state", "Server", "vCPUs", "Memory",
                                         "IP address"]
    assert tab.model.row_keys() == [f"{URL}|OpaqueRef:off", f"{URL}|OpaqueRef:web"]  # no templates, no dom0
    assert [tab.model.text(f"{URL}|OpaqueRef:web", c) for c in range(7)] == [
        "web01", "web server", "Running", "host-a", "2", "1 GiB", "10.0.0.5"]
    assert tab.summary.text() == "2 objects"


def test_multi_select_mixed_kinds(env: Env) -> None:
    tab = search(env, "OpaqueRef:web", "OpaqueRef:h2", "OpaqueRef:nfs", "OpaqueRef:gone")
    assert tab.model.column_titles() == ["Name", "Type", "Description", "Pool"]
    assert [tab.model.text(k, 1) for k in tab.model.row_keys()] == ["Storage", "VM", "Server"]
    assert tab.model.text(f"{URL}|OpaqueRef:web", 3) == "Lab"
    tab = search(env, "OpaqueRef:h1", "OpaqueRef:h2")
    assert tab.model.column_titles()[2:] == ["CPUs", "Memory", "Free memory", "Version"]
    env.lab.change(env.conn, "OpaqueRef:hm2", memory_free=str(1024**3))
    assert tab.model.text(f"{URL}|OpaqueRef:h2", 4) == "1 GiB"


def test_pool_lists_everything(env: Env) -> None:
    tab = search(env, "OpaqueRef:pool")
    kinds = [tab.model.text(k, 1) for k in tab.model.row_keys()]
    assert kinds.count("Server") == 2 and kinds.count("VM") == 2 and kinds.count("Network") == 4
    env.lab.add(env.conn, "VM", "OpaqueRef:newvm", name_label="new", power_state="Halted", is_a_template=False,
                is_a_snapshot=False, is_control_domain=False)
    assert f"{URL}|OpaqueRef:newvm" in tab.model.row_keys()


def logs(env: Env, ref: str) -> LogsTab:
    env.select(ref)
    env.host.show_tab("logs")
    tab = env.host.tab("logs")
    assert isinstance(tab, LogsTab)
    return tab


def test_logs_messages_tasks_and_operations_newest_first(env: Env) -> None:
    tab = logs(env, "OpaqueRef:web")
    assert tab.model.row_keys() == ["msg:OpaqueRef:msg1"]
    assert [tab.model.text("msg:OpaqueRef:msg1", c) for c in range(1, 5)] == [
        "Alert", "VM started", "Information", "web01 started"]
    # A message for another object does not re-render; one for ours does.
    renders = tab.renders
    env.lab.add(env.conn, "message", "OpaqueRef:msg2", name="HOST_SYNC", priority="3", cls="Host",
                obj_uuid="uuid-h1", timestamp="20260103T10:00:00Z", body="")
    assert tab.renders == renders
    env.lab.add(env.conn, "message", "OpaqueRef:msg3", name="VM_SHUTDOWN", priority="2", cls="VM",
                obj_uuid="uuid-web", timestamp="20260104T10:00:00Z", body="bye")
    assert tab.model.row_keys()[0] == "msg:OpaqueRef:msg3"
    assert tab.model.text("msg:OpaqueRef:msg3", 3) == "Critical"  # priorities 1-2, as the Alerts pane shows them
    # A running xapi task on the VM (current_operations), then one of ours in the OperationList.
    env.lab.add(env.conn, "task", "OpaqueRef:task1", name_label="Async.VM.clean_reboot", status="pending",
                progress=0.5, created="20260105T10:00:00Z", error_info=[])
    env.lab.change(env.conn, "OpaqueRef:web", current_operations={"OpaqueRef:task1": "clean_reboot"})
    assert tab.model.row_keys()[0] == "task:OpaqueRef:task1"
    assert tab.model.text("task:OpaqueRef:task1", 3) == "In progress"
    op = Operation("Rebooting web01", env.conn, ["OpaqueRef:web"])
    env.ops._add(op)  # as start() would, without running anything
    turn_queue().drain()  # the re-render's turn
    key = f"op:{id(op)}"
    assert tab.model.row_keys()[0] == key and tab.model.text(key, 3) == "In progress (0%)"
    op.succeed()
    turn_queue().drain()
    assert tab.model.text(key, 3) == "Completed"
    env.lab.drop(env.conn, "OpaqueRef:msg1")
    assert "msg:OpaqueRef:msg1" not in tab.model.row_keys()


def test_logs_for_a_host_and_a_vanished_object(env: Env) -> None:
    env.lab.add(env.conn, "message", "OpaqueRef:msg2", name="HOST_SYNC", priority="1", cls="Host",
                obj_uuid="uuid-h1", timestamp="garbage", body="")
    tab = logs(env, "OpaqueRef:h1")
    assert [tab.model.text("msg:OpaqueRef:msg2", c) for c in (0, 3)] == ["Unknown", "Critical"]
    env.lab.drop(env.conn, "OpaqueRef:h1")
    assert tab.model.row_keys() == []

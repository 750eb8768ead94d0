"""vApps in the console's core, from cache data (no simulator): the sequence in words, the state, the verbs' reasons,
the New vApp wizard's pages and Finish plan (run on a fake runner, with its rollback), the vApps organisation view
and XenCenter's "VMs by vApp" saved search."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from xencenter.core.commands import CommandRegistry, SelectedItem
from xencenter.core.connection import Connection
from xencenter.core.navigation import ConnectionView, walk
from xencenter.core.organise import saved_search
from xencenter.core.organise.views import VAPPS, vapps
from xencenter.core.vapps import Member, Vapp, shutdown_sequence, start_sequence, state_text
from xencenter.core.wizard import WizardFlow
from xencenter.core.wizard.plan import PlanRun
from xencenter.core.wizard.vapp import (
    NULL,
    VappChoices,
    default_choices,
    existing_choices,
    moved_from,
    vapp_pages,
)

from core_pool import FakePool, loaded, vm
from core_support import arun_fixture  # noqa: F401

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))  # the navigation tests' dict cache
from nav_data import DictCache

SHOP, LAB = "OpaqueRef:shop", "OpaqueRef:lab"
REG = CommandRegistry()


def pool(**changes: dict[str, Any]) -> Connection:
    records = FakePool().records
    members = {
        "db": vm("db", "Running", allowed=("clean_shutdown",), appliance=SHOP, order=0, start_delay=30,
                 shutdown_delay=0),
        "web": vm("web", "Halted", appliance=SHOP, order=1, start_delay=0, shutdown_delay=10),
        "cache": vm("cache", "Halted", appliance=SHOP, order=1, start_delay=5, shutdown_delay=0),
        "free": vm("free", "Halted", appliance=NULL),
        "tpl": vm("tpl", is_a_template=True),
    }
    for name, record in members.items():
        record.update(changes.get(name, {}))
        records[f"OpaqueRef:{name}"] = ("VM", record)
    shop = {"name_label": "Web shop", "name_description": "db then web", "VMs": [f"OpaqueRef:{n}" for n in
                                                                                ("db", "web", "cache")],
            "allowed_operations": ["start", "hard_shutdown", "shutdown"], "current_operations": {}}
    shop.update(changes.get("shop", {}))
    records[SHOP] = ("VM_appliance", shop)
    records[LAB] = ("VM_appliance", {"name_label": "Lab", "name_description": "", "VMs": [],
                                     "allowed_operations": [], "current_operations": {}})
    return loaded(records)


def reason(command: str, conn: Connection, ref: str, cls: str = "VM_appliance", argument: Any = None) -> str | None:
    return REG.reason(command, [SelectedItem(conn, cls, ref)], argument)


def test_the_sequence_in_words() -> None:
    members = [Member("web", 1, 0, 10), Member("db", 0, 30, 0), Member("cache", 1, 5, 0), Member("app", 2, 0, 3)]
    assert start_sequence(members) == "db; wait 30 s; cache, web; wait 5 s; app"
    assert shutdown_sequence(members) == "app; wait 3 s; cache, web; wait 10 s; db"
    assert start_sequence([Member("a", 0, 9, 9)]) == "a", "no wait after the last group"
    assert start_sequence([]) == ""


def test_state_and_members_in_start_order(qapp: Any) -> None:
    conn = pool()
    shop = Vapp.lookup(conn.cache, SHOP)
    assert [vm.name for vm in shop.members()] == ["db", "cache", "web"]
    assert state_text(shop) == "1 of 3 running"
    assert state_text(Vapp.lookup(conn.cache, LAB)) == "No VMs"
    busy = pool(shop={"current_operations": {"OpaqueRef:task": "start"}})
    assert state_text(Vapp.lookup(busy.cache, SHOP)) == "Starting..."
    halted = pool(db={"power_state": "Halted"})
    assert state_text(Vapp.lookup(halted.cache, SHOP)) == "Halted"


def test_the_verbs_say_why_they_cannot_run(qapp: Any) -> None:
    conn = pool()
    assert reason("vapp.start", conn, SHOP) is None
    assert reason("vapp.shutdown", conn, SHOP) is None
    assert reason("vapp.start", conn, LAB) == "The vApp has no VMs."
    assert reason("vapp.start", conn, "OpaqueRef:gone") == "The vApp no longer exists."
    assert reason("vapp.start", conn, "OpaqueRef:db", cls="VM") == "Select a vApp."
    running = pool(web={"power_state": "Running"}, cache={"power_state": "Running"},
                   shop={"allowed_operations": ["clean_shutdown", "hard_shutdown", "shutdown"]})
    assert reason("vapp.start", running, SHOP) == "No VM of the vApp is shut down."
    halted = pool(db={"power_state": "Halted"}, shop={"allowed_operations": ["start"]})
    assert reason("vapp.shutdown", halted, SHOP) == "Every VM of the vApp is shut down."
    busy = pool(shop={"allowed_operations": [], "current_operations": {"OpaqueRef:task": "start"}})
    assert reason("vapp.shutdown", busy, SHOP) == "The vApp is busy (start)."
    assert reason("vapp.delete", busy, SHOP) == "The vApp is busy (start)."
    assert reason("vapp.delete", conn, SHOP) is None and reason("vapp.properties", conn, SHOP) is None
    assert reason("pool.manage_vapps", conn, "OpaqueRef:pool", cls="pool") is None
    assert reason("pool.manage_vapps", conn, "OpaqueRef:db", cls="VM") == "Select a pool."


def test_assign_to_vapp_offers_each_vapp_and_leaving(qapp: Any) -> None:
    conn = pool()
    command = REG.get("vm.assign_vapp")
    item = SelectedItem(conn, "VM", "OpaqueRef:web")
    assert command.choices(item) == [  # type: ignore[attr-defined]
        (LAB, "Lab", None), (SHOP, "Web shop", "The VM is already in this vApp."),
        (NULL, "None (leave the vApp)", None)]
    free = SelectedItem(conn, "VM", "OpaqueRef:free")
    assert command.choices(free)[-1] == (NULL, "None (leave the vApp)", "The VM is in no vApp.")  # type: ignore
    assert reason("vm.assign_vapp", conn, "OpaqueRef:tpl", cls="VM") == (
        "Only VMs can be in a vApp (not templates, snapshots or control domains).")


def test_the_wizard_pages_refuse_what_they_should(qapp: Any) -> None:
    conn = pool()
    choices = default_choices(conn, "OpaqueRef:free")
    assert choices.name == "New vApp" and choices.vms == ["OpaqueRef:free"]
    flow = WizardFlow(vapp_pages(), choices)
    choices.name = "Web shop"
    assert [p.text for p in flow.problems()] == ["A vApp named 'Web shop' already exists."]
    choices.name = "  "
    assert [p.text for p in flow.problems()] == ["Type a name for the vApp."]
    choices.name = "Lab services"
    assert flow.next()
    choices.vms = ["OpaqueRef:free", "OpaqueRef:web"]
    assert moved_from(choices) == ["web (from 'Web shop')"]
    assert "already in another vApp" in flow.problems()[0].text and not flow.can_next
    choices.move = True
    assert flow.next()
    choices.setting("OpaqueRef:free").start_delay = 20
    assert choices.setting("OpaqueRef:web").order == 1, "a VM's settings start as the VM has them"
    assert flow.next() and flow.can_finish
    summary = dict(flow.summary())
    assert summary["Start sequence"] == "free; wait 20 s; web"
    assert summary["Shutdown sequence"] == "web; wait 10 s; free"
    assert summary["Moved from another vApp"] == "web (from 'Web shop')"

    edit = existing_choices(conn, SHOP)
    assert edit is not None and edit.name == "Web shop" and edit.vms == ["OpaqueRef:db", "OpaqueRef:cache",
                                                                          "OpaqueRef:web"]
    assert WizardFlow(vapp_pages(), edit).problems() == [], "its own name is no clash"
    assert existing_choices(conn, "OpaqueRef:gone") is None


class Recorder:
    """A runner that records calls; `fail` makes the first call of one method raise (to see the rollback)."""

    def __init__(self, connection: Connection, fail: str = "") -> None:
        self.connection = connection
        self.calls: list[tuple[Any, ...]] = []
        self.fail = fail

    async def call(self, method: str, *params: Any) -> Any:
        self.calls.append((method, *params))
        if method == self.fail:
            self.fail = ""
            raise RuntimeError(method)
        return "OpaqueRef:new" if method == "VM_appliance.create" else ""


def finish_steps(choices: VappChoices, runner: Recorder, arun: Any) -> None:
    from xencenter.core.wizard.vapp import _members_step

    plan = PlanRun(runner)  # type: ignore[arg-type]
    plan.values["vapp"] = "OpaqueRef:new"

    async def run() -> None:
        try:
            await _members_step(choices).work(plan)
        except RuntimeError:
            await plan.rollback()

    arun(run())


def test_finish_sets_only_what_changed_and_puts_it_back_on_failure(qapp: Any, arun: Any) -> None:
    conn = pool()
    choices = VappChoices(conn, name="Lab services", vms=["OpaqueRef:free", "OpaqueRef:web"], move=True)
    choices.setting("OpaqueRef:free").start_delay = 20
    runner = Recorder(conn)
    finish_steps(choices, runner, arun)
    assert runner.calls == [("VM.set_appliance", "OpaqueRef:free", "OpaqueRef:new"),
                            ("VM.set_start_delay", "OpaqueRef:free", 20),
                            ("VM.set_appliance", "OpaqueRef:web", "OpaqueRef:new")]

    failing = Recorder(conn, fail="VM.set_start_delay")
    finish_steps(choices, failing, arun)
    undone = failing.calls[2:]
    assert undone == [("VM.set_appliance", "OpaqueRef:free", NULL), ("VM.set_order", "OpaqueRef:free", 0),
                      ("VM.set_start_delay", "OpaqueRef:free", 0), ("VM.set_shutdown_delay", "OpaqueRef:free", 0)]


def test_the_vapps_view_and_the_vms_by_vapp_search() -> None:
    cache = DictCache()
    cache.put("pool", "P", name_label="Lab")
    cache.put("VM_appliance", "shop", name_label="Web shop", name_description="", VMs=["db", "web"])
    cache.put("VM", "db", name_label="db", power_state="Running", appliance="shop", other_config={})
    cache.put("VM", "web", name_label="web", power_state="Halted", appliance="shop", other_config={})
    cache.put("VM", "free", name_label="free", power_state="Halted", appliance="OpaqueRef:NULL", other_config={})
    view = ConnectionView("c1", "Lab", "connected", cache)
    (node,) = vapps([view])
    assert (node.label, node.cls, node.ref, node.icon) == ("Web shop", "VM_appliance", "shop", "vapp")
    assert [child.label for child in node.children] == ["db", "web"]
    assert all(child.cls == "VM" for child in node.children)
    assert len({n.key for n in walk((node,))}) == 3
    assert VAPPS == "vapps"

    xml = ('<Search uuid="u" name="VMs by vApp" major_version="2" minor_version="0" show_expanded="yes">'
           '<QueryScope><VM /></QueryScope><BooleanQuery property="in_any_appliance" query="yes" />'
           '<XenModelObjectPropertyGrouping property="appliance" /></Search>')
    parsed = saved_search.parse(xml)
    assert parsed.unsupported == []
    result = saved_search.run(parsed, [("c1", cache)])
    assert [(group.label, sorted(i.name for i in group.items)) for group in result.groups] == [
        ("Web shop", ["db", "web"])]
    assert all(item.name != "free" for item in result.items)


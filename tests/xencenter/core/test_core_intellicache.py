"""IntelliCache verbs from cache data: Enable (with its submenu of the server's local SRs) and Disable IntelliCache,
a disk's caching and on_boot settings; their reasons (licence, maintenance mode, storage), and runs on a fake pool."""

from __future__ import annotations

from typing import Any

from xencenter.core.commands import ChoosesArgument, CommandContext, CommandRegistry, SelectedItem
from xencenter.core.connection import Connection
from xencenter.core.operations import OperationList

from core_fakes import FakeUi
from core_pool import HOST, HOST2, POOL, FakePool, loaded, vm
from core_support import Runner, arun_fixture  # noqa: F401

REG = CommandRegistry()
NULL = "OpaqueRef:NULL"
EXT, LVM, NFS, OTHER_EXT = "OpaqueRef:ext", "OpaqueRef:lvm", "OpaqueRef:nfs", "OpaqueRef:ext2"
VDI, VBD = "OpaqueRef:disk", "OpaqueRef:vbd"
VHD_CAPS = ["VDI_CREATE", "VDI_RESET_ON_BOOT/2"]


def sr(name: str, sr_type: str, pbds: list[str], *, shared: bool = False) -> dict[str, Any]:
    return {"name_label": name, "type": sr_type, "shared": shared, "content_type": "user", "PBDs": pbds,
            "VDIs": [], "local_cache_enabled": False}


def pool_records(*, maintenance: bool = True, restricted: bool = False,
                 attached: bool = False) -> dict[str, tuple[str, dict[str, Any]]]:
    records = FakePool().records
    records[POOL][1]["restrictions"] = {"restrict_intellicache": "true" if restricted else "false"}
    host = records[HOST][1]
    host.update({"enabled": not maintenance, "PBDs": ["OpaqueRef:p-ext", "OpaqueRef:p-lvm", "OpaqueRef:p-nfs"],
                 "local_cache_sr": NULL, "edition": "free" if restricted else "xcp-ng"})
    records.update({
        EXT: ("SR", sr("Local cache", "ext", ["OpaqueRef:p-ext"])),
        LVM: ("SR", sr("Local storage", "lvm", ["OpaqueRef:p-lvm"])),
        NFS: ("SR", sr("NFS", "nfs", ["OpaqueRef:p-nfs", "OpaqueRef:p-nfs2"], shared=True)),
        OTHER_EXT: ("SR", sr("Other's cache", "ext", ["OpaqueRef:p-ext2"])),
        "OpaqueRef:p-ext": ("PBD", {"host": HOST, "SR": EXT, "currently_attached": True}),
        "OpaqueRef:p-lvm": ("PBD", {"host": HOST, "SR": LVM, "currently_attached": True}),
        "OpaqueRef:p-nfs": ("PBD", {"host": HOST, "SR": NFS, "currently_attached": True}),
        "OpaqueRef:p-nfs2": ("PBD", {"host": HOST2, "SR": NFS, "currently_attached": True}),
        "OpaqueRef:p-ext2": ("PBD", {"host": HOST2, "SR": OTHER_EXT, "currently_attached": True}),
        "OpaqueRef:sm-ext": ("SM", {"type": "ext", "capabilities": [*VHD_CAPS, "SR_CACHING"]}),
        "OpaqueRef:sm-nfs": ("SM", {"type": "nfs", "capabilities": [*VHD_CAPS, "SR_CACHING"]}),
        "OpaqueRef:sm-lvm": ("SM", {"type": "lvm", "capabilities": VHD_CAPS}),
        "OpaqueRef:sm-iso": ("SM", {"type": "iso", "capabilities": ["VDI_CREATE"]}),
        VDI: ("VDI", {"name_label": "disk 0", "SR": NFS, "VBDs": [VBD], "allow_caching": False,
                      "on_boot": "persist"}),
        VBD: ("VBD", {"VM": "OpaqueRef:v", "VDI": VDI, "currently_attached": attached, "type": "Disk"}),
        "OpaqueRef:v": ("VM", vm("desktop", "Running" if attached else "Halted", VBDs=[VBD])),
    })
    return records


def reason(command: str, conn: Connection, ref: str, cls: str, argument: Any = None) -> str | None:
    return REG.reason(command, [SelectedItem(conn, cls, ref)], argument)


def test_enable_offers_the_servers_own_file_based_storage(qapp: Any) -> None:
    conn = loaded(pool_records())
    command = REG.get("host.enable_intellicache")
    assert isinstance(command, ChoosesArgument) and command.verb.needs_argument
    choices = command.choices(SelectedItem(conn, "host", HOST))
    assert [(ref, name) for ref, name, _ in choices] == [(EXT, "Local cache"), (LVM, "Local storage")]
    assert dict((ref, why) for ref, _, why in choices)[EXT] is None
    assert "must be file-based (ext)" in str(dict((ref, why) for ref, _, why in choices)[LVM])
    assert reason("host.enable_intellicache", conn, HOST, "host") is None
    assert reason("host.enable_intellicache", conn, HOST, "host", EXT) is None
    assert "file-based" in str(reason("host.enable_intellicache", conn, HOST, "host", LVM))
    assert reason("host.enable_intellicache", conn, HOST, "host", OTHER_EXT) == \
        "That storage is not the server's own."
    assert reason("host.enable_intellicache", conn, VDI, "VDI") == "Select one or more servers."


def test_enable_and_disable_need_maintenance_mode_a_licence_and_storage(qapp: Any) -> None:
    conn = loaded(pool_records(maintenance=False))
    assert reason("host.enable_intellicache", conn, HOST, "host", EXT) == \
        "Put the server into maintenance mode first: IntelliCache changes only while it runs no VMs."
    records = pool_records()
    records[HOST][1]["resident_VMs"] = ["OpaqueRef:v"]
    records["OpaqueRef:v"][1].update(power_state="Running", resident_on=HOST)
    assert reason("host.enable_intellicache", loaded(records), HOST, "host", EXT) == \
        "VMs are running on the server."
    conn = loaded(pool_records(restricted=True))
    assert reason("host.enable_intellicache", conn, HOST, "host", EXT) == \
        "The pool's edition (XenServer Free) does not include IntelliCache."
    assert reason("host.disable_intellicache", conn, HOST, "host") == \
        "The pool's edition (XenServer Free) does not include IntelliCache."
    records = pool_records()
    records["OpaqueRef:p-ext"][1]["currently_attached"] = False
    records[HOST][1]["PBDs"] = ["OpaqueRef:p-ext", "OpaqueRef:p-lvm"]
    assert reason("host.enable_intellicache", loaded(records), HOST, "host") == \
        "The server has no local file-based (ext) storage to cache on."
    conn = loaded(pool_records())
    assert reason("host.disable_intellicache", conn, HOST, "host") == "IntelliCache is not enabled on this server."
    records = pool_records()
    records[HOST][1]["local_cache_sr"] = EXT
    assert reason("host.disable_intellicache", loaded(records), HOST, "host") is None


def test_disk_settings_reasons(qapp: Any) -> None:
    conn = loaded(pool_records())
    assert reason("vdi.set_allow_caching", conn, VDI, "VDI", True) is None
    assert reason("vdi.set_on_boot", conn, VDI, "VDI", "reset") is None
    assert reason("vdi.set_on_boot", conn, VDI, "VDI", "sometimes") == \
        "Choose whether the disk is reset at each start."
    running = loaded(pool_records(attached=True))
    assert reason("vdi.set_on_boot", running, VDI, "VDI", "reset") == \
        "The disk is in use by a running VM; shut the VM down first."
    assert reason("vdi.set_allow_caching", running, VDI, "VDI", True) is None, "xapi lets caching change any time"
    records = pool_records()
    records[VDI][1]["SR"] = "OpaqueRef:iso"
    records["OpaqueRef:iso"] = ("SR", {**sr("ISOs", "iso", []), "content_type": "iso"})
    assert reason("vdi.set_on_boot", loaded(records), VDI, "VDI", "reset") == \
        "Disks on this storage cannot be reset at each start."
    assert reason("vdi.set_on_boot", conn, "OpaqueRef:gone", "VDI", "reset") == \
        "The virtual disk no longer exists."


def test_the_verbs_call_xapi_in_operations(arun: Runner) -> None:
    async def scenario() -> None:
        pool = FakePool()
        pool.records = pool_records()
        for method in ("host.enable_local_storage_caching", "VDI.set_on_boot", "VDI.set_allow_caching"):
            pool.fake.methods[method] = lambda *params: ""
        conn = Connection("http://fake.test", "root", transport=pool.fake.transport())
        await conn.open("secret")
        for command_id, cls, ref, argument in (("host.enable_intellicache", "host", HOST, EXT),
                                               ("vdi.set_on_boot", "VDI", VDI, "reset"),
                                               ("vdi.set_allow_caching", "VDI", VDI, True)):
            context = CommandContext([SelectedItem(conn, cls, ref)], OperationList(), FakeUi(), argument=argument)
            assert await REG.run(command_id, context)
            [operation] = context.started
            await operation.wait()
        assert pool.fake.method_calls("host.enable_local_storage_caching")[0][1:] == [HOST, EXT]
        assert pool.fake.method_calls("VDI.set_on_boot")[0][1:] == [VDI, "reset"]
        assert pool.fake.method_calls("VDI.set_allow_caching")[0][1:] == [VDI, True]
        assert context.started[0].title == "Changing the caching of disk 'disk 0'"
        await conn.close()

    arun(scenario())

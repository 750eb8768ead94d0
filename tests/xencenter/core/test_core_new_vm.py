"""New VM logic from cache records alone: templates' provisioning specs and limits, defaults, names."""

from __future__ import annotations

from typing import Any

from xencenter.core.cache import ObjectCache
from xencenter.core.wizard.new_vm import defaults, unique_name
from xencenter.core.wizard.new_vm.pages import MediaPage, allowed_media
from xencenter.core.wizard.new_vm.template import TemplateInfo, parse_provision, provision_spec

GiB = 1024**3
SPEC = ('<provision><disk device="0" size="10737418240" sr="" bootable="true" type="system"/>'
        '<disk device="1" size="1073741824" sr="uuid-nfs" bootable="false" type="system"/></provision>')


def cache_of(records: dict[str, tuple[str, dict[str, Any]]]) -> ObjectCache:
    cache = ObjectCache()
    cache.replace_all([{"class": cls, "operation": "add", "ref": ref, "snapshot": rec}
                       for ref, (cls, rec) in records.items()])
    return cache


def lab() -> ObjectCache:
    template = {"name_label": "Debian", "is_a_template": True, "is_a_snapshot": False, "VBDs": [], "VIFs": [],
                "other_config": {"disks": SPEC, "install-methods": "cdrom,http", "default_template": "true"},
                "memory_static_min": str(256 * 1024**2), "memory_static_max": str(2 * GiB),
                "memory_dynamic_min": str(GiB), "VCPUs_at_startup": "1", "platform": {"cores-per-socket": "1"},
                "recommendations": '<restrictions><restriction field="vcpus-max" max="16"/></restrictions>',
                "HVM_boot_policy": "", "domain_type": "pv"}
    return cache_of({
        "OpaqueRef:t": ("VM", template),
        "OpaqueRef:v": ("VM", {"name_label": "Debian (2)", "is_a_template": False, "other_config": {}}),
        "OpaqueRef:pool": ("pool", {"name_label": "p", "default_SR": "OpaqueRef:nfs"}),
        "OpaqueRef:nfs": ("SR", {"name_label": "NFS", "uuid": "uuid-nfs", "content_type": "user", "shared": True}),
        "OpaqueRef:net": ("network", {"name_label": "Management"}),
        "OpaqueRef:pif": ("PIF", {"management": True, "network": "OpaqueRef:net"}),
    })


def test_provisioning_specs_parse_and_round_trip(qapp: Any) -> None:
    disks = parse_provision(SPEC)
    assert [(d.device, d.size, d.sr_uuid, d.bootable) for d in disks] == [("0", 10 * GiB, "", True),
                                                                           ("1", GiB, "uuid-nfs", False)]
    again = parse_provision(provision_spec([(d.device, d.size, d.sr_uuid, d.bootable) for d in disks]))
    assert again == disks
    assert parse_provision("<provision><disk") == [] and parse_provision("") == []
    bomb = '<!DOCTYPE x [<!ENTITY a "aaaa">]><provision><disk device="&a;" size="1"/></provision>'
    assert parse_provision(bomb) == []  # entities refused, not expanded


def test_defaults_come_from_the_template(qapp: Any) -> None:
    cache = lab()
    info = TemplateInfo.lookup(cache, "OpaqueRef:t")
    assert info is not None and info.max_vcpus == 16 and info.max_vifs == 7 and info.install_methods == {"cdrom",
                                                                                                          "http"}
    choices = defaults(cache, "OpaqueRef:t")
    assert choices.name == "Debian (3)"  # the template and a VM have the other two names
    assert choices.media == "iso" and choices.memory_min == GiB
    assert [(d.size, d.sr, d.bootable) for d in choices.disks] == [(10 * GiB, "OpaqueRef:nfs", True),
                                                                   (GiB, "OpaqueRef:nfs", False)]
    assert [v.network for v in choices.vifs] == ["OpaqueRef:net"]
    assert unique_name(cache, "Debian (2)") == "Debian (2) (2)" and unique_name(cache, "new") == "new"
    allowed = allowed_media(choices)
    assert allowed["iso"] is None and allowed["url"] is None and allowed["pxe"] is not None
    choices.media, choices.url = "url", "ftp://mirror/debian"
    assert [p.text for p in MediaPage().problems(choices)] == ["The template cannot install from ftp addresses."]
    choices.url = "mirror/debian"
    assert MediaPage().problems(choices)[0].text.startswith("Type a full address")
    assert TemplateInfo.lookup(cache, "OpaqueRef:v") is None  # a VM is not a template

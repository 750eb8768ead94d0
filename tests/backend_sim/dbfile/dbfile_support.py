"""Test support: a small hand-written xapi dump with the quirks of the real ones (so the loader is tested
without ../shared), and a check that a value has the Python type of its XenAPI type.

Not a conftest.py: other test modules import the top-level conftest by name.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from backend_sim.datamodel import ENUMS
from backend_sim.datamodel.types import EnumT, MapT, OptionT, Prim, RefT, SetT, XType
from backend_sim.wire.values import DateTime

DATETIME_RE = re.compile(r"\d{8}T\d\d:\d\d:\d\dZ")

# Old style (schema 5.57): `_ref` duplicates, no bound "many" sides, legacy `%_` escapes, double-quoted
# S-expressions next to single-quoted ones, a truncated value, non-canonical null refs, dangling refs,
# a `Secret` table, runtime tables with rows, an unknown table and unknown columns.
FIXTURE_DUMP = """<?xml version="1.0"?>
<database>
  <manifest>
    <pair key="schema_major_vsn" value="5"/>
    <pair key="schema_minor_vsn" value="57"/>
    <pair key="generation_count" value="42"/>
  </manifest>
  <table name="session">
    <row ref="OpaqueRef:session-1" uuid="s1" last_active="20090101T00:00:00Z"/>
  </table>
  <table name="task">
    <row ref="OpaqueRef:task-1" uuid="t1" name__label="VM.start"/>
  </table>
  <table name="message">
    <row ref="OpaqueRef:message-1" uuid="m1" name="HA_POOL_OVERCOMMITTED"/>
  </table>
  <table name="frobnitz">
    <row ref="OpaqueRef:frob-1" colour="blue"/>
  </table>
  <table name="pool">
    <row ref="OpaqueRef:pool" _ref="OpaqueRef:pool" uuid="pool-uuid" name_label="Test%_pool %.x"
         name_description="" master="OpaqueRef:host-1" default_SR="OpaqueRef:sr-gone"
         other_config="((&quot;folder&quot; &quot;/a b&quot;) (&quot;quote\\&quot;d&quot; &quot;v&quot;))"
         wlb_password="hunter2" ha_enabled="True"/>
  </table>
  <table name="host">
    <row ref="OpaqueRef:host-1" uuid="host-1-uuid" name__label="alpha" name__description="Default install"
         address="10.0.0.1" enabled="true" metrics="OpaqueRef:host-metrics-gone" memory__overhead="104857600"
         API_version__major="1" API_version__minor="3" boot_free_mem="2147483648"
         software_version="(('product_version' '5.6.0') ('build_number' '31188p'))"
         capabilities="('xen-3.0-x86_64' 'hvm-3.0-x86_32')"
         cpu_info="(('modelname' 'Intel(R) Xeon(R) CPU%_%_ X3450%_@ 2.67GHz'))"
         license_params="(('sku_type' 'XE%.Enterprise') ('expiry' '20100702T17:22:34Z') ('grace' 'no"/>
  </table>
  <table name="host_metrics"/>
  <table name="VM">
    <row ref="OpaqueRef:dom0" uuid="dom0-uuid" name__label="Control domain on host: alpha" power_state="Running"
         is_control_domain="true" resident_on="OpaqueRef:host-1" domid="0" memory__target="536870912"
         memory__overhead="0" memory__static_max="536870912" HVM__boot_policy="" is_a_template="false"/>
    <row ref="OpaqueRef:guest" _ref="OpaqueRef:guest" uuid="guest-uuid" name__label="Guest"
         name__description="line1%nline2%ttab 100%%" power_state="running" resident_on="OpaqueRef:host-1"
         domid="3" memory__static_max="17179869184" memory__dynamic_max="1073741824" memory__target="1073741824"
         memory__overhead="8388608" VCPUs__max="2" VCPUs__at_startup="2" actions__after_shutdown="Destroy"
         HVM__boot_policy="" PV__bootloader="pygrub" metrics="OpaqueRef:guest-metrics" affinity=""
         suspend_SR="cd" parent="Ref:1" user_version="abc" is_a_template="false" unknown_column="x"
         current_operations="(('OpaqueRef:task-1' 'clean_shutdown'))"
         allowed_operations="('clean_shutdown' 'frobnicate' 'hard_shutdown' "
         tags="(&quot;double&quot; &quot;quoted&quot;)" other_config="(('user' 'XENDT\\\\user1'))"/>
    <row ref="OpaqueRef:stale" uuid="stale-uuid" name__label="Halted but resident" power_state="Halted"
         resident_on="OpaqueRef:host-1" scheduled_to_be_resident_on="OpaqueRef:host-1"/>
    <row ref="OpaqueRef:orphan" uuid="orphan-uuid" name__label="Running nowhere" power_state="Running"
         resident_on="OpaqueRef:host-gone" domid="7"/>
    <row ref="OpaqueRef:template" uuid="template-uuid" name__label="Windows template" is_a_template="true"
         HVM__boot_policy="BIOS%.order" power_state="Halted"/>
    <row uuid="no-ref-at-all" name__label="broken"/>
    <row ref="OpaqueRef:guest" uuid="duplicate" name__label="duplicate"/>
    <row ref="OpaqueRef:NULL" uuid="null-ref" name__label="null"/>
  </table>
  <table name="VM_metrics">
    <row ref="OpaqueRef:guest-metrics" uuid="gm-uuid" memory__actual="1073741824" VCPUs__number="2"
         VCPUs__utilisation="(('0' '0.25') ('1' '1.'))" VCPUs__flags="(('0' '(\\'online\\' \\'blocked\\')'))"
         start_time="2009-01-23T13:18:41+01:00" install_time="20090123T12:18:41" last_updated=""/>
  </table>
  <table name="SR">
    <row ref="OpaqueRef:sr-1" uuid="sr-1-uuid" name__label="Local storage" type="lvm" shared="false"
         physical_size="250000000000" physical_utilisation="-1" default_vdi_visibility="true"/>
  </table>
  <table name="PBD">
    <row ref="OpaqueRef:pbd-1" uuid="pbd-1-uuid" host="OpaqueRef:host-1" SR="OpaqueRef:sr-1"
         currently_attached="true" device_config="(('device' '/dev/sda3'))"/>
  </table>
  <table name="VDI">
    <row ref="OpaqueRef:vdi-1" uuid="vdi-1-uuid" name__label="Guest disk" SR="OpaqueRef:sr-1" type="user"
         virtual_size="8589934592"/>
    <row ref="OpaqueRef:vdi-2" uuid="vdi-2-uuid" name__label="Lost disk" SR="OpaqueRef:sr-gone" type="User"/>
  </table>
  <table name="VBD">
    <row ref="OpaqueRef:vbd-1" uuid="vbd-1-uuid" VM="OpaqueRef:guest" VDI="OpaqueRef:vdi-1" type="Disk"
         userdevice="0" mode="RW" metrics="OpaqueRef:vbd-metrics-gone" reserved="false"/>
    <row ref="OpaqueRef:vbd-2" uuid="vbd-2-uuid" VM="OpaqueRef:guest" VDI="cd" type="CD" empty="true"
         userdevice="3" mode="RO"/>
    <row ref="OpaqueRef:vbd-3" uuid="vbd-3-uuid" VM="OpaqueRef:vm-gone" VDI="" type="CD" empty="true"/>
  </table>
  <table name="network">
    <row ref="OpaqueRef:net-1" uuid="net-1-uuid" name__label="Pool-wide network associated with eth0"
         bridge="xenbr0"/>
  </table>
  <table name="PIF">
    <row ref="OpaqueRef:pif-1" uuid="pif-1-uuid" device="eth0" host="OpaqueRef:host-1" network="OpaqueRef:net-1"
         VLAN="-1" management="true" metrics="OpaqueRef:NULL" device_name="eth0"/>
  </table>
  <table name="VIF">
    <row ref="OpaqueRef:vif-1" uuid="vif-1-uuid" device="0" VM="OpaqueRef:guest" network="OpaqueRef:net-1"
         MTU="1500" MAC="aa:bb:cc:dd:ee:ff"/>
  </table>
  <table name="console">
    <row ref="OpaqueRef:console-1" uuid="console-1-uuid" protocol="RFB" VM="OpaqueRef:guest" port="5900"
         location="https://10.0.0.1/console?ref=OpaqueRef:guest"/>
  </table>
  <table name="Secret">
    <row ref="OpaqueRef:secret-1" uuid="secret-1-uuid" value="REMOVED"/>
  </table>
</database>
"""


def write_fixture_dump(directory: Path) -> Path:
    path = directory / "state.db"
    path.write_text(FIXTURE_DUMP, encoding="utf-8")
    return path


def conforms(value: Any, xtype: XType) -> bool:
    """Whether a store value has the Python type the datamodel type implies."""
    match xtype:
        case Prim("string"):
            return isinstance(value, str)
        case Prim("int"):
            return isinstance(value, int) and not isinstance(value, bool)
        case Prim("float"):
            return isinstance(value, float)
        case Prim("bool"):
            return isinstance(value, bool)
        case Prim("datetime"):
            return isinstance(value, DateTime) and DATETIME_RE.fullmatch(value) is not None
        case RefT():
            return isinstance(value, str) and value.startswith("OpaqueRef:")
        case EnumT(name):
            return value in ENUMS[name]
        case SetT(elem):
            return isinstance(value, list) and all(conforms(item, elem) for item in value)
        case MapT(key, item_type):
            return isinstance(value, dict) and all(
                conforms(k, key) and conforms(v, item_type) for k, v in value.items()
            )
        case OptionT(inner):
            return value is None or conforms(value, inner)
    return True

"""The New SR wizard's logic without widgets: SM's probe documents read, the location checks per type."""

from __future__ import annotations

from typing import Any

import pytest

from xencenter.core.wizard.new_sr import LocationPage, NewSrChoices
from xencenter.core.wizard.new_sr_probe import parse


def test_parse_reads_each_of_sms_documents() -> None:
    exports = parse('<?xml version="1.0" ?><nfs-exports><Export><Target>s</Target><Path>/a</Path>'
                    '<Accesslist>*</Accesslist></Export><Export><Target>s</Target><Path>/b</Path></Export></nfs-exports>')
    assert exports.exports == ["/a", "/b"]
    iqns = parse("<iscsi-target-iqns><TGT><Index>0</Index><IPAddress>1.2.3.4</IPAddress><TargetIQN>iqn.b</TargetIQN>"
                 "</TGT><TGT><TargetIQN>iqn.a</TargetIQN></TGT><TGT><TargetIQN>iqn.a</TargetIQN></TGT>"
                 "</iscsi-target-iqns>")
    assert iqns.iqns == ["iqn.a", "iqn.b"]
    luns = parse("<iscsi-target><LUN><vendor>LIO</vendor><LUNid>1</LUNid><size>1024</size><SCSIid>36001</SCSIid>"
                 "</LUN></iscsi-target>")
    assert [(lun.scsi_id, lun.size, lun.lun_id, lun.vendor) for lun in luns.luns] == [("36001", 1024, "1", "LIO")]
    hba = parse("<Devlist><BlockDevice><SCSIid>3600a</SCSIid><size>x</size><lun>2</lun></BlockDevice>"
                "<Adapter><host>host1</host></Adapter></Devlist>")
    assert [(lun.scsi_id, lun.size, lun.lun_id) for lun in hba.luns] == [("3600a", 0, "2")]
    assert parse("<SRlist><SR><UUID>u1</UUID></SR><SR><UUID></UUID></SR></SRlist>").srs == ["u1"]


@pytest.mark.parametrize("text", ["", "not xml", "<unknown/>", "<nfs-exports>"])
def test_parse_refuses_what_is_not_a_probe_answer(text: str) -> None:
    with pytest.raises(ValueError):
        parse(text)


@pytest.mark.parametrize(("kind", "fields", "where", "words"), [
    ("nfs", {"server": ""}, "server", "address of the storage server"),
    ("nfs", {"server": "bad name!"}, "server", "not a host name"),
    ("nfs", {"server": "nas", "path": "exports"}, "path", "export path"),
    ("nfs_iso", {"path": "//x/y"}, "path", "server:/path"),
    ("cifs_iso", {"path": "//x/y", "password": "p"}, "username", "user name"),
    ("iscsi", {"server": "10.0.0.1"}, "iqn", "IQN"),
    ("iscsi", {"server": "10.0.0.1", "iqn": "iqn.x"}, "lun", "LUN"),
    ("hba", {}, "lun", "LUN"),
    ("nfs", {"server": "nas", "path": "/vms"}, "scan", "Scan the location"),
])
def test_location_problems(kind: str, fields: dict[str, Any], where: str, words: str) -> None:
    state = NewSrChoices(connection=None, kind=kind, **fields)  # type: ignore[arg-type]
    (problem,) = LocationPage().problems(state)
    assert problem.field == where and words in problem.text


def test_a_scanned_location_passes_and_a_scan_error_shows() -> None:
    state = NewSrChoices(connection=None, kind="nfs", server="nas", path="/vms")  # type: ignore[arg-type]
    state.scanned = state.device_config()
    assert LocationPage().problems(state) == []
    state.scan_error = "The storage reported: NFS mount error"
    assert [p.text for p in LocationPage().problems(state)] == ["The storage reported: NFS mount error"]
    state.path = "/other"  # typed after the scan: scan again
    assert "Scan the location" in LocationPage().problems(state)[0].text

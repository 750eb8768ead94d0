"""RBAC over the wire: the demo's directory users (one per role) may call exactly what xapi's roles allow them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import XenAPI

from backend_sim.model.rbac import ROLE_NAMES, message_roles

from sdk_support import sim_fixture

server_fixture = sim_fixture("--scenario", "demo", "--auth-failure-delay", "0")


def session_as(server: Any, user: str, password: str = "xensim") -> XenAPI.Session:
    session = XenAPI.Session(server.url)
    try:
        session.xenapi.login_with_password(user, password, "2.21", "pytest-rbac")
    except BaseException:
        session("close")()  # a refused login must not leave its connection for the collector
        raise
    return session


@pytest.fixture
def sessions(server: Any) -> Iterator[dict[str, XenAPI.Session]]:
    made = {role: session_as(server, role) for role in ROLE_NAMES}
    made["root"] = session_as(server, server.user, server.password)
    yield made
    for session in made.values():
        try:
            session.xenapi.session.logout()
        except XenAPI.Failure:
            pass  # ended by the test
        session("close")()


def failure(call: Any, *args: Any) -> list[str] | None:
    try:
        call(*args)
    except XenAPI.Failure as exc:
        return list(exc.details)
    return None


def test_every_role_logs_in_with_its_roles_and_permissions(sessions: dict[str, XenAPI.Session]) -> None:
    for role in ROLE_NAMES:
        x = sessions[role].xenapi
        record = x.session.get_record(sessions[role]._session)
        assert record["is_local_superuser"] is False and record["auth_user_name"] == role
        subject = x.subject.get_record(record["subject"])
        assert [x.role.get_name_label(r) for r in subject["roles"]] == [role]
        assert "vm.get_record" in record["rbac_permissions"]
        assert ("vm.destroy" in record["rbac_permissions"]) is (role in message_roles()["vm.destroy"])
    root = sessions["root"].xenapi
    assert root.session.get_is_local_superuser(sessions["root"]._session) is True


@pytest.mark.parametrize(("method", "roles_allowed"), [
    ("VM.set_name_description", {"pool-admin", "pool-operator", "vm-power-admin", "vm-admin"}),
    ("VM.add_tags", {"pool-admin", "pool-operator", "vm-power-admin", "vm-admin", "vm-operator"}),
    ("pool.set_name_description", {"pool-admin", "pool-operator"}),
])
def test_a_mutating_call_is_allowed_exactly_for_the_roles_xapi_gives_it(sessions: dict[str, XenAPI.Session],
                                                                         method: str,
                                                                         roles_allowed: set[str]) -> None:
    root = sessions["root"].xenapi
    target = root.VM.get_by_name_label("web01")[0] if method.startswith("VM") else root.pool.get_all()[0]
    value = "tag-rbac" if method.endswith("tags") else "set by a test"
    assert {r for r in ROLE_NAMES if r in message_roles()[method.lower()]} == roles_allowed
    for role in ROLE_NAMES:
        cls, name = method.split(".")
        details = failure(getattr(getattr(sessions[role].xenapi, cls), name), target, value)
        if role in roles_allowed:
            assert details is None, (role, details)
        else:
            assert details is not None and details[:2] == ["RBAC_PERMISSION_DENIED", method.lower()], (role, details)


def test_read_only_reads_everything_and_changes_nothing(sessions: dict[str, XenAPI.Session]) -> None:
    x = sessions["read-only"].xenapi
    vms = x.VM.get_all_records()
    assert vms and x.VM.get_all_records_where('field "is_control_domain" = "true"')
    assert x.event_from(["vm"], "", 0.1)["events"]
    web = next(ref for ref, rec in vms.items() if rec["name_label"] == "web01")
    details = failure(x.Async.VM.clean_shutdown, web)
    assert details is not None and details[:2] == ["RBAC_PERMISSION_DENIED", "vm.clean_shutdown"]


def test_vm_operators_may_file_vms_in_folders_but_not_other_keys(sessions: dict[str, XenAPI.Session]) -> None:
    x = sessions["vm-operator"].xenapi
    permissions = x.session.get_rbac_permissions(sessions["vm-operator"]._session)
    assert {"vm.add_to_other_config/key:folder", "vm.add_to_other_config/key:xencenter.customfields.*"} \
        <= set(permissions) and "vm.add_to_other_config" not in permissions  # as xapi lists keyed permissions
    web = x.VM.get_by_name_label("web01")[0]
    assert failure(x.VM.add_to_other_config, web, "folder", "/lab") is None
    assert failure(x.VM.add_to_other_config, web, "XenCenter.CustomFields.owner", "ana") is None
    details = failure(x.VM.add_to_other_config, web, "secret-key", "x")
    assert details is not None and details[:2] == ["RBAC_PERMISSION_DENIED", "vm.add_to_other_config"]
    x.VM.remove_from_other_config(web, "folder")


def test_subjects_roles_and_sessions_are_managed_by_the_pool_admin(server: Any,
                                                                  sessions: dict[str, XenAPI.Session]) -> None:
    admin = sessions["pool-admin"].xenapi
    operator = sessions["pool-operator"].xenapi
    sid = admin.auth.get_subject_identifier("COURSE\\vm-operator")
    assert admin.auth.get_subject_information_from_identifier(sid)["subject-upn"] == "vm-operator@course.lab"
    (subject,) = [ref for ref, rec in admin.subject.get_all_records().items() if rec["subject_identifier"] == sid]
    read_only = next(r for r in admin.role.get_all() if admin.role.get_name_label(r) == "read-only")
    details = failure(operator.subject.add_to_roles, subject, read_only)
    assert details is not None and details[0] == "RBAC_PERMISSION_DENIED"
    admin.subject.add_to_roles(subject, read_only)
    assert failure(admin.subject.add_to_roles, subject, read_only) == ["ROLE_ALREADY_EXISTS"]
    admin.subject.remove_from_roles(subject, read_only)
    assert sid in admin.session.get_all_subject_identifiers()
    old = sessions["vm-operator"]._session
    admin.session.logout_subject_identifier(sid)
    assert sid not in admin.session.get_all_subject_identifiers()  # (the SDK would log in again by itself)
    ended = failure(admin.session.get_record, old)
    assert ended is not None and ended[0] == "HANDLE_INVALID"
    # Without a subject the directory user is no longer authorised; with it again, it is.
    admin.subject.destroy(subject)
    refused = XenAPI.Session(server.url)
    with pytest.raises(XenAPI.Failure) as info:
        refused.xenapi.login_with_password("vm-operator", "xensim")
    refused("close")()
    assert info.value.details[0] == "SESSION_AUTHORIZATION_FAILED"
    vm_operator = next(r for r in admin.role.get_all() if admin.role.get_name_label(r) == "vm-operator")
    admin.subject.create({"subject_identifier": sid, "other_config": {}, "roles": [vm_operator]})
    again = session_as(server, "COURSE\\vm-operator")
    again.xenapi.session.logout()
    again("close")()


def test_wrong_passwords_and_unknown_users_fail_authentication(server: Any) -> None:
    for user, password in (("vm-admin", "nope"), ("nobody", "xensim")):
        session = XenAPI.Session(server.url)
        with pytest.raises(XenAPI.Failure) as info:
            session.xenapi.login_with_password(user, password)
        assert info.value.details[0] == "SESSION_AUTHENTICATION_FAILED"
        session("close")()

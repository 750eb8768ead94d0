"""Subjects and sessions over the wire, beside test_sdk_rbac: destroying a subject ends its sessions at once, a
group's subject gives its role to every member without one of their own, and leaving the domain ends every
directory session (root's stays)."""

from __future__ import annotations

from typing import Any

import pytest
import XenAPI

from sdk_support import sim_fixture

server_fixture = sim_fixture("--scenario", "demo", "--auth-failure-delay", "0")


def login(server: Any, user: str, password: str = "xensim") -> XenAPI.Session:
    session = XenAPI.Session(server.url)
    try:
        session.xenapi.login_with_password(user, password, "2.21", "pytest-subjects")
    except BaseException:
        session("close")()  # a refused login must not leave its connection for the collector
        raise
    return session


def gone(admin: Any, session: XenAPI.Session) -> bool:
    try:
        admin.session.get_record(session._session)
    except XenAPI.Failure as failure:
        return bool(failure.details[0] == "HANDLE_INVALID")
    return False


def role_ref(admin: Any, name: str) -> str:
    return str(next(r for r in admin.role.get_all() if admin.role.get_name_label(r) == name))


def test_a_group_gives_its_role_and_a_destroyed_subject_ends_its_sessions(server: Any) -> None:
    root = login(server, server.user, server.password)
    admin = root.xenapi
    try:
        students = admin.auth.get_subject_identifier("students")
        group = admin.subject.create({"subject_identifier": students, "other_config": {},
                                      "roles": [role_ref(admin, "read-only")]})
        operator = login(server, "vm-operator")
        sid = admin.auth.get_subject_identifier("COURSE\\vm-operator")
        (own,) = [ref for ref, rec in admin.subject.get_all_records().items() if rec["subject_identifier"] == sid]
        admin.subject.destroy(own)
        assert gone(admin, operator), "the subject's sessions end with it"
        operator("close")()
        member = login(server, "vm-operator")  # now through the students group
        record = admin.session.get_record(member._session)
        assert record["subject"] == group
        assert member.xenapi.VM.get_all(), "read-only reads"
        with pytest.raises(XenAPI.Failure) as refused:
            member.xenapi.pool.set_name_description(admin.pool.get_all()[0], "no")
        assert refused.value.details[0] == "RBAC_PERMISSION_DENIED"
        member("close")()
    finally:
        root("close")()


def test_leaving_the_domain_ends_every_directory_session(server: Any) -> None:
    root = login(server, server.user, server.password)
    admin = root.xenapi
    pool = admin.pool.get_all()[0]
    users = [login(server, name) for name in ("pool-operator", "vm-admin", "read-only")]
    try:
        admin.pool.disable_external_auth(pool, {})
        assert all(gone(admin, session) for session in users)
        assert admin.pool.get_name_label(pool) == "Course lab", "root's session goes on"
        with pytest.raises(XenAPI.Failure) as refused:
            login(server, "vm-admin")
        assert refused.value.details[0] == "SESSION_AUTHENTICATION_FAILED"
        admin.pool.enable_external_auth(pool, {}, "course.lab", "AD")
        login(server, "vm-admin")("close")()
    finally:
        for session in users:
            session("close")()
        root("close")()

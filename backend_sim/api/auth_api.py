"""External authentication and subjects: join/leave the directory, resolve names, manage who has which role.

With external authentication on, a directory user logs in with its own password and gets the roles of every
subject that names it or one of its groups; a subject removed, or a subject identifier logged out, ends those
sessions. The local superuser (root) always logs in and may do everything.
"""

from __future__ import annotations

from typing import Any

from .. import errors
from ..errors import ApiError
from ..model.directory import Directory, directory_of
from ..model.hosts import master_ref
from ..model.rbac import ROLE_NAMES
from ..store.store import Store
from ..wire.values import NULL_REF
from .call import Call
from .registry import api

AUTH_TYPE = "AD"  # the directory kind the simulator offers, as XenCenter's "Join Domain" expects


def external_auth_enabled(store: Store) -> bool:
    master = store.find("host", master_ref(store))
    return master is not None and bool(master.get("external_auth_type"))


def _directory(call: Call) -> Directory:
    directory = directory_of(call.store)
    if directory is None or not external_auth_enabled(call.store):
        raise ApiError(errors.AUTH_IS_DISABLED)
    return directory


def roles_of_subjects(store: Store, sids: set[str]) -> tuple[str, frozenset[str]]:
    """The subject to record for a login (the user's own before a group's) and the role names they give."""
    chosen = NULL_REF
    names: set[str] = set()
    for ref, subject in store.table("subject").items():
        if subject["subject_identifier"] not in sids:
            continue
        if chosen == NULL_REF or subject["subject_identifier"] == min(sids, key=len):
            chosen = ref
        for role in subject["roles"]:
            record = store.find("role", role)
            if record is not None:
                names.add(str(record["name_label"]))
    return chosen, frozenset(names)


async def directory_login(call: Call, uname: str, pwd: str, originator: str) -> str | None:
    """A session for a directory user with at least one role; None when `uname` is not such a user."""
    store = call.store
    directory = directory_of(store)
    if directory is None or not external_auth_enabled(store):
        return None
    user = directory.authenticate(uname, pwd, call.ctx.config.password)
    if user is None:
        return None
    groups = frozenset(directory.group_sids(user.sid))
    subject, roles = roles_of_subjects(store, {user.sid, *groups})
    if not roles:
        raise ApiError(errors.SESSION_AUTHORIZATION_FAILED, uname,
                       "The user is not a subject of this pool, or its subjects have no role")
    return call.ctx.sessions.login(uname, originator, subject=subject, sid=user.sid, groups=groups, roles=roles)


def end_sessions_of(call: Call, sids: set[str]) -> None:
    for session in call.ctx.sessions.of_subjects(sids):
        call.ctx.sessions.logout(session)


# -- pool: join and leave the directory --------------------------------------------------------------------------

@api("pool.enable_external_auth")
def enable_external_auth(call: Call, pool: str, config: dict[str, str], service_name: str, auth_type: str) -> None:
    call.get("pool", pool)
    store = call.store
    if auth_type != AUTH_TYPE:
        raise ApiError(errors.AUTH_UNKNOWN_TYPE, auth_type)
    master = store.get("host", master_ref(store))
    if master["external_auth_type"]:
        raise ApiError(errors.AUTH_ALREADY_ENABLED, master["external_auth_type"], master["external_auth_service_name"])
    directory = directory_of(store)
    if directory is None or service_name.lower() != directory.domain.lower():
        raise ApiError(errors.AUTH_ENABLE_FAILED, f"The domain {service_name} could not be contacted")
    for host in list(store.table("host")):
        store.update("host", host, {"external_auth_type": auth_type, "external_auth_service_name": directory.domain,
                                    "external_auth_configuration": dict(config)})


@api("pool.disable_external_auth")
def disable_external_auth(call: Call, pool: str, config: dict[str, str]) -> None:
    call.get("pool", pool)
    store = call.store
    if not external_auth_enabled(store):
        raise ApiError(errors.AUTH_IS_DISABLED)
    for host in list(store.table("host")):
        store.update("host", host, {"external_auth_type": "", "external_auth_service_name": "",
                                    "external_auth_configuration": {}})
    directory = directory_of(store)
    if directory is not None:  # directory users can no longer be who they were
        end_sessions_of(call, {u.sid for u in directory.users.values()} | set(directory.groups.values()))


# -- auth: name resolution ---------------------------------------------------------------------------------------

@api("auth.get_subject_identifier")
def get_subject_identifier(call: Call, subject_name: str) -> str:
    sid = _directory(call).sid_of(subject_name)
    if sid is None:
        raise ApiError(errors.SUBJECT_CANNOT_BE_RESOLVED)
    return sid


@api("auth.get_subject_information_from_identifier")
def get_subject_information_from_identifier(call: Call, subject_identifier: str) -> dict[str, str]:
    info = _directory(call).information(subject_identifier)
    if info is None:
        raise ApiError(errors.SUBJECT_CANNOT_BE_RESOLVED)
    return info


@api("auth.get_group_membership")
def get_group_membership(call: Call, subject_identifier: str) -> list[str]:
    directory = _directory(call)
    if directory.information(subject_identifier) is None:
        raise ApiError(errors.SUBJECT_CANNOT_BE_RESOLVED)
    return directory.group_sids(subject_identifier)


# -- subjects and their roles ------------------------------------------------------------------------------------

@api("subject.create")
def create_subject(call: Call, record: dict[str, Any]) -> str:
    store = call.store
    sid = str(record.get("subject_identifier", ""))
    if any(s["subject_identifier"] == sid for s in store.table("subject").values()):
        raise ApiError(errors.SUBJECT_ALREADY_EXISTS)
    info = dict(record.get("other_config") or {})
    directory = directory_of(store)
    if not info and directory is not None:
        info = directory.information(sid) or {}
    roles = [r for r in record.get("roles") or [] if store.find("role", r) is not None]
    return store.create("subject", {"subject_identifier": sid, "other_config": info, "roles": roles})


@api("subject.destroy")
def destroy_subject(call: Call, self: str) -> None:
    sid = str(call.get("subject", self)["subject_identifier"])
    call.store.destroy("subject", self)
    end_sessions_of(call, {sid})


def _top_role(call: Call, role: str) -> str:
    record = call.store.find("role", role)
    if record is None or record["name_label"] not in ROLE_NAMES:
        raise ApiError(errors.ROLE_NOT_FOUND)
    return role


@api("subject.add_to_roles")
def add_to_roles(call: Call, self: str, role: str) -> None:
    subject = call.get("subject", self)
    _top_role(call, role)
    if role in subject["roles"]:
        raise ApiError(errors.ROLE_ALREADY_EXISTS)
    call.store.update("subject", self, {"roles": [*subject["roles"], role]})


@api("subject.remove_from_roles")
def remove_from_roles(call: Call, self: str, role: str) -> None:
    subject = call.get("subject", self)
    _top_role(call, role)
    if role not in subject["roles"]:
        raise ApiError(errors.ROLE_NOT_FOUND)
    call.store.update("subject", self, {"roles": [r for r in subject["roles"] if r != role]})


# -- sessions by subject -----------------------------------------------------------------------------------------

@api("session.logout_subject_identifier")
def logout_subject_identifier(call: Call, subject_identifier: str) -> None:
    end_sessions_of(call, {subject_identifier})


@api("session.get_all_subject_identifiers")
def get_all_subject_identifiers(call: Call) -> list[str]:
    sids = {str(record["auth_user_sid"]) for record in call.store.table("session").values()}
    return sorted(sid for sid in sids if sid)

"""The external directory a pool can join (xapi's Active Directory / LDAP), simulated as data the scenario defines.

Users and groups have SIDs as a directory would give them; a user logs in as `name`, `DOMAIN\\name` or
`name@domain`. Subjects (the `subject` table) name users or groups by SID and carry their roles.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass, field


@dataclass(frozen=True)
class DirectoryUser:
    name: str
    password: str  # "" for the simulator's own password (the one root uses)
    sid: str
    full_name: str = ""
    groups: tuple[str, ...] = ()  # group names
    disabled: bool = False


@dataclass
class Directory:
    domain: str  # e.g. "course.lab"
    users: dict[str, DirectoryUser] = field(default_factory=dict)
    groups: dict[str, str] = field(default_factory=dict)  # name -> SID

    def _sid(self, rid: int) -> str:
        return f"S-1-5-21-{sum(map(ord, self.domain)) % 1000000}-{rid}"

    def add_group(self, name: str) -> str:
        sid = self.groups.get(name) or self._sid(3000 + len(self.groups))
        self.groups[name] = sid
        return sid

    def add_user(self, name: str, password: str, *, full_name: str = "", groups: tuple[str, ...] = ()) -> str:
        for group in groups:
            self.add_group(group)
        sid = self._sid(1000 + len(self.users))
        self.users[name] = DirectoryUser(name, password, sid, full_name or name, groups)
        return sid

    def account(self, login: str) -> str:
        """The bare account name of a login ("COURSE\\ana" and "ana@course.lab" are "ana")."""
        name = login.rsplit("\\", 1)[-1]
        return name.split("@", 1)[0] if name.endswith("@" + self.domain) else name

    def authenticate(self, login: str, password: str, default_password: str) -> DirectoryUser | None:
        user = self.users.get(self.account(login))
        if user is None or user.disabled:
            return None
        expected = user.password or default_password
        return user if hmac.compare_digest(expected.encode(), password.encode()) else None

    def sid_of(self, name: str) -> str | None:
        account = self.account(name)
        if account in self.users:
            return self.users[account].sid
        return self.groups.get(account)

    def group_sids(self, sid: str) -> list[str]:
        user = next((u for u in self.users.values() if u.sid == sid), None)
        return [self.groups[g] for g in user.groups] if user is not None else []

    def information(self, sid: str) -> dict[str, str] | None:
        """What xapi's auth.get_subject_information_from_identifier answers (its key names)."""
        user = next((u for u in self.users.values() if u.sid == sid), None)
        if user is not None:
            return {"subject-name": f"{self.domain.split('.')[0].upper()}\\{user.name}",
                    "subject-displayname": user.full_name, "subject-sid": sid, "subject-is-group": "false",
                    "subject-account-disabled": str(user.disabled).lower(), "subject-account-locked": "false",
                    "subject-account-expired": "false", "subject-password-expired": "false",
                    "subject-upn": f"{user.name}@{self.domain}"}
        group = next((name for name, group_sid in self.groups.items() if group_sid == sid), None)
        if group is not None:
            return {"subject-name": f"{self.domain.split('.')[0].upper()}\\{group}", "subject-displayname": group,
                    "subject-sid": sid, "subject-is-group": "true"}
        return None


def directory_of(store: object) -> Directory | None:
    """The pool's directory, if its scenario defines one."""
    found = getattr(store, "directory", None)
    return found if isinstance(found, Directory) else None

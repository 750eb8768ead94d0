"""The pool's users as the cache holds them: its directory (external authentication) and its subjects.

A pool has joined a directory when its master's `external_auth_type` is set ("AD"); `external_auth_service_name`
is the domain. A subject names a directory user or group by SID; its `other_config` carries what the directory
said of it (xapi's keys: subject-name, subject-displayname, subject-is-group, ...), its `roles` are role refs.
"""

from __future__ import annotations

from dataclasses import dataclass

from .cache import ObjectCache
from .objects import Host, Pool, XenObject

AUTH_TYPE = "AD"  # what XenCenter's Join Domain asks xapi for


@dataclass(frozen=True)
class Directory:
    joined: bool
    domain: str = ""
    kind: str = ""  # external_auth_type


def directory_of(cache: ObjectCache, pool: Pool | None) -> Directory:
    """The pool's directory state, read from its master."""
    master = Host.lookup(cache, pool.master or "") if pool is not None else None
    if master is None:
        return Directory(False)
    kind = str(master.field("external_auth_type") or "")
    return Directory(bool(kind), str(master.field("external_auth_service_name") or ""), kind)


@dataclass(frozen=True)
class Subject(XenObject):
    CLASS = "subject"

    @property
    def sid(self) -> str:
        return str(self.record.get("subject_identifier", ""))

    @property
    def name(self) -> str:
        """The directory's name for it ("COURSE\\ana"), else its SID."""
        return self.other_config.get("subject-name") or self.sid

    @property
    def display_name(self) -> str:
        return self.other_config.get("subject-displayname", "")

    @property
    def is_group(self) -> bool:
        return self.other_config.get("subject-is-group", "").lower() == "true"

    @property
    def role_refs(self) -> list[str]:
        return [str(ref) for ref in self.record.get("roles") or ()]


def subjects(cache: ObjectCache) -> list[Subject]:
    """Every subject, by name."""
    found = [Subject(ref, record, cache) for ref, record in cache.items("subject")]
    return sorted(found, key=lambda s: (s.name.casefold(), s.ref))


def split_names(text: str) -> list[str]:
    """The names typed into Add users: separated by commas, semicolons or new lines, each once."""
    names: list[str] = []
    for part in text.replace(";", ",").replace("\n", ",").split(","):
        name = part.strip()
        if name and name not in names:
            names.append(name)
    return names

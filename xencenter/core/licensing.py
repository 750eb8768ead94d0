"""What the pool's licence allows, read from the wire: `pool.restrictions` (xapi's restrict_* keys, a real server's
answer too) and each host's `edition` and `license_params`; and, from a simulator, the course's feature matrix
(the `sim` plugin's `editions`, whose data lives in the simulator alone). No widgets."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .cache import ObjectCache
from .connection import Connection
from .simclock import call_sim
from .timetext import parse_xapi_time

EDITION_NAMES = {"xcp": "Xen Cloud Platform", "free": "XenServer Free", "advanced": "XenServer Advanced",
                 "enterprise": "XenServer Enterprise", "platinum": "XenServer Platinum", "xcp-ng": "XCP-ng",
                 "standard": "XenServer Standard", "premium": "XenServer Premium"}


def restricted(cache: ObjectCache, key: str) -> bool:
    """Whether the pool's licence lacks the feature behind xapi's restriction `key` ("restrict_ha")."""
    for _ref, pool in cache.items("pool"):
        return str((pool.get("restrictions") or {}).get(key, "false")).lower() == "true"
    return False


def pool_edition(cache: ObjectCache) -> str:
    """The hosts' edition as a name (several when they differ)."""
    editions = sorted({str(host.get("edition", "")) for _ref, host in cache.items("host")} - {""})
    return ", ".join(EDITION_NAMES.get(e, e) for e in editions)


@dataclass(frozen=True)
class HostLicence:
    ref: str
    name: str
    edition: str
    expiry: datetime | None


def host_licences(cache: ObjectCache) -> list[HostLicence]:
    found = [HostLicence(ref, str(host.get("name_label", ref)), str(host.get("edition", "")),
                         parse_xapi_time((host.get("license_params") or {}).get("expiry")))
             for ref, host in cache.items("host")]
    return sorted(found, key=lambda h: h.name.casefold())


@dataclass(frozen=True)
class Feature:
    key: str
    title: dict[str, str]
    editions: frozenset[str]
    simulated: bool
    needs: str


@dataclass(frozen=True)
class Matrix:
    editions: tuple[tuple[str, str, bool], ...]  # (name, title, one of the course's)
    features: tuple[Feature, ...]


def parse_matrix(answer: str) -> Matrix:
    try:
        data: Any = json.loads(answer)
        editions = tuple((str(e["name"]), str(e["title"]), bool(e["course"])) for e in data["editions"])
        features = tuple(Feature(str(f["key"]), {str(k): str(v) for k, v in f["title"].items()},
                                 frozenset(str(e) for e in f["editions"]), bool(f["simulated"]), str(f["needs"]))
                         for f in data["features"])
    except (KeyError, TypeError, ValueError, AttributeError):
        raise ValueError(f"the sim plugin answered {answer[:80]!r}, not an edition matrix") from None
    return Matrix(editions, features)


async def course_matrix(connection: Connection) -> Matrix:
    """The course's matrix from a simulator (XenAPIFailure from a real pool, which has no such plugin)."""
    return parse_matrix(await call_sim(connection, "editions"))

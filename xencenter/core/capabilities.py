"""What a server can do, judged by its API version and by the fields its records carry.

Newer servers are never refused: a check asks "at least this version" or "does this field exist", so a
server newer than anything we know passes every check.
"""

from __future__ import annotations

from dataclasses import dataclass

from .cache import ObjectCache

# event.from arrived in API 1.9; anything older cannot feed our cache.
MIN_API = (1, 9)
# XenCenter talks JSON-RPC to servers from API 2.8 on.
JSONRPC_API = (2, 8)


@dataclass(frozen=True)
class Capabilities:
    api_version: tuple[int, int]
    cache: ObjectCache

    def at_least(self, major: int, minor: int) -> bool:
        return self.api_version >= (major, minor)

    def has_field(self, cls: str, field: str) -> bool:
        """True when records of `cls` carry `field` (answers False while the cache holds no such object)."""
        return any(field in record for record in self.cache.all_of(cls).values())

    def has_class(self, cls: str) -> bool:
        return self.cache.count(cls) > 0

    @property
    def supported(self) -> bool:
        return self.api_version >= MIN_API

    @property
    def version_text(self) -> str:
        return f"{self.api_version[0]}.{self.api_version[1]}"

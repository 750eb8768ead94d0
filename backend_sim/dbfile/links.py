"""References between loaded rows: bound fields rebuilt from the pointer side, dangling refs found."""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import Literal

from ..datamodel import CLASSES
from ..datamodel.types import MapT, RefT, SetT
from ..wire.values import NULL_REF
from .reader import Staged
from .schema import ALL_RELATIONS

RefKind = Literal["ref", "set", "map_key", "map_value"]


def rebuild_bound_fields(records: Staged) -> None:
    """Recompute every "many" side (VM.VBDs, host.resident_VMs, ...) from the rows pointing at it.

    Older dumps do not store these sets and newer ones may list rows that are gone, so the pointer side
    is the truth. Members the dump listed keep its order; the others follow in row order.
    """
    for relation in ALL_RELATIONS:
        targets = records.get(relation.target_cls)
        definition = CLASSES[relation.target_cls].fields.get(relation.target_field)
        if not targets or definition is None:
            continue
        members: dict[str, list[str]] = {}
        for ref, row in records.get(relation.cls, {}).items():
            target = row.get(relation.field)
            if isinstance(target, str) and target in targets:
                members.setdefault(target, []).append(ref)
        for target_ref, target_row in targets.items():
            found = members.get(target_ref, [])
            if not isinstance(definition.type, SetT):
                target_row[relation.target_field] = found[0] if found else NULL_REF
                continue
            wanted = set(found)
            kept = [ref for ref in dict.fromkeys(target_row[relation.target_field]) if ref in wanted]
            listed = set(kept)
            target_row[relation.target_field] = kept + [ref for ref in found if ref not in listed]


@cache
def _ref_fields(cls: str) -> tuple[tuple[str, RefKind, str], ...]:
    """(field, where the refs are, class they point to) for every field of `cls` holding refs."""
    found: list[tuple[str, RefKind, str]] = []
    for name, definition in CLASSES[cls].fields.items():
        t = definition.type
        if isinstance(t, RefT):
            found.append((name, "ref", t.cls))
        elif isinstance(t, SetT) and isinstance(t.elem, RefT):
            found.append((name, "set", t.elem.cls))
        elif isinstance(t, MapT):
            if isinstance(t.key, RefT):
                found.append((name, "map_key", t.key.cls))
            if isinstance(t.value, RefT):
                found.append((name, "map_value", t.value.cls))
    return tuple(found)


def dangling_refs(records: Staged) -> Counter[tuple[str, str]]:
    """How many refs each (class, field) holds to rows that are not there (null refs excluded)."""
    counts: Counter[tuple[str, str]] = Counter()
    for cls, rows in records.items():
        for name, kind, target_cls in _ref_fields(cls):
            table = records.get(target_cls, {})
            for row in rows.values():
                value = row[name]
                if kind == "ref":
                    refs = (value,)
                elif kind == "set":
                    refs = value
                else:
                    refs = value.keys() if kind == "map_key" else value.values()
                missing = sum(1 for ref in refs if ref != NULL_REF and ref not in table)
                if missing:
                    counts[(cls, name)] += missing
    return counts

"""What loading a database found: counts, what was skipped or repaired, and errors for bad input."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


class DbFileError(Exception):
    """A database file that cannot be read or written: the message says why, for the user."""


@dataclass
class LoadReport:
    """The outcome of `load_db`. Keys `(class, field)` name our class and field (or the dump's column)."""

    path: str
    schema: tuple[int, int] | None = None  # the dump's (schema_major_vsn, schema_minor_vsn)
    manifest: dict[str, str] = field(default_factory=dict)
    rows: Counter[str] = field(default_factory=Counter)  # rows loaded per class
    dropped_rows: Counter[str] = field(default_factory=Counter)  # sessions, tasks, messages, roles
    unknown_tables: Counter[str] = field(default_factory=Counter)  # table name -> rows skipped
    unknown_columns: Counter[tuple[str, str]] = field(default_factory=Counter)  # values dropped
    defaulted_fields: dict[str, set[str]] = field(default_factory=dict)  # columns no row had
    bad_values: Counter[tuple[str, str]] = field(default_factory=Counter)  # unreadable: default used
    repaired_values: Counter[tuple[str, str]] = field(default_factory=Counter)  # truncated or lossy
    bad_rows: int = 0  # rows without a ref, or with one already used
    dangling_refs: Counter[tuple[str, str]] = field(default_factory=Counter)  # refs to missing rows
    placeholders: Counter[str] = field(default_factory=Counter)  # rows made up for a live pool
    fixes: Counter[str] = field(default_factory=Counter)  # runtime state reset, upgrades applied
    seconds: float = 0.0

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())

    def summary(self) -> str:
        """A few lines for a log or the command line."""
        version = f"schema {self.schema[0]}.{self.schema[1]}" if self.schema else "no schema version"
        lines = [f"{self.path}: {self.total_rows} objects in {len(self.rows)} classes ({version}), "
                 f"loaded in {self.seconds * 1000:.0f} ms"]
        if self.unknown_tables:
            lines.append("  unknown tables skipped: " + _counts(self.unknown_tables))
        if self.unknown_columns:
            lines.append(f"  unknown columns dropped: {len(self.unknown_columns)} "
                         f"({sum(self.unknown_columns.values())} values)")
        if self.dropped_rows:
            lines.append("  runtime rows dropped: " + _counts(self.dropped_rows))
        if self.bad_values or self.repaired_values or self.bad_rows:
            lines.append(f"  unreadable values: {sum(self.bad_values.values())}, repaired values: "
                         f"{sum(self.repaired_values.values())}, bad rows: {self.bad_rows}")
        if self.dangling_refs:
            lines.append(f"  dangling refs: {sum(self.dangling_refs.values())} in "
                         + ", ".join(f"{c}.{f}" for c, f in sorted(self.dangling_refs)))
        if self.placeholders:
            lines.append("  placeholder rows: " + _counts(self.placeholders))
        if self.fixes:
            lines.append("  runtime fixes: " + _counts(self.fixes))
        return "\n".join(lines)


def _counts(counter: Counter[str]) -> str:
    return ", ".join(f"{key} {count}" for key, count in sorted(counter.items()))

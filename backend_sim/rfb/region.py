"""Rectangles and the damage a client has not been sent yet."""

from __future__ import annotations

from dataclasses import dataclass

# Past this many separate rectangles a client's damage collapses into their bounding box: one big
# rectangle encodes faster than hundreds of small ones.
MAX_RECTS = 32


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    w: int
    h: int

    @property
    def empty(self) -> bool:
        return self.w <= 0 or self.h <= 0

    @property
    def right(self) -> int:
        return self.x + self.w

    @property
    def bottom(self) -> int:
        return self.y + self.h

    def intersect(self, other: Rect) -> Rect:
        x, y = max(self.x, other.x), max(self.y, other.y)
        return Rect(x, y, max(0, min(self.right, other.right) - x), max(0, min(self.bottom, other.bottom) - y))

    def union(self, other: Rect) -> Rect:
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Rect(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)

    def contains(self, other: Rect) -> bool:
        return (self.x <= other.x and self.y <= other.y and other.right <= self.right
                and other.bottom <= self.bottom)

    def touches(self, other: Rect) -> bool:
        """Overlapping or sharing an edge: merging them costs nothing extra."""
        return (self.x <= other.right and other.x <= self.right and self.y <= other.bottom
                and other.y <= self.bottom)

    def moved(self, dx: int, dy: int) -> Rect:
        return Rect(self.x + dx, self.y + dy, self.w, self.h)


@dataclass(frozen=True)
class Move:
    """The pixels of `source` now stand at `source` moved by (dx, dy): a scroll, sent as CopyRect."""

    source: Rect
    dx: int
    dy: int

    @property
    def target(self) -> Rect:
        return self.source.moved(self.dx, self.dy)


class Damage:
    """What changed since a client's last update: at most one move (first), then rectangles."""

    def __init__(self) -> None:
        self.move: Move | None = None
        self.rects: list[Rect] = []

    def __bool__(self) -> bool:
        return self.move is not None or bool(self.rects)

    def add(self, rect: Rect) -> None:
        if rect.empty:
            return
        merged = rect
        kept = []
        for old in self.rects:
            if old.touches(merged) and ((old.x == merged.x and old.w == merged.w)
                                        or (old.y == merged.y and old.h == merged.h)
                                        or old.contains(merged) or merged.contains(old)):
                merged = merged.union(old)
            else:
                kept.append(old)
        kept.append(merged)
        if len(kept) > MAX_RECTS:
            box = kept[0]
            for other in kept[1:]:
                box = box.union(other)
            kept = [box]
        self.rects = kept

    def add_move(self, move: Move) -> None:
        """A move can only be replayed before any pending damage; otherwise its target is damage."""
        if not self:
            self.move = move
            return
        self.add(move.target)

    def clear(self) -> None:
        self.move = None
        self.rects = []

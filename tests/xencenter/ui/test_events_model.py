"""EventsModel's rows: newest first, positions kept through adds and removals (it appends underneath)."""

from __future__ import annotations

from typing import Any, cast

from xencenter.ui.panes.events_model import EventsModel


class FakeOp:
    def __init__(self, name: str, finished: bool = False) -> None:
        self.name = name
        self.is_finished = finished


def test_rows_are_newest_first_through_adds_and_removals(qapp: Any) -> None:
    model = EventsModel()
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    ops = [FakeOp(f"op{i}", finished=i % 2 == 0) for i in range(5)]
    for op in ops:
        model.add(cast(Any, op))
    model.add(cast(Any, ops[2]))  # already there: nothing
    assert inserted == [(0, 0)] * 5
    assert [model.operation(row) for row in range(5)] == ops[::-1]
    assert [model.row_of(cast(Any, op)) for op in ops] == [4, 3, 2, 1, 0]
    model.remove(cast(Any, ops[3]))
    assert model.rowCount() == 4
    assert [model.operation(row) for row in range(4)] == [ops[4], ops[2], ops[1], ops[0]]
    assert model.row_of(cast(Any, ops[3])) is None
    model.add(cast(Any, FakeOp("late")))
    assert cast(FakeOp, model.operation(0)).name == "late" and model.row_of(cast(Any, ops[0])) == 4
    assert model.operation(5) is None and model.operation(-1) is None

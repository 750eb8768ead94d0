"""RowsModel: keyed diffs become precise inserts, removes and dataChanged; qtmodeltester on the tab models."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from tabs_support import Env, env_fixture  # noqa: F401

from xencenter.ui.models.rows import KEY_ROLE, SORT_ROLE, Row, RowsModel, cell, columns

COLUMNS = columns("Test", (QT_TRANSLATE_NOOP("Test", "Name"), False), (QT_TRANSLATE_NOOP("Test", "Size"), True))


def rows(*pairs: tuple[str, str]) -> list[Row]:
    return [(key, (cell(key.upper()), cell(text, len(text)))) for key, text in pairs]


def test_diff_is_precise(qtmodeltester: Any) -> None:
    model = RowsModel(COLUMNS)
    seen: list[tuple[str, int, int]] = []
    model.rowsInserted.connect(lambda _p, a, b: seen.append(("ins", a, b)))
    model.rowsRemoved.connect(lambda _p, a, b: seen.append(("rem", a, b)))
    model.dataChanged.connect(lambda a, b, _r: seen.append(("chg", a.row(), b.row())))
    model.modelReset.connect(lambda: seen.append(("reset", 0, 0)))
    model.set_rows(rows(("a", "1"), ("b", "2"), ("c", "3")))
    qtmodeltester.check(model)
    seen.clear()
    model.set_rows(rows(("a", "1"), ("c", "33"), ("d", "4")))
    assert seen == [("rem", 1, 1), ("chg", 1, 1), ("ins", 2, 2)]
    seen.clear()
    model.set_rows(rows(("a", "1"), ("c", "33"), ("d", "4")))
    assert seen == []  # nothing changed, nothing emitted
    model.set_rows(rows(("d", "4"), ("a", "1")))
    assert seen[-1] == ("reset", 0, 0) and model.row_keys() == ["d", "a"]
    index = model.index(0, 1)
    assert model.data(index, KEY_ROLE) == "d" and model.data(index, SORT_ROLE) == 1
    assert model.data(index, Qt.ItemDataRole.TextAlignmentRole) is not None
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Size"
    qtmodeltester.check(model)


def test_tab_models_pass_the_model_tester(env: Env, qtmodeltester: Any) -> None:
    for ref, key, attrs in (("OpaqueRef:web", "general", ["model"]), ("OpaqueRef:web", "storage", ["vbds"]),
                            ("OpaqueRef:nfs", "storage", ["vdis"]), ("OpaqueRef:pool", "storage", ["srs"]),
                            ("OpaqueRef:web", "networking", ["vifs"]), ("OpaqueRef:h1", "networking", ["networks"]),
                            ("OpaqueRef:h1", "nics", ["model"]), ("OpaqueRef:pool", "search", ["model"]),
                            ("OpaqueRef:web", "logs", ["model"])):
        env.select(ref)
        env.host.show_tab(key)
        for attr in attrs:
            model = getattr(env.host.tab(key), attr)
            assert model.rowCount() > 0, (ref, key, attr)
            qtmodeltester.check(model)

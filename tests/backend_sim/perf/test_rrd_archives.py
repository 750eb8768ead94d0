"""The archives: consolidation (a 1-minute point is the average, min and max of its twelve 5-second points),
xff, gaps, xapi's archive choice, sources added and forgotten, and a history-built RRD obeying the same
rules as live data."""

from __future__ import annotations

import math

import numpy as np
import pytest

from backend_sim.perf.history import build
from backend_sim.perf.load import LoadModel
from backend_sim.perf.rrd import AVERAGE, MAX, MIN, Rrd
from backend_sim.perf.sources import DataSource, guest_sources
from backend_sim.perf.view import DiskState, GuestState, NicState

X = DataSource("x", "a test gauge", "count", 0.0, 1000.0)
T0 = 1_800_000_000  # a multiple of 60 and of 5


def archive(rrd: Rrd, pdp_per_row: int, cf: str = AVERAGE):
    return next(a for a in rrd.archives if a.pdp_per_row == pdp_per_row and a.cf == cf)


def test_a_minute_is_the_average_min_and_max_of_its_twelve_five_second_points() -> None:
    rrd = Rrd([X], T0, min_max=True)
    values = [3.0, 7.0, 1.0, 9.0, 4.0, 4.0, 6.0, 2.0, 8.0, 5.0, 5.0, 10.0]
    for i, value in enumerate(values, start=1):
        rrd.update(T0 + 5 * i, {"x": value})
    five = rrd.newest_rows(archive(rrd, 1), 12)[:, 0]
    assert list(five[::-1]) == values
    assert rrd.newest_rows(archive(rrd, 12), 1)[0, 0] == pytest.approx(np.mean(five))
    assert rrd.newest_rows(archive(rrd, 12, MIN), 1)[0, 0] == 1.0
    assert rrd.newest_rows(archive(rrd, 12, MAX), 1)[0, 0] == 10.0
    assert rrd.last_cdp_time(archive(rrd, 12)) == T0 + 60


def test_a_minute_with_too_many_unknown_points_is_unknown() -> None:
    rrd = Rrd([X], T0, min_max=False)  # xff 0.5
    for i in range(1, 13):
        rrd.update(T0 + 5 * i, {"x": 1.0} if i <= 5 else {})
    assert math.isnan(rrd.newest_rows(archive(rrd, 12), 1)[0, 0])
    for i in range(13, 25):
        rrd.update(T0 + 5 * i, {"x": 2.0} if i <= 19 else {})  # 7 of 12 known
    assert rrd.newest_rows(archive(rrd, 12), 1)[0, 0] == pytest.approx(2.0)


def test_out_of_range_readings_are_unknown() -> None:
    rrd = Rrd([X], T0, min_max=False)
    rrd.update(T0 + 5, {"x": 5000.0})
    assert math.isnan(rrd.value("x"))


def test_a_short_gap_repeats_the_reading_and_a_long_one_is_unknown() -> None:
    rrd = Rrd([X], T0, min_max=False)
    rrd.update(T0 + 5, {"x": 1.0})
    rrd.update(T0 + 30, {"x": 2.0})  # 20 s gap: the missing points take the new reading
    assert list(rrd.newest_rows(archive(rrd, 1), 6)[:, 0]) == [2.0] * 5 + [1.0]
    rrd.update(T0 + 30 + 3600, {"x": 3.0})  # an hour: unknown, skipped archive by archive
    rows = rrd.newest_rows(archive(rrd, 1), 120)[:, 0]
    assert rows[0] == 3.0 and np.isnan(rows[1:]).all()
    minutes = rrd.newest_rows(archive(rrd, 12), 60)[:, 0]
    assert np.isnan(minutes[:59]).all()
    assert rrd.last_updated == T0 + 3630


@pytest.mark.parametrize(("age", "pdp_per_row"), [(300, 1), (3000, 12), (86_400, 720), (30 * 86_400, 17280),
                                                  (3 * 365 * 86_400, 17280)])
def test_xapis_archive_choice_by_start(age: int, pdp_per_row: int) -> None:
    rrd = Rrd([X], T0, min_max=True)
    chosen = rrd.best_archives(0, None, T0 - age)
    assert {a.pdp_per_row for a in chosen} == {pdp_per_row}
    assert [a.cf for a in chosen] == ([AVERAGE] if pdp_per_row == 1 else [AVERAGE, MIN, MAX])


def test_interval_and_cf_narrow_the_choice() -> None:
    rrd = Rrd([X], T0, min_max=True)
    assert [(a.pdp_per_row, a.cf) for a in rrd.best_archives(60 // 5, MAX, T0 - 300)] == [(12, MAX)]
    assert [(a.pdp_per_row, a.cf) for a in rrd.best_archives(0, MIN, T0 - 300)] == [(12, MIN)]


def test_record_and_forget_sources() -> None:
    rrd = Rrd([X], T0, min_max=False)
    rrd.update(T0 + 5, {"x": 1.0})
    rrd.add_source(DataSource("y", "", "count"))
    rrd.update(T0 + 10, {"x": 1.0, "y": 4.0})
    assert rrd.value("y") == 4.0 and np.isnan(rrd.newest_rows(archive(rrd, 1), 2)[1, 1])
    rrd.forget("x")
    assert np.isnan(rrd.newest_rows(archive(rrd, 1), 120)[:, 0]).all()


GUEST = GuestState(uuid="9f1e-guest", host_uuid="host", vcpus=2, memory_actual=2 << 30, memory_target=2 << 30,
                   workload="database", started_at=0.0, has_agent=True,
                   disks=(DiskState("xvda", "sr-1"),), nics=(NicState("0", "eth0"),))


def guest_rrd(now: float) -> Rrd:
    model = LoadModel(seed=7)
    return build([ds for ds in guest_sources(GUEST) if ds.standard], lambda t, s: model.guest(GUEST, t, s), now,
                 min_max=True)


def test_history_obeys_consolidation_and_goes_on_live() -> None:
    now = T0 + 37  # not on a boundary: the minute being built is seeded
    rrd = guest_rrd(now)
    five = rrd.newest_rows(archive(rrd, 1), 120)
    minutes = rrd.newest_rows(archive(rrd, 12), 9)
    for m in range(9):  # the newest complete minutes overlap the 5-second archive
        block = five[7 + 12 * m: 7 + 12 * (m + 1)]  # 35 s of the current minute are newer
        assert minutes[m] == pytest.approx(block.mean(axis=0))
    model = LoadModel(seed=7)
    for t in range(T0 + 40, T0 + 125, 5):
        rrd.update(t, {k: float(v[0]) for k, v in model.guest(GUEST, np.array([float(t)])).items()})
    five = rrd.newest_rows(archive(rrd, 1), 25)
    assert rrd.newest_rows(archive(rrd, 12), 1)[0] == pytest.approx(five[:12].mean(axis=0))
    assert rrd.newest_rows(archive(rrd, 12), 2)[1] == pytest.approx(five[12:24].mean(axis=0))


def test_history_reaches_back_a_year_with_min_below_max() -> None:
    rrd = guest_rrd(T0)
    days = {cf: rrd.newest_rows(archive(rrd, 17280, cf), 366) for cf in (AVERAGE, MIN, MAX)}
    assert days[AVERAGE].shape == (366, len(rrd.sources))
    assert np.isfinite(days[AVERAGE]).all()
    assert (days[MIN] <= days[AVERAGE]).all() and (days[AVERAGE] <= days[MAX]).all()
    hours = rrd.newest_rows(archive(rrd, 720), 168)[:, rrd.index["cpu0"]]
    assert hours.max() > 2 * hours.min()  # a database is busier in office hours


def test_lazy_archives_keep_what_closed_before_they_were_read() -> None:
    rrd = guest_rrd(T0)
    hourly = archive(rrd, 720)
    assert hourly.data is None
    for t in range(T0 + 5, T0 + 3600 + 5, 5):
        rrd.update(t, {"memory": 1.0, "cpu0": 0.5})
    minutes = rrd.newest_rows(archive(rrd, 12), 60)[:, rrd.index["cpu0"]]
    assert rrd.newest_rows(hourly, 1)[0, rrd.index["cpu0"]] == pytest.approx(minutes.mean())
    assert np.isfinite(rrd.newest_rows(hourly, 168)[1:, rrd.index["cpu0"]]).all()

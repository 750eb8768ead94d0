"""MigrationView: what XenMotion does, for the Xen internals tab of a VM. The pre-copy rounds as bars (memory sent
in each round; each round sends what the guest dirtied during the one before), the round running now while a
migration runs, the final stop-and-copy and the downtime, source and destination side by side. Live figures come from
the migration task's `sim:*` keys (a simulator reports them); after the fact, from the `sim` plugin's
migration_stats."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.error_sentences import format_bytes
from ...core.i18n import translate

SENT, NOW, FINAL = QColor("#3b5b82"), QColor("#2e9e3a"), QColor("#b00020")


@dataclass(frozen=True)
class Figures:
    rounds: tuple[int, ...]  # bytes per pre-copy round
    final: int  # bytes of the stop-and-copy
    downtime_ms: float
    current: int  # the round running (1-based); 0 before the first; len(rounds) + 1 once done
    source: str
    destination: str


def parse_figures(values: Mapping[str, object], prefix: str = "") -> Figures | None:
    """Figures from migration_stats (no prefix) or a task's other_config (`sim:`); None when absent or garbled."""
    try:
        rounds = tuple(int(part) for part in str(values[f"{prefix}round_bytes"]).split(",") if part)
        final = int(str(values.get(f"{prefix}final_bytes", "0")))
        downtime = float(str(values.get(f"{prefix}downtime_ms", "0")))
        state = str(values.get(f"{prefix}round", "done"))
    except (KeyError, ValueError):
        return None
    current = len(rounds) + 1 if state == "done" else int(state) if state.isdigit() else 0
    return Figures(rounds, final, downtime, current, str(values.get(f"{prefix}source", "")),
                   str(values.get(f"{prefix}destination", "")))


class RoundsChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("migrationRounds")
        self.setAccessibleName(translate("MigrationView", "Pre-copy rounds"))
        self.setMinimumHeight(120)
        self.figures: Figures | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        figures = self.figures
        if figures is None or not figures.rounds:
            return
        painter = QPainter(self)
        bars = [*figures.rounds, figures.final]
        top = max(bars) or 1
        width = self.width() / len(bars)
        height = self.height() - 4
        for index, size in enumerate(bars):
            bar = height * size / top
            colour = FINAL if index == len(bars) - 1 else NOW if index + 1 == figures.current else SENT
            if index + 1 > figures.current and index < len(bars) - 1:
                colour = colour.lighter(170)  # not sent yet
            painter.fillRect(QRectF(index * width + 2, height - bar + 2, max(1.0, width - 4), bar), colour)
        painter.end()


class MigrationView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("migrationView")
        self.setAccessibleName(translate("MigrationView", "Live migration"))
        self.title = QLabel(self)
        self.title.setObjectName("migrationTitle")
        self.title.setAccessibleName(translate("MigrationView", "Live migration"))
        self.chart = RoundsChart(self)
        self.text = QLabel(self)
        self.text.setObjectName("migrationText")
        self.text.setAccessibleName(translate("MigrationView", "Migration figures"))
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.chart)
        layout.addWidget(self.text)
        self.show_figures(None, live=False)

    def show_figures(self, figures: Figures | None, *, live: bool, source: str = "", destination: str = "") -> None:
        self.chart.figures = figures
        self.chart.setVisible(figures is not None)
        if figures is None:
            self.title.setText(translate("MigrationView", "<b>Live migration (XenMotion)</b>"))
            self.text.setText(translate("MigrationView", "This VM has not been migrated live since the simulator "
                                                         "started; its pre-copy rounds will show here."))
            self.update()
            return
        route = f"{source or figures.source} → {destination or figures.destination}"
        self.title.setText(translate("MigrationView", "<b>Live migration (XenMotion)</b>: {0}").format(route))
        rounds = len(figures.rounds)
        if live and figures.current <= rounds:
            state = translate("MigrationView", "Pre-copy round {0} of {1}: the guest runs while its memory is sent; "
                                               "pages it dirties are sent again in the next round.").format(
                max(1, figures.current), rounds)
        else:
            state = translate("MigrationView", "Done: {0} pre-copy rounds.").format(rounds)
        sizes = ", ".join(format_bytes(size) for size in figures.rounds)
        self.text.setText("\n".join((state, translate("MigrationView", "Memory sent per round: {0}.").format(sizes),
                                     translate("MigrationView", "Stop-and-copy of the last dirty pages: {0}; the "
                                                                "guest was paused {1} ms.").format(
                                         format_bytes(figures.final), f"{figures.downtime_ms:.1f}"))))
        self.text.setAccessibleDescription(self.text.text())
        self.chart.update()

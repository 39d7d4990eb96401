"""A small vertical bar chart of counts (reviews per day, cards due per day).

Unlike Textual's Sparkline, bars start from zero (a day with 1 review is not drawn empty
because the quietest day had 1) and every value keeps its own column, so days line up
with the labels under the chart. The last row is the axis with its two end labels.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual.content import Content
from textual.widget import Widget

EIGHTHS = " ▁▂▃▄▅▆▇█"
MAX_BAR_WIDTH = 3


def bar_rows(values: Sequence[int], rows: int, bar_width: int, gap: int) -> list[str]:
    """The chart's rows, top first: each value a column of eighth blocks, scaled to the largest.

    A value above zero is at least one eighth high, so it never looks like zero.
    """
    top = max(values, default=0)
    levels = rows * 8
    heights = [0 if v <= 0 or top == 0 else max(1, round(v / top * levels)) for v in values]
    lines = []
    for row in reversed(range(rows)):
        cells = []
        for height in heights:
            filled = min(8, max(0, height - row * 8))
            cells.append(EIGHTHS[filled] * bar_width + " " * gap)
        lines.append("".join(cells).rstrip())
    return lines


def layout(count: int, width: int) -> tuple[int, int]:
    """(bar width, gap) so `count` bars fit in `width` columns."""
    slot = max(1, width // max(1, count))
    if slot == 1:
        return 1, 0
    return min(MAX_BAR_WIDTH, slot - 1), 1


class BarChart(Widget):
    """`values` as bars; `left` and `right` label the two ends of the axis."""

    def __init__(self, values: Sequence[int], left: str, right: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.values = list(values)
        self.left = left
        self.right = right

    def render(self) -> Content:
        width, height = self.size
        rows = max(1, height - 1)
        values = self.values[-width:] if width > 0 else []  # too narrow: the latest that fit
        bar_width, gap = layout(len(values), width)
        chart_width = len(values) * (bar_width + gap) - gap
        bars = bar_rows(values, rows, bar_width, gap)
        lines = [Content.styled(line, "$accent") for line in bars]
        axis = self.left
        room = chart_width - len(self.left) - len(self.right)
        if room >= 3:
            axis += " " + "─" * (room - 2) + " " + self.right
        elif room >= 1:
            axis += " " * room + self.right
        lines.append(Content.styled(axis, "$text-muted"))
        return Content("\n").join(lines)

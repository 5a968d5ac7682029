"""The timeline widget: a painted QWidget with its own zoom, pan, lanes and selection.

Why a painted QWidget and not QGraphicsView: labels keep their size in pixels while the date
axis stretches, so every zoom moves every item, and lanes are repacked per zoom bucket. With
QGraphicsScene that means moving 10,000 items (and rebuilding its BSP index) on each zoom
step. Painting directly, the cost of a frame is only what is on screen: each lane keeps its
items sorted by date, so the visible ones are found by bisection (see layout.py), and lanes
outside the scrolled area are never touched.

What it lays out is only what it has read (reading.py): the whole content when it is small,
else the dates around the view, read again (ahead of time, off the UI thread) as the view
moves; a group with too many items there to label is drawn as clusters (density.py).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QStaticText,
    QWheelEvent,
)
from PySide6.QtWidgets import QScrollBar, QWidget

from studyapp import wording
from studyapp.content.timeline_queries import DayCounts, TimelineItem
from studyapp.date_text import format_date
from studyapp.memory import collector_paused
from studyapp.ui.actions import view_action
from studyapp.ui.shared.operation import Operation
from studyapp.ui.shared.painted_items import PaintedItem, current_changed
from studyapp.ui.timeline import access, density, describe, geometry, interaction
from studyapp.ui.timeline.axis import GREGORIAN, Axis, Step
from studyapp.ui.timeline.colours import TimelineColours
from studyapp.ui.timeline.geometry import Bands, Sizes
from studyapp.ui.timeline.kinds import kind_colour
from studyapp.ui.timeline.layout import LayoutCache, bucket_scale, bucket_scales
from studyapp.ui.timeline.model import (
    EVENTS,
    Entry,
    TimelineModel,
)
from studyapp.ui.timeline.reading import EMPTY_WINDOW, Density, TimelineReader, Window
from studyapp.ui.timeline.svg_text import SvgTexts
from studyapp.ui.timeline.viewport import MAX_SCALE, Viewport
from studyapp.wording import name

ZOOM_STEP = 2.0**0.5  # one key press or button click: one lane bucket
# The narrower label widths "Fit all" may pack with (in letters) so every lane shows, and
# the one it takes when none would do (narrower still would leave labels nobody can read).
LABEL_CAPS = (26, 20, 15, 11)
CROWDED_CAP = 15
# A label shortened to fewer letters than this (before its "…") is not drawn at all.
MIN_TEXT_LETTERS = 4


class TimelineCanvas(QWidget):
    item_selected = Signal(str)  # key of the newly selected item, "" when none
    item_opened = Signal(str)  # key opened with Enter or a double-click
    view_moved = Signal()  # the visible dates or the zoom changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Timeline"))
        self.setAccessibleDescription(
            self.tr(
                "Agreements and events by date. Left and Right select, Enter opens, plus and "
                "minus zoom, Shift+Left and Shift+Right or Page Up and Page Down pan."
            )
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # paintEvent covers every pixel, so Qt need not clear the background first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMouseTracking(True)
        self.setMinimumSize(320, 240)
        self.calendar = GREGORIAN
        self.view = Viewport()
        self.scroll_y = 0.0  # how far the event lanes are scrolled up
        self.selected: str | None = None
        self.hovered: str | None = None
        self.bookmarked: dict[str, int] = {}  # agreement key -> its bookmarked clauses
        self.reader: TimelineReader | None = None
        self.read_window: Window = EMPTY_WINDOW  # the dates read, and what of them
        # The selected item as read: in the model, or (where its group is drawn as counts,
        # or it lies beyond the window) read by key.
        self.selected_item: TimelineItem | None = None
        self._event_labels: dict[str, tuple[str, float]] = {}  # title -> (label, width)
        self._counting: Operation[DayCounts] | None = None
        self._whole_titles = False  # a page to export: no event title shortened
        self._reading_ahead = False  # the dates beyond the view's are being read
        self.kinds: list[str] = []  # of the events, shown or not
        self.hidden_kinds: set[str] = set()
        self.kind_colours: dict[str, QColor] = {}
        self._fitted = True
        # The height the lanes may have when fitting: the widget's own, unless the view
        # knows of more (it can shrink the details pane).
        self.room_for_lanes: Callable[[], float] = lambda: float(self.height())
        # Painting a page for an SVG export: the texts go here instead (svg_text.py).
        self.text_sink: SvgTexts | None = None
        # Told how far painting has got (done, total); returns False to stop. Exports only.
        self.on_progress: Callable[[int, int], bool] | None = None
        self.pointer = interaction.Pointer(self)
        self._texts: dict[tuple[int, str], QStaticText] = {}
        self._widths: dict[str, float] = {}
        self._pending_scales: list[float] = []
        self._precompute = QTimer(self, singleShot=True, interval=0)
        self._precompute.timeout.connect(self._precompute_next)
        self._read_ahead_soon = QTimer(self, singleShot=True, interval=0)
        self._read_ahead_soon.timeout.connect(self._read_ahead)
        self.scrollbar = QScrollBar(Qt.Orientation.Vertical, self)
        self.scrollbar.setAccessibleName(self.tr("Scroll event lanes"))
        self.scrollbar.valueChanged.connect(self._scrolled)
        self._apply_font()
        self.colours = TimelineColours.from_palette(self.palette())
        self.model = self._build_model()
        self.actions_by_name = self._make_actions()

    # ---- content ---------------------------------------------------------------------------

    def set_reader(self, reader: TimelineReader) -> None:
        """Show the content `reader` reads (the bundled database, or synthetic content)."""
        self.reader = reader
        self._event_labels = {}
        self.kinds = list(reader.kinds)
        self._recolour_kinds()
        self.read_window = reader.window(*self._world_days(), self.hidden_kinds)
        self.model = self._build_model()
        if self.selected and reader.item(self.selected) is None:
            self.selected, self.selected_item = None, None
        self.fit_all()
        if not reader.whole and reader.densities(self.hidden_kinds) is None:
            self._count_days()

    def _world_days(self) -> tuple[float, float]:
        reader = self.reader
        if reader is None or reader.first is None or reader.last is None:
            return 0.0, 0.0
        return float(reader.first.toordinal()), float(reader.last.toordinal())

    def _count_days(self) -> None:
        """Read the day counts the density marks are drawn from, off the UI thread."""
        reader = self.reader
        if reader is None or (self._counting is not None and not self._counting.finished):
            return
        self._counting = Operation(
            self,
            lambda _progress: reader.count_days(),
            on_success=lambda counts: self._days_counted(reader, counts),
            what=self.tr("Counting the timeline's items"),
        ).start()

    def _days_counted(self, reader: TimelineReader, counts: DayCounts) -> None:
        if reader is self.reader:
            reader.set_day_counts(counts)
            self._moved()

    @property
    def idle_work_pending(self) -> bool:
        """Whether work queued for idle time (lanes, reading) has yet to be done."""
        return self.counting or self._reading_ahead or bool(self._pending_scales)

    @property
    def reading_ahead(self) -> bool:
        """Whether the dates around the view are being read off the UI thread."""
        return self._reading_ahead

    @property
    def counting(self) -> bool:
        """Whether the day counts are being read (off the UI thread) for this canvas."""
        return self._counting is not None and not self._counting.finished

    def densities(self) -> tuple[Density, Density] | None:
        """Items a day of each group (for the density marks), once they have been read."""
        return self.reader.densities(self.hidden_kinds) if self.reader is not None else None

    def _ensure_window(self) -> None:
        """Read the dates around the view now if it has left those read; off the UI thread
        if it nears their edge, or if a group drawn as counts can now be labelled (its
        clusters stay meanwhile)."""
        reader = self.reader
        window = self.read_window
        if reader is None or window.whole:
            return
        first, last = self.visible_range()
        if not window.covers(first, last):
            self._adopt_window(reader.window(first, last, self.hidden_kinds))
        elif not self._reading_ahead and (
            _near_edge(window, first, last)
            or reader.needs_more(window, first, last, self.hidden_kinds)
        ):
            # Started once this step is painted: a thread's start hands it the interpreter
            # for a few milliseconds, which the step's frame would wait out.
            self._reading_ahead = True
            self._read_ahead_soon.start()

    def _read_ahead(self) -> None:
        """Read the dates around the view off the UI thread; adopted if still wanted."""
        reader = self.reader
        if reader is None:
            self._reading_ahead = False
            return
        first, last = self.visible_range()
        hidden = set(self.hidden_kinds)

        def arrived(window: Window) -> None:
            self._reading_ahead = False
            now_first, now_last = self.visible_range()
            current = reader is self.reader and hidden == self.hidden_kinds
            if current and window.covers(now_first, now_last):
                self._adopt_window(window)
                self._sync_scrollbar()
                self.update()

        def failed(_text: str) -> None:
            self._reading_ahead = False  # read on the UI thread when the view gets there

        Operation(
            self,
            lambda _progress: reader.window(first, last, hidden),
            on_success=arrived,
            on_failure=failed,
            what=self.tr("Reading the timeline's dates"),
        ).start()

    def _adopt_window(self, window: Window) -> None:
        self.read_window = window
        self.model = self._build_model()
        if self._fitted:
            self._fit_lanes()
        self._pending_scales = self._window_scales(window)
        self._precompute.start()

    def _window_scales(self, window: Window) -> list[float]:
        """The zoom buckets the view can show `window` at (down to where the view would be
        as wide as it, zoomed out), nearest the view's first: a zoom step either way then
        finds its lanes laid out, not laid out then and there."""
        low = self.view.min_scale
        if not window.whole:
            low = max(low, self.view.width / max(window.last - window.first, 1.0))
        here = math.log2(self.view.scale)
        scales = bucket_scales(min(low, self.view.scale), MAX_SCALE)
        return sorted(scales, key=lambda scale: abs(math.log2(scale) - here))

    def adopt(self, other: TimelineCanvas) -> None:
        """Show what `other` shows (its content, kinds, calendar, bookmarks), for a page as
        tall as it needs: the events are packed with their whole titles, so none is cut."""
        self.reader, self.read_window = other.reader, other.read_window
        self.kinds, self.hidden_kinds = other.kinds, set(other.hidden_kinds)
        self.kind_colours, self.colours = other.kind_colours, other.colours
        self.calendar, self.bookmarked = other.calendar, other.bookmarked
        self._whole_titles = True
        self.model = self._build_model()
        self._update_limits()

    def lay_out_page(self, first_day: float | None, scale: float | None) -> None:
        """Make this off-screen canvas a page to export: from `first_day` at `scale`, or the
        whole range when they are None, and as tall as every lane needs (no scroll bar)."""
        for _ in range(2):  # once more when the scroll bar's going widened the page
            self._fitted = first_day is None or scale is None
            self._update_limits()
            if first_day is None or scale is None:
                self.view.fit()
            else:
                self.view.show(first_day, scale)
            self._layout_at(self.view.scale)  # this very zoom's lanes, not a stand-in's
            self._moved()
            self.resize(self.width(), self.needed_height(in_view=True))

    def set_hidden_kinds(self, hidden: set[str]) -> None:
        """Leave out the events of these kinds; the view stays where it is (or fitted)."""
        if hidden == self.hidden_kinds:
            return
        self.hidden_kinds = set(hidden)
        first_day, scale = self.view.first_day, self.view.scale
        if self.reader is not None:
            self.read_window = self.reader.window(*self.visible_range(), self.hidden_kinds)
        self.model = self._build_model()
        if self.selected_item is not None and self._hidden(self.selected_item):
            self.select(None)
        if self._fitted:
            self.fit_all()
        else:
            self._update_limits()
            self.view.show(first_day, scale)
            self._moved()

    def _recolour_kinds(self) -> None:
        palette = self.palette()
        found = {kind: kind_colour(kind, palette) for kind in self.kinds}
        self.kind_colours = {kind: colour for kind, colour in found.items() if colour}

    def _hidden(self, item: TimelineItem) -> bool:
        return not item.is_agreement and item.kind in self.hidden_kinds

    def _build_model(self) -> TimelineModel:
        if len(self._texts) > 20_000:  # a long session over a large content
            self._texts.clear()
        # Few enough to measure every title, or estimated from the widths of their letters.
        advances = None if self.read_window.whole else self._advances
        sizer = geometry.label_sizer(self.font(), self.bold_font, self.sizes, advances=advances)
        measure, labels = sizer.event_label, self._event_labels
        if len(labels) > 50_000:
            labels.clear()

        def event_label(title: str) -> tuple[str, float]:
            # Measured once a title: a window read again as the view pans keeps its labels.
            found = labels.get(title)
            if found is None:
                found = labels[title] = measure(title)
            return found

        if self._whole_titles:
            offset = self.sizes.marker + self.sizes.pad

            def event_label(title: str) -> tuple[str, float]:
                return title, offset + self.text_width(title)

        agreement_widths, measure_agreement = self._agreement_widths, sizer.agreement_px

        def agreement_px(label: str) -> float:
            found = agreement_widths.get(label)
            if found is None:
                found = agreement_widths[label] = measure_agreement(label)
            return found

        sizer = dataclasses.replace(sizer, event_label=event_label, agreement_px=agreement_px)
        reader, window = self.reader, self.read_window
        agreements, events = window.agreements or (), window.events or ()
        if self.hidden_kinds:
            events = tuple(event for event in events if event.kind not in self.hidden_kinds)
        eras = reader.eras if reader is not None else []
        world = (reader.first, reader.last) if reader and reader.first and reader.last else None
        metrics = geometry.box_metrics(self.sizes)
        with collector_paused():  # an item and an entry for each of thousands of records
            return TimelineModel(
                agreements, events, eras, sizer, metrics, world=world, whole=window.whole
            )

    def _apply_font(self) -> None:
        self.model_font = QFont(self.font())  # what the labels were measured in
        self.bold_font = QFont(self.font())
        self.bold_font.setBold(True)
        self.sizes = Sizes.of(self.font(), self.bold_font)
        gap = max(8.0, self.sizes.line / 2)
        self.axis = Axis(QFontMetricsF(self.font()).horizontalAdvance, gap_px=gap)
        self._widths.clear()
        self._texts.clear()
        self._event_labels = {}
        self._advances: dict[str, float] = {}  # letter -> width in this font
        self._agreement_widths: dict[str, float] = {}  # label -> width
        self._elided: dict[tuple[str, int], str] = {}
        self._elide_quantum = 2 * QFontMetricsF(self.font()).averageCharWidth()

    def set_calendar(self, calendar: str) -> None:
        self.calendar = calendar
        self.update()

    def set_bookmarked(self, counts: dict[str, int]) -> None:
        """Mark the agreements that have bookmarked clauses (key -> how many)."""
        self.bookmarked = {key: count for key, count in counts.items() if count > 0}
        self.update()

    def prepare_layouts(self) -> None:
        """Lay out every zoom bucket now (benchmarks; the widget does it in idle time)."""
        for scale in bucket_scales(self.view.min_scale, MAX_SCALE):
            self._layout_at(scale)
        self._pending_scales = []

    def _schedule_layouts(self) -> None:
        self._pending_scales = bucket_scales(self.view.min_scale, MAX_SCALE)
        self._precompute.start()

    def _precompute_next(self) -> None:
        # One bucket per turn of the event loop keeps the window responsive meanwhile.
        if self._pending_scales:
            scale = self._pending_scales.pop(0)
            self._layout_at(scale)
            if scale == bucket_scale(self.view.scale):  # the one on screen: show it
                if self._fitted:  # the packing width may now fit the lanes in the room
                    self._fit_lanes()
                self._sync_scrollbar()
                self.update()
            self._precompute.start()

    def _caches(self) -> tuple[LayoutCache, ...]:
        return (*self.model.layouts, self.model.period_layouts)

    def _layout_at(self, scale: float) -> None:
        for cache in self._caches():
            cache.at(scale)

    # ---- what is where ---------------------------------------------------------------------

    def content_width(self) -> float:
        """Width of the area the timeline draws in (the scroll bar takes the rest)."""
        return self.width() - (0 if self.scrollbar.isHidden() else self.scrollbar.width())

    def visible_range(self) -> tuple[float, float]:
        return self.view.first_day, self.view.last_day

    def visible_days(self) -> float:
        return self.view.days

    def tick_step(self) -> Step:
        return self.axis.step_for(self.calendar, self.view.scale)

    def visible_tick_labels(self) -> list[str]:
        """The axis labels on screen now, left to right (what the reader sees)."""
        first, last = self.visible_range()
        ticks = self.axis.ticks(self.calendar, self.view.scale, first, last)
        return [tick.label for tick in ticks.ticks if tick.label and first <= tick.day <= last]

    def bands(self) -> Bands:
        return geometry.bands_of(self)

    def entry_at(self, point: QPointF) -> Entry | None:
        return geometry.entry_at(self, point)

    def _update_limits(self) -> None:
        self.view.width = max(self.content_width(), 1.0)
        self.view.world_first = self.model.first_day
        self.view.min_scale = min(self.model.fit_scale(self.view.width), MAX_SCALE)

    # ---- zoom and pan ----------------------------------------------------------------------

    def _moved(self) -> None:
        self._ensure_window()
        if not all(cache.has(self.view.scale) for cache in self._caches()):
            # Shown meanwhile with the layout of a smaller scale; the right one comes next.
            self._pending_scales.insert(0, bucket_scale(self.view.scale))
            self._precompute.start()
        self._sync_scrollbar()
        self.update()
        self.view_moved.emit()

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom by `factor` around `anchor_x`: by default the selection if shown, else the
        centre."""
        if anchor_x is None:
            anchor_x = self._selected_x()
        if anchor_x is None:
            anchor_x = self.content_width() / 2
        self._fitted = False
        self.view.zoom(factor, anchor_x)
        self._moved()

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def fit_all(self) -> None:
        """Show the whole time range and, where the height allows, every lane."""
        self._fitted = True
        # Fitted at the whole width first: where the lanes fit, no scroll bar takes its room
        # (else the outcome would hang on whether one showed before).
        self.scrollbar.setHidden(True)
        self._update_limits()
        self.view.fit()
        self._fit_lanes()
        self.scrollbar.setValue(0)
        self._moved()
        self._schedule_layouts()

    def refit(self) -> None:
        """Fit again if the view is fitted (its room may have changed meanwhile)."""
        if self._fitted:
            self.fit_all()

    def _fit_lanes(self) -> None:
        """Narrow the width labels are packed with until the lanes fit the room: first in
        readable steps; where even the narrowest step does not fit, down to the marker alone
        (a label then runs only up to the next item of its lane, and the whole title is on
        hover and selection). Only where markers alone overflow (thousands of events) do the
        lanes scroll, at a still readable width."""
        cache = self.model.layouts[EVENTS]
        room = self.room_for_lanes() - self.bands().events_top - self.sizes.pad
        letter = QFontMetricsF(self.font()).averageCharWidth()

        def fits(cap: float) -> bool:
            return cache.at(self.view.scale, cap).lane_count() * self.sizes.lane <= room

        # The narrowest readable width first: where it fits, the widest that does is taken;
        # where it does not, the dense case is settled with a packing or two more at most.
        readable = [math.inf, *(letters * letter for letters in LABEL_CAPS)]
        if fits(readable[-1]):
            cache.cap_px = next(cap for cap in readable if fits(cap))
        elif fits(0.0):
            # Lane counts only grow with the width, so the widest that fits is bisected.
            low, high = 0, LABEL_CAPS[-1] - 1  # letters: low fits, above high is known not to
            while low < high:
                middle = (low + high + 1) // 2
                low, high = (middle, high) if fits(middle * letter) else (low, middle - 1)
            cache.cap_px = low * letter
        else:
            cache.cap_px = CROWDED_CAP * letter

    def pan_by(self, pixels: float) -> None:
        """Move the view `pixels` later in time (negative: earlier)."""
        self._fitted = False
        self.view.pan(pixels)
        self._moved()

    def scroll_lanes_by(self, pixels: float) -> None:
        self.scrollbar.setValue(self.scrollbar.value() + round(pixels))

    def show_from(self, first_day: float) -> None:
        """Show from `first_day` at the current zoom (dragging)."""
        self._fitted = False
        self.view.show(first_day, self.view.scale)
        self._moved()

    def centre_on(self, day: float) -> None:
        self._fitted = False
        self.view.centre(day)
        self._moved()

    def show_stretch(self, first_day: float, last_day: float) -> None:
        """Centre on the days from `first_day` to `last_day`, zoomed so they take about a
        third of the width (within the zoom limits)."""
        span = max(last_day - first_day + 1, 1.0)
        scale = min(max(self.content_width() / (3 * span), self.view.min_scale), MAX_SCALE)
        self._fitted = False
        self.view.show(self.view.first_day, scale)
        self.view.centre((first_day + last_day + 1) / 2)
        self._moved()

    def _scrolled(self, value: int) -> None:
        self.scroll_y = float(value)
        self.update()

    def _sync_scrollbar(self) -> None:
        bands = self.bands()
        lanes = self.model.layouts[EVENTS].best(self.view.scale).lane_count()
        visible = max(self.height() - bands.events_top, 1)
        overflow = int(lanes * self.sizes.lane + self.sizes.pad - visible)
        if self.scrollbar.isHidden() == (overflow > 0):
            self.scrollbar.setHidden(overflow <= 0)
            self._drawing_width_changed()
        self.scrollbar.setGeometry(
            self.width() - self.scrollbar.sizeHint().width(),
            int(bands.events_top),
            self.scrollbar.sizeHint().width(),
            int(visible),
        )
        self.scrollbar.setRange(0, max(overflow, 0))
        self.scrollbar.setPageStep(int(visible))
        self.scrollbar.setSingleStep(int(self.sizes.lane))
        self.scroll_y = float(self.scrollbar.value())

    def _drawing_width_changed(self) -> None:
        """The scroll bar came or went: spread the view over the new width, keeping a
        fitted view fitted and any other view centred where it was."""
        centre = self.view.day_at(self.view.width / 2)
        self._update_limits()
        if self._fitted:
            self.view.fit()
            self._fit_lanes()
        else:
            self.view.centre(centre)
        self.update()

    # ---- selection -------------------------------------------------------------------------

    def select(
        self, key: str | None, *, reveal: bool = True, item: TimelineItem | None = None
    ) -> None:
        """Select the item `key` (read by key if it is not laid out here; `item` if given)."""
        entry = self.model.entry(key) if key else None
        record = entry.record if entry is not None else item
        if record is None and key and self.reader is not None:
            record = self.reader.item(key)
        if record is not None and self._hidden(record):
            record = None
        new = record.key if record else None
        self.selected_item = record
        if record is not None and reveal:
            self.reveal_item(record)
        if new != self.selected:
            self.selected = new
            self.setAccessibleDescription(self._describe(record))
            self.update()
            current_changed(self)
            self.item_selected.emit(new or "")

    # A screen reader walks the items as the canvas's children (see access.py).

    def accessible_item_count(self) -> int:
        return access.count(self)

    def accessible_item(self, index: int) -> PaintedItem:
        return access.item(self, index)

    def accessible_current(self) -> int | None:
        return access.current(self)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusInEvent(event)
        current_changed(self)

    def select_step(self, step: int) -> None:
        """Select the next (step 1) or previous (-1) item in date order. With nothing
        selected on screen, → starts from the first item in view and ← from the last.
        The neighbour is asked of the database: it may lie beyond the dates read."""
        if self.reader is None:
            return
        selected = self.selected_item
        if selected is not None and self._item_in_view(selected):
            found = self.reader.neighbour(selected.order, step, self.hidden_kinds)
        else:
            first, last = self.visible_range()
            start = (math.ceil(first), -1, "") if step > 0 else (math.floor(last), 2, "")
            found = self.reader.neighbour(start, step, self.hidden_kinds)
            if found is None:  # nothing further that way: the nearest the other way
                found = self.reader.neighbour(start, -step, self.hidden_kinds)
        if found is not None:
            self.select(found.key, item=found)

    def _item_in_view(self, item: TimelineItem) -> bool:
        entry = self.model.entry(item.key)
        if entry is not None:
            return self._in_view(entry)
        first, last = self.visible_range()
        return first <= item.day <= last

    def _in_view(self, entry: Entry) -> bool:
        left, right = geometry.box_of(self, entry)
        return right >= 0 and left <= self.content_width()

    def needed_height(self, *, in_view: bool = False) -> int:
        """The height that shows every lane at the current zoom without scrolling; with
        `in_view`, only down to the last lane with an item in the dates on screen."""
        layout = self.model.layouts[EVENTS].best(self.view.scale)
        lanes = layout.lane_count()
        if self.read_window.events is None:  # drawn as counts
            lanes = density.DENSITY_LANES
        elif in_view:
            first, last = self.visible_range()
            lanes = next(
                (n + 1 for n in range(lanes - 1, -1, -1) if layout.lanes[n].visible(first, last)),
                0,
            )
        return int(self.bands().events_top + lanes * self.sizes.lane + self.sizes.pad) + 1

    def open_selected(self) -> None:
        if self.selected:
            self.item_opened.emit(self.selected)

    def reveal_item(self, item: TimelineItem) -> None:
        """Scroll so the item is in view: centred if it is off screen (reading the dates
        there), its lane scrolled to."""
        entry = self.model.entry(item.key)
        if entry is None:
            first, last = self.visible_range()
            if not first <= item.day <= last:
                self.centre_on(item.day)
            entry = self.model.entry(item.key)
        if entry is not None:
            self.reveal(entry)

    def reveal(self, entry: Entry) -> None:
        """Scroll so the item is in view: centred if it is off screen, lane scrolled to."""
        left, right = geometry.box_of(self, entry)
        if left < 0 or right > self.content_width():
            self.centre_on(self.model.item_of(entry).start)
            entry = self.model.entry(entry.key) or entry  # the dates read may have moved
        if entry.group == EVENTS:
            bands = self.bands()
            top = geometry.lane_top(self, entry, bands)
            if top < bands.events_top or top + self.sizes.lane > self.height():
                target = (
                    top + self.scroll_y - bands.events_top - (self.height() - bands.events_top) / 3
                )
                self.scrollbar.setValue(int(max(target, 0)))

    def _selected_x(self) -> float | None:
        if self.selected_item is None:
            return None
        x = self.view.x_of(self.selected_item.day)
        return x if 0 <= x <= self.content_width() else None

    def _describe(self, record: TimelineItem | None) -> str:
        if record is None:
            return self.tr("Nothing selected")
        date = format_date(record.date, record.precision)
        return self.tr("Selected: {title}, {date}").format(title=wording.name(record), date=date)

    def tooltip_html(self, record: TimelineItem) -> str:
        if record.is_agreement:
            count = self.bookmarked.get(record.key, 0)
            return describe.agreement_tooltip(record, self.calendar, count)
        return describe.event_tooltip(record, self.calendar)

    # ---- actions ---------------------------------------------------------------------------

    def _make_actions(self) -> dict[str, QAction]:
        specs = (
            ("zoom_in", self.tr("Zoom &in"), ["+", "=", "Ctrl+="], self.zoom_in),
            ("zoom_out", self.tr("Zoom &out"), ["-", "Ctrl+-"], self.zoom_out),
            ("fit_all", self.tr("&Fit all"), ["0", "Home"], self.fit_all),
            ("previous", self.tr("&Previous item"), ["Left"], lambda: self.select_step(-1)),
            ("next", self.tr("&Next item"), ["Right"], lambda: self.select_step(1)),
            ("open", self.tr("&Open item"), ["Return", "Enter"], self.open_selected),
        )
        return {name: view_action(self, text, keys, slot) for name, text, keys, slot in specs}

    # ---- Qt events -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        from studyapp.ui.timeline.painting import paint_timeline

        painter = QPainter(self)
        try:
            paint_timeline(self, painter)
        finally:
            painter.end()

    def static_text(self, group: int, text: str) -> QStaticText:
        """Laid-out plain text, cached: drawing it again costs no text shaping.

        `group` keeps apart texts drawn in different fonts (AGREEMENTS: the bold font), since a
        static text drawn in another font than the last is laid out again.
        """
        key = (group, text)
        static = self._texts.get(key)
        if static is None:
            static = self._texts[key] = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
        return static

    def event_text(self, entry: Entry, room: float) -> str:
        """An event's title as it fits in `room` pixels before the next item of its lane:
        whole if it fits, else shortened just enough (never below its packed label, which
        the lanes keep room for)."""
        title = name(entry.record)  # title_ja in Japanese
        if room == float("inf") or self.text_width(title) <= room:
            return title
        packed = self.text_width(entry.label)
        if packed <= room < packed + self._elide_quantum:
            return entry.label
        # Rooms in steps of two letters: few variants to cache as the view zooms.
        step = self._elide_quantum
        key = (entry.key, int(room // step))
        text = self._elided.get(key)
        if text is None:
            metrics = QFontMetricsF(self.font())
            text = metrics.elidedText(title, Qt.TextElideMode.ElideRight, key[1] * step)
            if len(text.rstrip("…")) < MIN_TEXT_LETTERS:
                text = ""  # "K…" says nothing: the marker alone, the title on hover
            self._elided[key] = text
        return text

    def text_width(self, text: str) -> float:
        width = self._widths.get(text)
        if width is None:
            width = self._widths[text] = QFontMetricsF(self.font()).horizontalAdvance(text)
        return width

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        self._update_limits()
        if self._fitted:
            self.view.fit()
            self._fit_lanes()
        else:
            self.view.show(self.view.first_day, self.view.scale)
        self._moved()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.PaletteChange:
            self.colours = TimelineColours.from_palette(self.palette())
            self._recolour_kinds()
            self.update()
        # Qt also sends FontChange when the widget joins a parent with an equal font: only a
        # real change re-measures the labels, a costly step at thousands of events.
        elif event.type() == QEvent.Type.FontChange and self.font() != self.model_font:
            self._apply_font()
            self._texts.clear()
            self.model = self._build_model()
            self._update_limits()
            self.view.show(self.view.first_day, self.view.scale)
            self._moved()
        super().changeEvent(event)

    # Input is handled in interaction.py; these overrides only hand it over.

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            interaction.show_tooltip(self, event)
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self.pointer.press(event)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self.pointer.move(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self.pointer.release(event)
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self.pointer.double_click(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        self.pointer.leave()
        super().leaveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt override)
        interaction.wheel(self, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if not interaction.key_press(self, event):
            super().keyPressEvent(event)


def _near_edge(window: Window, first: float, last: float) -> bool:
    """Whether the view from `first` to `last` is within half its width of an edge of the
    window (and so soon beyond it)."""
    margin = (last - first) / 2
    return not window.covers(first - margin, last + margin)

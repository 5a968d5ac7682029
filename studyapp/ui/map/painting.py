"""Painting the map: base geography in the plane, then features, labels, legend and scale.

The base layers are drawn under the view's transform with cosmetic pens; features are mapped
to device coordinates first, so their hatching keeps its spacing at every zoom.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPicture

from studyapp.content.map_records import MapFeatureRecord, PlaceRecord
from studyapp.geo.projection import km_per_unit, nice_length
from studyapp.i18n import QT_TRANSLATE_NOOP
from studyapp.ui.map.colours import MapColours
from studyapp.ui.map.layers import BaseLayers
from studyapp.ui.map.viewport import Viewport
from studyapp.ui.shared.colours import with_alpha

DASHES = {
    "treaty-text": Qt.PenStyle.SolidLine,
    "approximate": Qt.PenStyle.DashLine,
    "schematic": Qt.PenStyle.DotLine,
}


@dataclass(frozen=True)
class Scene:
    """What one paint shows."""

    title: str
    features: tuple[tuple[MapFeatureRecord, QPainterPath, bool], ...]  # device path, changed
    focused: frozenset[str]  # keys drawn with the focus outline (hover, keyboard, a link)
    places: tuple[PlaceRecord, ...]
    caption: str
    legend: bool = True
    marker: tuple[float, float] | None = None  # lon, lat: a ring (a quiz's town or click)
    crosshair: bool = False


def _pen(colour: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, width, style)
    pen.setCosmetic(True)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def paint_base(painter: QPainter, layers: BaseLayers, view: Viewport, colours: MapColours) -> None:
    painter.fillRect(QRectF(0, 0, view.width, view.height), colours.outside)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # the coast is stroked over
    painter.setTransform(view.transform())
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours.land)
    painter.drawPath(layers.coast)
    painter.restore()


def paint_water_and_lines(
    painter: QPainter, layers: BaseLayers, view: Viewport, colours: MapColours
) -> None:
    """Water over the sphere fills (so they never cover the sea), then coasts and rivers."""
    painter.save()
    painter.setTransform(view.transform())
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours.sea)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.drawPath(layers.water)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_pen(colours.coast, 1.0))
    painter.drawPath(layers.coast)
    painter.drawPath(layers.lakes)
    painter.setPen(_pen(colours.river, 1.0))
    painter.drawPath(layers.rivers)
    painter.setPen(_pen(colours.border, 1.0, Qt.PenStyle.DashLine))
    painter.drawPath(layers.borders)
    painter.restore()


def paint_areas(painter: QPainter, scene: Scene, colours: MapColours) -> None:
    """Fills, hatching and outlines of the areas; the water painted next hides their parts
    at sea, so an outline drawn across the sea to close a coast never shows."""
    # Fills need no antialiasing (the outline is drawn over the edge) and one tiled texture
    # of colour and hatching is several times faster than a colour and a pattern brush.
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    for feature, path, changed in scene.features:
        if feature.is_area:
            painter.setBrush(colours.hatch(feature.power, feature.kind == "territory"))
            painter.drawPath(path)
            if changed:  # what this step changed: speckled over, as the legend shows
                painter.setBrush(colours.changed_brush())
                painter.drawPath(path)
    # Thin outlines, aliased: antialiasing these long edges cost more than all the rest.
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for feature, path, changed in scene.features:
        if feature.is_area:
            if changed:  # a band three pixels wide, as three thin strokes: a thick pen
                _thick_outline(painter, path, colours.changed)  # costs five times as much
            if feature.key in scene.focused:
                painter.setPen(_pen(colours.focus, 5.0))
                painter.drawPath(path)
            painter.setPen(_pen(colours.powers[feature.power], 1.0, DASHES[feature.certainty]))
            painter.drawPath(path)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)


def _thick_outline(painter: QPainter, path: QPainterPath, colour: QColor) -> None:
    painter.setPen(_pen(colour, 1.0))
    for dx, dy in ((0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (-1.0, 0.0), (0.0, -1.0)):
        painter.translate(dx, dy)
        painter.drawPath(path)
        painter.translate(-dx, -dy)


def _outline(
    painter: QPainter,
    *,
    feature: MapFeatureRecord,
    path: QPainterPath,
    changed: bool,
    scene: Scene,
    colours: MapColours,
) -> None:
    if changed:
        painter.setPen(_pen(with_alpha(colours.changed, 170), 9.0))
        painter.drawPath(path)
    if feature.key in scene.focused:
        painter.setPen(_pen(colours.focus, 7.0))
        painter.drawPath(path)
    if feature.kind == "railway":
        painter.setPen(_pen(colours.powers[feature.power], 3.0))
        painter.drawPath(path)
        painter.setPen(_pen(colours.land, 1.2, Qt.PenStyle.DashLine))  # the ties
    else:
        painter.setPen(_pen(colours.line, 2.6, DASHES[feature.certainty]))
    painter.drawPath(path)


def paint_lines(painter: QPainter, scene: Scene, colours: MapColours) -> None:
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for feature, path, changed in scene.features:
        if not feature.is_area:
            _outline(
                painter, feature=feature, path=path, changed=changed, scene=scene, colours=colours
            )


def _label(  # noqa: PLR0917 (a drawing helper: the painter, where, what, and how)
    painter: QPainter,
    at: QPointF,
    text: str,
    colours: MapColours,
    colour: QColor,
    placed: list[QRectF] | None = None,
    offsets: tuple[QPointF, ...] = (QPointF(0, 0),),
) -> None:
    """Draw `text` on a halo at the first offset from `at` whose box is free of `placed`."""
    metrics = QFontMetricsF(painter.font())
    box = QRectF()
    for offset in offsets:
        box = metrics.boundingRect(text).translated(at + offset).adjusted(-2, -1, 2, 1)
        if placed is None or not any(box.intersects(other) for other in placed):
            break
    else:
        if placed is not None and len(offsets) > 1:
            return  # no free spot: the dot stays, the name is left out at this zoom
    if placed is not None:
        placed.append(box)
    painter.fillRect(box, colours.halo)
    painter.setPen(colour)
    painter.drawText(box.adjusted(2, 1, -2, -1).bottomLeft() - QPointF(0, metrics.descent()), text)


def paint_places(
    painter: QPainter,
    places: tuple[PlaceRecord, ...],
    view: Viewport,
    colours: MapColours,
    covered: tuple[QRectF, ...] = (),
) -> None:
    """Town dots first, then names where they fit: towns', lakes', rivers', regions'.

    Every dot is an obstacle for every name, so no name hides a town; so is every box of
    `covered` (the legend), under which no dot is drawn either."""
    base = QFont(painter.font())
    metrics = QFontMetricsF(base)
    shown = [
        (place, at)
        for place in places
        if 0 <= (at := view.lonlat_to_device(place.lon, place.lat)).x() <= view.width
        and 0 <= at.y() <= view.height
        and not any(box.contains(at) for box in covered)
    ]
    placed = [QRectF(at.x() - 4, at.y() - 4, 8, 8) for place, at in shown if place.kind == "town"]
    placed += covered
    painter.setPen(_pen(colours.text, 1.0))
    painter.setBrush(colours.land)
    for place, at in shown:
        if place.kind == "town":
            painter.drawEllipse(at, 3.0, 3.0)
    order = {"town": 0, "region": 1, "lake": 2, "river": 3}
    for place, at in sorted(shown, key=lambda pair: order.get(pair[0].kind, 4)):
        font = QFont(base)
        text = f"{place.name} {place.name_ja}"
        if place.kind == "town":
            painter.setFont(font)
            _label(painter, at, text, colours, colours.text, placed, _beside(metrics, text))
        elif place.kind == "region":
            font.setPointSizeF(base.pointSizeF() * 1.15)
            font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 115)
            painter.setFont(font)
            painter.setPen(with_alpha(colours.text, 170))
            _region_label(painter, at, f"{place.name.upper()} {place.name_ja}", placed)
        else:
            font.setItalic(True)
            font.setPointSizeF(base.pointSizeF() * 0.9)
            painter.setFont(font)
            colour = colours.river if colours.dark else colours.river.darker(130)
            offsets = _beside(QFontMetricsF(font), text)
            _label(painter, at, text, colours, colour, placed, offsets)
    painter.setFont(base)


def _region_label(painter: QPainter, at: QPointF, text: str, placed: list[QRectF]) -> None:
    """A region's name, no halo, nudged up or down off the names already placed."""
    metrics = QFontMetricsF(painter.font())
    shape = metrics.boundingRect(text)
    line, width = metrics.height(), shape.width()
    for dx, dy in (
        (0.0, 0.0),
        (0.0, -line),
        (0.0, line),
        (-width / 3, 0.0),
        (width / 3, 0.0),
        (0.0, -2 * line),
        (0.0, 2 * line),
    ):
        box = shape.translated(at + QPointF(dx, dy))
        if not any(box.intersects(other) for other in placed):
            placed.append(box)
            painter.drawText(at + QPointF(dx, dy), text)
            return


def _beside(metrics: QFontMetricsF, text: str) -> tuple[QPointF, ...]:
    """Where a name may go, in order of preference: right of the dot, below right, left,
    above, below, and further out."""
    width = metrics.horizontalAdvance(text)
    below, above = metrics.ascent() + 6, -metrics.height() + 2
    return (
        QPointF(6, -3),
        QPointF(6, metrics.ascent() + 2),
        QPointF(-6 - width, -3),
        QPointF(-width / 2, above),
        QPointF(-width / 2, below),
        QPointF(-6 - width, metrics.ascent() + 2),
        QPointF(6, above - 4),
        QPointF(-6 - width, above - 4),
    )


def paint_scale_bar(painter: QPainter, view: Viewport, colours: MapColours) -> None:
    """A bar of a round length in kilometres, true at 45° N, bottom left."""
    km_per_pixel = km_per_unit() / view.scale
    length_km = nice_length(km_per_pixel * min(160.0, view.width / 4))
    if length_km <= 0:
        return
    pixels = length_km / km_per_pixel
    left, bottom = 14.0, view.height - 30.0
    box = QRectF(left - 6, bottom - 22, pixels + 12, 30)
    painter.fillRect(box, colours.halo)
    painter.setPen(_pen(colours.text, 2.0))
    painter.drawLine(QPointF(left, bottom), QPointF(left + pixels, bottom))
    for x in (left, left + pixels):
        painter.drawLine(QPointF(x, bottom - 5), QPointF(x, bottom + 3))
    scale = QCoreApplication.translate("MapLegend", "{length} km (at 45° N)")
    painter.drawText(QPointF(left, bottom - 8), scale.format(length=f"{length_km:g}"))


LEGEND_ROWS = (
    ("japan-sphere", QT_TRANSLATE_NOOP("MapLegend", "Japan's sphere")),
    ("russia-sphere", QT_TRANSLATE_NOOP("MapLegend", "Russia's sphere")),
    ("japan-territory", QT_TRANSLATE_NOOP("MapLegend", "Japan's territory or lease")),
    ("russia-territory", QT_TRANSLATE_NOOP("MapLegend", "Russia's territory")),
    ("treaty-text", QT_TRANSLATE_NOOP("MapLegend", "Line named in the treaty text")),
    ("approximate", QT_TRANSLATE_NOOP("MapLegend", "Line placed approximately")),
    ("schematic", QT_TRANSLATE_NOOP("MapLegend", "Edge no treaty defined")),
    ("railway", QT_TRANSLATE_NOOP("MapLegend", "Railway (Japan / Russia)")),
    ("changed", QT_TRANSLATE_NOOP("MapLegend", "Changed at this step")),
    ("border", QT_TRANSLATE_NOOP("MapLegend", "Today's borders")),
)


def legend_box(painter: QPainter, view: Viewport) -> QRectF:
    """Where the legend goes: bottom left, over the scale bar, where the steppe and the
    desert hold little to read."""
    metrics = QFontMetricsF(painter.font())
    row = metrics.height() + 4
    width = (
        max(
            metrics.horizontalAdvance(QCoreApplication.translate("MapLegend", text))
            for _, text in LEGEND_ROWS
        )
        + 48
    )
    height = row * len(LEGEND_ROWS) + 10
    return QRectF(10, view.height - 62 - height, width, height)


def legend_fits(painter: QPainter, view: Viewport) -> bool:
    """Whether the legend fits between the title and the scale bar, in less than half the
    width: on a small screen at a large scale it would cover the title and most of the map,
    so it is left out there, and comes back in a taller window."""
    box = legend_box(painter, view)
    title_bottom = 16 + QFontMetricsF(painter.font()).height() * 1.25
    return box.top() >= title_bottom and box.width() <= view.width / 2


def paint_legend(painter: QPainter, view: Viewport, colours: MapColours) -> None:
    metrics = QFontMetricsF(painter.font())
    row = metrics.height() + 4
    box = legend_box(painter, view)
    painter.setPen(_pen(colours.border, 1.0))
    painter.setBrush(colours.halo)
    painter.drawRect(box)
    for number, (kind, text) in enumerate(LEGEND_ROWS):
        top = box.top() + 5 + number * row
        swatch = QRectF(box.left() + 8, top + 2, 26, row - 6)
        power = kind.split("-")[0]
        if power in colours.powers:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.hatch(power, kind.endswith("territory")))
            painter.drawRect(swatch)
        else:
            y = swatch.center().y()
            ends = (QPointF(swatch.left(), y), QPointF(swatch.right(), y))
            if kind == "railway":
                painter.setPen(_pen(colours.powers["japan"], 3.0))
                painter.drawLine(ends[0], swatch.center())
                painter.setPen(_pen(colours.powers["russia"], 3.0))
                painter.drawLine(swatch.center(), ends[1])
            elif kind == "changed":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colours.changed_brush())
                painter.drawRect(swatch.adjusted(0, 0, -14, 0))
                painter.setPen(_pen(with_alpha(colours.changed, 170), 9.0))
                painter.drawLine(QPointF(swatch.right() - 10, y), ends[1])
                painter.setPen(_pen(colours.line, 2.0))
                painter.drawLine(QPointF(swatch.right() - 10, y), ends[1])
            elif kind == "border":
                painter.setPen(_pen(colours.border, 1.0, Qt.PenStyle.DashLine))
                painter.drawLine(*ends)
            else:
                painter.setPen(_pen(colours.line, 2.6, DASHES[kind]))
                painter.drawLine(*ends)
        painter.setPen(colours.text)
        shown = QCoreApplication.translate("MapLegend", text)
        painter.drawText(QPointF(swatch.right() + 8, top + metrics.ascent() + 2), shown)


def paint_texts(painter: QPainter, scene: Scene, view: Viewport, colours: MapColours) -> None:
    """The title (which agreement) top left, and the caption along the bottom."""
    font = QFont(painter.font())
    title_font = QFont(font)
    title_font.setBold(True)
    title_font.setPointSizeF(font.pointSizeF() * 1.25)
    painter.setFont(title_font)
    _label(
        painter,
        QPointF(12, 12 + QFontMetricsF(title_font).ascent()),
        scene.title,
        colours,
        colours.text,
    )
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    area = QRectF(
        200, view.height - 8 - metrics.height() * 2.2, view.width - 210, metrics.height() * 2.2
    )
    flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap
    used = painter.boundingRect(area, int(flags), scene.caption)
    painter.fillRect(used.adjusted(-3, -1, 3, 1), colours.halo)
    painter.setPen(colours.text)
    painter.drawText(area, int(flags), scene.caption)


def paint_marks(painter: QPainter, scene: Scene, view: Viewport, colours: MapColours) -> None:
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if scene.marker is not None:
        at = view.lonlat_to_device(*scene.marker)
        painter.setPen(_pen(colours.focus, 3.0))
        painter.drawEllipse(at, 9.0, 9.0)
    if scene.crosshair:
        centre = QPointF(view.width / 2, view.height / 2)
        painter.setPen(_pen(colours.text, 1.5))
        for dx, dy in ((1, 0), (0, 1)):
            painter.drawLine(centre - QPointF(12 * dx, 12 * dy), centre + QPointF(12 * dx, 12 * dy))


def paint_overlay(
    painter: QPainter, layers: BaseLayers, view: Viewport, colours: MapColours
) -> None:
    """The base geography except the land, on a transparent device: what lies over the
    areas (the sea, coasts, rivers, borders, and the margin beyond the map's extent).

    Painted once per view into a pixmap and kept: each sharp frame copies it and slips the
    areas and the land under it (paint_under), so the geography is not drawn again."""
    painter.fillRect(QRectF(0, 0, view.width, view.height), colours.outside)
    painter.save()
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
    painter.setTransform(view.transform())
    painter.fillRect(view.world_rect(), Qt.GlobalColor.transparent)
    painter.restore()
    paint_water_and_lines(painter, layers, view, colours)


def paint_under(painter: QPainter, scene: Scene, view: Viewport, colours: MapColours) -> None:
    """Onto a copy of the overlay: the areas, then the land colour, each under what is there."""
    painter.save()
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOver)
    paint_areas(painter, scene, colours)
    painter.fillRect(QRectF(0, 0, view.width, view.height), colours.land)
    painter.restore()


def paint_labels(painter: QPainter, scene: Scene, view: Viewport, colours: MapColours) -> None:
    """What depends only on the view, not on the step: names, the scale bar, the legend."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    legend = scene.legend and legend_fits(painter, view)
    covered = (legend_box(painter, view),) if legend else ()
    paint_places(painter, scene.places, view, colours, covered)
    paint_scale_bar(painter, view, colours)
    if legend:
        paint_legend(painter, view, colours)


def paint_map(  # noqa: PLR0917 (the painter, what, where, how, and two kept layers)
    painter: QPainter,
    layers: BaseLayers | None,
    scene: Scene,
    view: Viewport,
    colours: MapColours,
    labels: QPicture | None = None,
) -> None:
    """The whole map. With `layers` None the painter's device already holds the overlay
    (paint_overlay), and the areas and land go under it; `labels`, when given, is
    paint_labels recorded at this view."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if layers is None:
        paint_under(painter, scene, view, colours)
    else:
        paint_base(painter, layers, view, colours)
        paint_areas(painter, scene, colours)
        paint_water_and_lines(painter, layers, view, colours)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_lines(painter, scene, colours)
    if labels is None:
        paint_labels(painter, scene, view, colours)
    else:
        painter.drawPicture(0, 0, labels)
    paint_marks(painter, scene, view, colours)
    paint_texts(painter, scene, view, colours)

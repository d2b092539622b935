#include "memorybarchart.h"

#include "devicetablemodel.h"
#include "units.h"

#include <QAbstractProxyModel>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace vramscope {

namespace {

constexpr double GiB = double(Units::GibiByte);
// Between the widget's edge and the chart's card.
constexpr int CardMargin = 9;

quint64 bytesAt(const DeviceTableModel *model, int row, int column)
{
    return model->data(model->index(row, column)).toULongLong();
}

bool sameLabels(const MemoryBarLayout::Bar &a, const MemoryBarLayout::Bar &b)
{
    return a.label == b.label && a.description == b.description;
}

bool sameValues(const MemoryBarLayout::Bar &a, const MemoryBarLayout::Bar &b)
{
    if (a.total != b.total || a.parts.size() != b.parts.size())
        return false;
    for (int i = 0; i < a.parts.size(); ++i) {
        if (a.parts[i].bytes != b.parts[i].bytes || a.parts[i].tip != b.parts[i].tip)
            return false;
    }
    return true;
}

} // namespace

MemoryBarChart::MemoryBarChart(DeviceTableModel *model, QAbstractProxyModel *proxy, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(proxy), m_title(tr("Memory by GPU")),
      m_axisTitle(tr("GiB")), m_names{tr("Weights"),    tr("KV cache"),    tr("Graph"),
                                      tr("Not ollama"), tr("Unaccounted"), tr("Reserve"),
                                      tr("Free")},
      m_colors{QColor(0x25, 0x63, 0xeb), QColor(0x7c, 0x3a, 0xed), QColor(0xd9, 0x77, 0x06),
               QColor(0x47, 0x55, 0x69), QColor(0x94, 0x9b, 0xa6), QColor(0x9c, 0xa3, 0xaf),
               QColor(0xd1, 0xfa, 0xe5)},
      m_tips{{tr("The model's weights on this GPU, from the split"),
              tr("The model's KV cache on this GPU, from the split"),
              tr("The model's compute graph on this GPU, from the split"),
              tr("Memory other programs hold on this GPU, as the driver tells it"),
              tr("Used memory that neither ollama's models nor other programs account for: "
                 "the driver, drift, or what no source tells"),
              tr("Memory ollama sets aside on this GPU for the runtime itself"),
              tr("Free memory, less ollama's reserve")},
             tr("Used memory as the GPU reports it; without a split its parts are not known"),
             tr("Free memory once the model is loaded, less ollama's reserve"),
             tr("Not loaded yet: drawn out of free memory"),
             tr("Loading: drawn as far as the GPU's use has grown"),
             {tr("%1's weights on this GPU, from the server log"),
              tr("%1's KV cache on this GPU, from the server log"),
              tr("%1's compute graph on this GPU, from the server log")}}
{
    m_legend = legend();
    setAccessibleName(m_title);
    setMinimumSize(320, 200);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MemoryBarChart::refresh);
    connect(proxy, &QAbstractItemModel::dataChanged, this, &MemoryBarChart::scheduleRefresh);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &MemoryBarChart::scheduleRefresh);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &MemoryBarChart::scheduleRefresh);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &MemoryBarChart::scheduleRefresh);
    connect(proxy, &QAbstractItemModel::modelReset, this, &MemoryBarChart::scheduleRefresh);
    layOutFrame();
    refresh();
}

MemoryBarLayout::Fill MemoryBarChart::fillOf(Segment segment)
{
    return segment == Reserve ? MemoryBarLayout::Fill::Hatched : MemoryBarLayout::Fill::Solid;
}

void MemoryBarChart::scheduleRefresh()
{
    m_refreshTimer.start();
}

MemoryBarChart::Reading MemoryBarChart::readingOf(int row) const
{
    const DeviceInfo &device = m_model->device(row);
    Reading reading;
    reading.used = device.usedMemory();
    reading.models = residentModels(row, reading.used, &reading);
    reading.known =
        !reading.models.isEmpty() ||
        m_model->data(m_model->index(row, 0), DeviceTableModel::BreakdownKnownRole).toBool();
    if (!reading.models.isEmpty()) {
        // The log's real numbers of resident models; nothing is pending.
        for (const GpuOccupancy::ModelPart &model : std::as_const(reading.models)) {
            reading.split[0] += model.weights;
            reading.split[1] += model.kvCache;
            reading.split[2] += model.graph;
        }
    } else if (reading.known) {
        reading.split = {bytesAt(m_model, row, DeviceTableModel::ModelWeights),
                         bytesAt(m_model, row, DeviceTableModel::KvCache),
                         bytesAt(m_model, row, DeviceTableModel::ComputeGraph)};
    }
    auto [weights, cache, graph] = reading.split;
    const quint64 parts = weights + cache + graph;
    quint64 other = !reading.known ? reading.used
                    : !reading.models.isEmpty()
                        ? (reading.used > parts ? reading.used - parts : 0)
                        : bytesAt(m_model, row, DeviceTableModel::OtherUsed);
    // Of the rest, what other programs hold, as far as the drivers tell.
    const quint64 notOllama = qMin(
        other, m_occupancy ? m_occupancy->otherProcesses(m_model->rowKey(row)).value_or(0) : 0);
    other -= notOllama;
    reading.pending = reading.models.isEmpty() ? m_model->pendingBytes(row) : 0;
    // A resident model still filling its GPU: its parts are drawn filled
    // as far as the GPU's use has grown, so the bar never passes the total.
    if (reading.known && reading.models.isEmpty() && reading.pending == 0 && reading.used < parts) {
        reading.filling = true;
        const double filled = double(reading.used) / double(parts);
        weights = quint64(double(weights) * filled);
        cache = quint64(double(cache) * filled);
        graph = quint64(double(graph) * filled);
    }
    const quint64 freeLeft =
        device.freeMemory > reading.pending ? device.freeMemory - reading.pending : 0;
    const quint64 reserve = qMin(device.minimumMemory(), freeLeft);
    reading.bytes = {weights, cache, graph, notOllama, other, reserve, freeLeft - reserve};
    return reading;
}

QList<GpuOccupancy::ModelPart> MemoryBarChart::residentModels(int row, quint64 used,
                                                              Reading *reading) const
{
    if (!m_occupancy)
        return {};
    QList<GpuOccupancy::ModelPart> models = m_occupancy->models(m_model->rowKey(row));
    quint64 parts = 0;
    for (const GpuOccupancy::ModelPart &model : std::as_const(models))
        parts += model.total();
    // A model still loading: its parts fill as far as the GPU's use has grown.
    if (parts > used) {
        reading->filling = true;
        const double filled = double(used) / double(parts);
        for (GpuOccupancy::ModelPart &model : models) {
            model.weights = quint64(double(model.weights) * filled);
            model.kvCache = quint64(double(model.kvCache) * filled);
            model.graph = quint64(double(model.graph) * filled);
        }
    }
    return models;
}

QColor MemoryBarChart::colorOf(const QString &model) const
{
    // Hues apart from the generic segments' and from each other.
    static const std::array<QColor, 6> palette{QColor(0x1d, 0x4e, 0xd8), QColor(0x04, 0x78, 0x57),
                                               QColor(0xb4, 0x53, 0x09), QColor(0x7e, 0x22, 0xce),
                                               QColor(0x0e, 0x74, 0x90), QColor(0xbe, 0x12, 0x3c)};
    auto found = m_modelColors.constFind(model);
    if (found == m_modelColors.cend())
        found = m_modelColors.insert(model, int(m_modelColors.size()));
    return palette[size_t(*found) % palette.size()];
}

QList<MemoryBarLayout::LegendEntry> MemoryBarChart::legend() const
{
    QList<MemoryBarLayout::LegendEntry> entries;
    for (int segment = 0; segment < SegmentCount; ++segment)
        entries.append({m_names[segment], m_colors[segment], fillOf(Segment(segment))});
    // Then each resident model in its colour, in the order bars show them.
    QStringList models;
    for (int row = 0; m_occupancy && row < m_model->rowCount(); ++row) {
        for (const GpuOccupancy::ModelPart &part : m_occupancy->models(m_model->rowKey(row))) {
            if (!models.contains(part.model))
                models.append(part.model);
        }
    }
    for (const QString &model : std::as_const(models))
        entries.append({model, colorOf(model), MemoryBarLayout::Fill::Solid});
    return entries;
}

void MemoryBarChart::setOccupancy(GpuOccupancy *occupancy)
{
    m_occupancy = occupancy;
    connect(occupancy, &GpuOccupancy::changed, this, &MemoryBarChart::scheduleRefresh);
    scheduleRefresh();
}

QString MemoryBarChart::tipOf(Segment segment, const Reading &reading) const
{
    switch (segment) {
    case Weights:
    case KvCache:
    case Graph:
        if (reading.pending > 0)
            return m_tips.usual[segment] + u'\n' + m_tips.notResident;
        if (reading.filling)
            return m_tips.usual[segment] + u'\n' + m_tips.filling;
        break;
    case OtherUsed:
        if (!reading.known)
            return m_tips.usedUnknown;
        break;
    case Free:
        if (reading.pending > 0)
            return m_tips.freeAfterLoad;
        break;
    default:
        break;
    }
    return m_tips.usual[segment];
}

MemoryBarLayout::Bar MemoryBarChart::barOf(int row, const Reading &reading,
                                           const QString &label) const
{
    const DeviceInfo &device = m_model->device(row);
    MemoryBarLayout::Bar bar;
    bar.label = label;
    bar.description = device.description;
    bar.total = device.totalMemory;
    bar.parts.reserve(SegmentCount + 3 * reading.models.size());
    // Each resident model as a group: weights solid, KV lighter, graph darker.
    for (const GpuOccupancy::ModelPart &model : reading.models) {
        const QColor color = colorOf(model.model);
        const std::array<quint64, 3> bytes{model.weights, model.kvCache, model.graph};
        const std::array<QColor, 3> shades{color, color.lighter(150), color.darker(140)};
        for (int segment = Weights; segment <= Graph; ++segment) {
            bar.parts.append({segment, model.model + u" · " + m_names[segment], bytes[segment],
                              shades[segment], MemoryBarLayout::Fill::Solid,
                              m_tips.fromLog[size_t(segment)].arg(model.model)});
        }
    }
    for (int segment = reading.models.isEmpty() ? 0 : int(NotOllama); segment < SegmentCount;
         ++segment) {
        bar.parts.append({segment, m_names[segment], reading.bytes[segment], m_colors[segment],
                          fillOf(Segment(segment)), tipOf(Segment(segment), reading)});
    }
    return bar;
}

int MemoryBarChart::rowOfBar(int bar) const
{
    return m_proxy->mapToSource(m_proxy->index(bar, 0)).row();
}

void MemoryBarChart::layOutFrame()
{
    m_barLayout.setFrame(rect().adjusted(CardMargin, CardMargin, -CardMargin, -CardMargin), font(),
                         m_title, m_axisTitle, m_legend, m_bars);
    m_barLayout.placeBars(m_bars);
}

void MemoryBarChart::refresh()
{
    const int count = m_proxy->rowCount();
    // Labels differ across hosts (two CUDA0 get their host added).
    const QStringList labels = m_model->rowLabels();
    QList<MemoryBarLayout::Bar> bars;
    bars.reserve(count);
    QList<quint64> used;
    used.reserve(count);
    bool labelsKept = count == m_bars.size();
    bool valuesKept = labelsKept;
    for (int i = 0; i < count; ++i) {
        const int row = rowOfBar(i);
        const Reading reading = readingOf(row);
        bars.append(barOf(row, reading, labels.value(row)));
        used.append(reading.used);
        labelsKept = labelsKept && sameLabels(bars.last(), m_bars[i]);
        valuesKept = valuesKept && sameValues(bars.last(), m_bars[i]);
    }
    const QList<MemoryBarLayout::LegendEntry> entries = legend();
    const bool legendKept = entries.size() == m_legend.size() &&
                            std::equal(entries.cbegin(), entries.cend(), m_legend.cbegin(),
                                       [](const auto &a, const auto &b) {
                                           return a.label == b.label && a.color == b.color;
                                       });
    if (labelsKept && valuesKept && legendKept)
        return;
    m_bars = bars;
    m_legend = entries;
    if (labelsKept && legendKept)
        m_barLayout.placeBars(m_bars);
    else
        layOutFrame();
    QStringList sentences;
    for (int i = 0; i < count; ++i) {
        sentences.append(tr("%1: %2 of %3 used")
                             .arg(m_bars[i].label, Units::humanBytes2(used[i]),
                                  Units::humanBytes2(m_bars[i].total)));
    }
    setAccessibleDescription(sentences.join(QStringLiteral("; ")));
    update();
}

QList<qreal> MemoryBarChart::values(Segment segment) const
{
    QList<qreal> result;
    result.reserve(m_bars.size());
    for (const MemoryBarLayout::Bar &bar : m_bars) {
        quint64 bytes = 0;
        for (const MemoryBarLayout::Part &part : bar.parts) {
            if (part.segment == segment)
                bytes += part.bytes;
        }
        result.append(double(bytes) / GiB);
    }
    return result;
}

QStringList MemoryBarChart::categories() const
{
    QStringList names;
    names.reserve(m_bars.size());
    for (const MemoryBarLayout::Bar &bar : m_bars)
        names.append(bar.label + u'\n' + bar.description);
    return names;
}

QRect MemoryBarChart::segmentRect(int bar, Segment segment) const
{
    QRect united;
    if (bar < 0 || bar >= m_bars.size())
        return united;
    for (int part = 0; part < m_bars[bar].parts.size(); ++part) {
        if (m_bars[bar].parts[part].segment == segment)
            united |= m_barLayout.partRect(bar, part);
    }
    return united;
}

QRect MemoryBarChart::capacityRect(int bar) const
{
    return m_barLayout.capacityRect(bar);
}

bool MemoryBarChart::labelShown(int bar) const
{
    return m_barLayout.labelShown(bar);
}

QString MemoryBarChart::toolTipAt(const QPoint &point, QRect *area) const
{
    const MemoryBarLayout::Hit hit = m_barLayout.hitAt(point);
    if (hit.bar < 0 || hit.bar >= m_bars.size() || hit.bar >= m_proxy->rowCount())
        return QString();
    const MemoryBarLayout::Bar &bar = m_bars[hit.bar];
    // Worked out on hover rather than on every refresh: few bars are ever hovered.
    const int row = rowOfBar(hit.bar);
    const DeviceInfo &device = m_model->device(row);
    const Reading reading = readingOf(row);
    QStringList lines;
    *area = m_barLayout.rowRect(hit.bar);
    if (hit.part >= 0) {
        const MemoryBarLayout::Part &part = bar.parts[hit.part];
        lines << tr("%1: %2 (%3 bytes)")
                     .arg(part.label, Units::humanBytes2(part.bytes),
                          QLocale().toString(part.bytes))
              << part.tip;
        const QRect drawn = m_barLayout.partRect(hit.bar, hit.part);
        *area = QRect(drawn.left(), area->top(), drawn.width(), area->height());
    }
    lines << (device.description.isEmpty() ? bar.label : bar.label + u" — " + device.description)
          << tr("total %1, used %2, free %3")
                 .arg(Units::humanBytes2(device.totalMemory), Units::humanBytes2(reading.used),
                      Units::humanBytes2(device.freeMemory));
    if (reading.known) {
        lines << tr("weights %1, KV cache %2, graph %3")
                     .arg(Units::humanBytes2(reading.split[0]),
                          Units::humanBytes2(reading.split[1]),
                          Units::humanBytes2(reading.split[2]));
    }
    if (reading.pending > device.freeMemory) {
        lines << tr("does not fit: %1 short")
                     .arg(Units::humanBytes2(reading.pending - device.freeMemory));
    }
    return lines.join(u'\n');
}

bool MemoryBarChart::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    QRect area;
    const QString tip = toolTipAt(help->pos(), &area);
    if (tip.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
    } else {
        QToolTip::showText(help->globalPos(), tip, this, area);
    }
    return true;
}

void MemoryBarChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    m_barLayout.draw(&painter, palette());
}

void MemoryBarChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layOutFrame();
}

void MemoryBarChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        layOutFrame();
}

} // namespace vramscope

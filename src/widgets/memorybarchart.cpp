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
      m_axisTitle(tr("GiB")), m_names{tr("Weights"), tr("KV cache"), tr("Graph"),
                                      tr("Other"),   tr("Reserve"),  tr("Free")},
      m_colors{QColor(0x25, 0x63, 0xeb), QColor(0x7c, 0x3a, 0xed), QColor(0xd9, 0x77, 0x06),
               QColor(0x6b, 0x72, 0x80), QColor(0x9c, 0xa3, 0xaf), QColor(0xd1, 0xfa, 0xe5)},
      m_tips{{tr("The model's weights on this GPU, from the split"),
              tr("The model's KV cache on this GPU, from the split"),
              tr("The model's compute graph on this GPU, from the split"),
              tr("Used memory that is not this model's weights, KV cache or graph: other "
                 "processes, the driver"),
              tr("Memory ollama sets aside on this GPU for the runtime itself"),
              tr("Free memory, less ollama's reserve")},
             tr("Used memory as the GPU reports it; without a split its parts are not known"),
             tr("Free memory once the model is loaded, less ollama's reserve"),
             tr("Not loaded yet: drawn out of free memory"),
             tr("Loading: drawn as far as the GPU's use has grown")}
{
    for (int segment = 0; segment < SegmentCount; ++segment)
        m_legend.append({m_names[segment], m_colors[segment], fillOf(Segment(segment))});
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
    reading.known =
        m_model->data(m_model->index(row, 0), DeviceTableModel::BreakdownKnownRole).toBool();
    if (reading.known) {
        reading.split = {bytesAt(m_model, row, DeviceTableModel::ModelWeights),
                         bytesAt(m_model, row, DeviceTableModel::KvCache),
                         bytesAt(m_model, row, DeviceTableModel::ComputeGraph)};
    }
    auto [weights, cache, graph] = reading.split;
    const quint64 other =
        reading.known ? bytesAt(m_model, row, DeviceTableModel::OtherUsed) : reading.used;
    reading.pending = m_model->pendingBytes(row);
    // A resident model still filling its GPU: its parts are drawn filled
    // as far as the GPU's use has grown, so the bar never passes the total.
    const quint64 parts = weights + cache + graph;
    if (reading.known && reading.pending == 0 && reading.used < parts) {
        reading.filling = true;
        const double filled = double(reading.used) / double(parts);
        weights = quint64(double(weights) * filled);
        cache = quint64(double(cache) * filled);
        graph = quint64(double(graph) * filled);
    }
    const quint64 freeLeft =
        device.freeMemory > reading.pending ? device.freeMemory - reading.pending : 0;
    const quint64 reserve = qMin(device.minimumMemory(), freeLeft);
    reading.bytes = {weights, cache, graph, other, reserve, freeLeft - reserve};
    return reading;
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
    bar.parts.reserve(SegmentCount);
    for (int segment = 0; segment < SegmentCount; ++segment) {
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
    if (labelsKept && valuesKept)
        return;
    m_bars = bars;
    if (labelsKept)
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

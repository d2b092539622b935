#include "memorybarchart.h"

#include "devicetablemodel.h"
#include "units.h"

#include <QAbstractProxyModel>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

namespace vramscope {

namespace {

constexpr double GiB = 1024.0 * 1024.0 * 1024.0;
// Changed values in one segment past which all are set anew.
constexpr qsizetype ManyChanges = 4;

quint64 bytesAt(const DeviceTableModel *model, int row, int column)
{
    return model->data(model->index(row, column)).toULongLong();
}

} // namespace

MemoryBarChart::MemoryBarChart(DeviceTableModel *model, QAbstractProxyModel *proxy, QWidget *parent)
    : QChartView(new QChart, parent), m_model(model), m_proxy(proxy)
{
    QChart *chart = this->chart();
    chart->setTitle(tr("Memory by GPU"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);

    auto *series = new QHorizontalStackedBarSeries(chart);
    const std::array<QString, SegmentCount> names{tr("Weights"), tr("KV cache"), tr("Graph"),
                                                  tr("Other"),   tr("Reserve"),  tr("Free")};
    const std::array<QColor, SegmentCount> colors{
        QColor(0x25, 0x63, 0xeb), QColor(0x7c, 0x3a, 0xed), QColor(0xd9, 0x77, 0x06),
        QColor(0x6b, 0x72, 0x80), QColor(0x9c, 0xa3, 0xaf), QColor(0xd1, 0xfa, 0xe5)};
    for (int segment = 0; segment < SegmentCount; ++segment) {
        auto *set = new QBarSet(names[segment], series);
        set->setColor(colors[segment]);
        set->setBorderColor(colors[segment].darker(130));
        if (segment == Reserve)
            set->setBrush(QBrush(colors[segment], Qt::BDiagPattern));
        connect(set, &QBarSet::hovered, this,
                [this, set](bool status, int index) { showTip(status, index, set); });
        series->append(set);
        m_sets[segment] = set;
    }
    series->setBarWidth(0.6);
    chart->addSeries(series);

    m_categoryAxis = new QBarCategoryAxis(chart);
    m_valueAxis = new QValueAxis(chart);
    m_valueAxis->setTitleText(tr("GiB"));
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_categoryAxis, Qt::AlignLeft);
    chart->addAxis(m_valueAxis, Qt::AlignBottom);
    series->attachAxis(m_categoryAxis);
    series->attachAxis(m_valueAxis);

    setRenderHint(QPainter::Antialiasing, false);
    setMinimumSize(320, 200);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MemoryBarChart::refresh);
    connect(proxy, &QAbstractItemModel::dataChanged, this, &MemoryBarChart::scheduleRefresh);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &MemoryBarChart::scheduleRefresh);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &MemoryBarChart::scheduleRefresh);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &MemoryBarChart::scheduleRefresh);
    connect(proxy, &QAbstractItemModel::modelReset, this, &MemoryBarChart::scheduleRefresh);
    refresh();
}

void MemoryBarChart::scheduleRefresh()
{
    m_refreshTimer.start();
}

MemoryBarChart::Bar MemoryBarChart::barOf(int row) const
{
    const DeviceInfo &device = m_model->device(row);
    Bar bar;
    bar.used = device.usedMemory();
    bar.known =
        m_model->data(m_model->index(row, 0), DeviceTableModel::BreakdownKnownRole).toBool();
    quint64 weights = bar.known ? bytesAt(m_model, row, DeviceTableModel::ModelWeights) : 0;
    quint64 cache = bar.known ? bytesAt(m_model, row, DeviceTableModel::KvCache) : 0;
    quint64 graph = bar.known ? bytesAt(m_model, row, DeviceTableModel::ComputeGraph) : 0;
    const quint64 other = bar.known ? bytesAt(m_model, row, DeviceTableModel::OtherUsed) : bar.used;
    bar.pending = m_model->pendingBytes(row);
    // A resident model still filling its GPU: its parts are drawn filled
    // as far as the GPU's use has grown, so the bar never passes the total.
    const quint64 parts = weights + cache + graph;
    if (bar.known && bar.pending == 0 && bar.used < parts) {
        const double filled = double(bar.used) / double(parts);
        weights = quint64(double(weights) * filled);
        cache = quint64(double(cache) * filled);
        graph = quint64(double(graph) * filled);
    }
    const quint64 freeLeft = device.freeMemory > bar.pending ? device.freeMemory - bar.pending : 0;
    const quint64 reserve = qMin(device.minimumMemory(), freeLeft);
    bar.bytes = {weights, cache, graph, other, reserve, freeLeft - reserve};
    return bar;
}

int MemoryBarChart::rowOfBar(int bar) const
{
    const int proxyRow = m_proxy->rowCount() - 1 - bar;
    return m_proxy->mapToSource(m_proxy->index(proxyRow, 0)).row();
}

void MemoryBarChart::refresh()
{
    const int count = m_proxy->rowCount();
    // Horizontal bars are drawn bottom-up: reverse so the first row is on top.
    std::array<QList<qreal>, SegmentCount> values;
    // Categories must differ, or the axis drops a bar's label.
    const QStringList labels = m_model->rowLabels();
    QStringList names;
    double maximum = 1.0;
    for (int bar = 0; bar < count; ++bar) {
        const int row = rowOfBar(bar);
        const DeviceInfo &device = m_model->device(row);
        const Bar bytes = barOf(row);
        for (int segment = 0; segment < SegmentCount; ++segment)
            values[segment].append(double(bytes.bytes[segment]) / GiB);
        names.append(labels.value(row) + u'\n' + device.description);
        maximum = qMax(maximum, double(device.totalMemory) / GiB);
        maximum = qMax(maximum, double(bytes.used + bytes.pending) / GiB);
    }

    for (int segment = 0; segment < SegmentCount; ++segment) {
        QBarSet *set = m_sets[segment];
        const QList<qreal> &wanted = values[segment];
        QList<int> changed;
        for (int i = 0; i < qMin(set->count(), count); ++i) {
            if (set->at(i) != wanted[i])
                changed.append(i);
        }
        // Each replace() lays out every bar of the chart again; past a few
        // changes, swapping all values at once costs two layouts instead.
        if (changed.size() > ManyChanges) {
            set->remove(0, set->count());
            set->append(wanted);
            continue;
        }
        if (set->count() > count)
            set->remove(count, set->count() - count);
        for (int i : std::as_const(changed))
            set->replace(i, wanted[i]);
        if (set->count() < count)
            set->append(wanted.mid(set->count()));
    }
    if (m_categoryAxis->categories() != names)
        m_categoryAxis->setCategories(names);
    const double top = std::ceil(maximum);
    if (m_valueAxis->min() != 0.0 || m_valueAxis->max() != top)
        m_valueAxis->setRange(0.0, top);
}

QList<qreal> MemoryBarChart::values(Segment segment) const
{
    QList<qreal> result;
    for (int i = 0; i < m_sets[segment]->count(); ++i)
        result.append(m_sets[segment]->at(i));
    // Stored bottom-up; report in the table's order.
    std::reverse(result.begin(), result.end());
    return result;
}

QStringList MemoryBarChart::categories() const
{
    QStringList names = m_categoryAxis->categories();
    std::reverse(names.begin(), names.end());
    return names;
}

void MemoryBarChart::showTip(bool status, int index, QBarSet *set)
{
    if (!status || index < 0 || index >= set->count() || index >= m_proxy->rowCount()) {
        QToolTip::hideText();
        return;
    }
    // Worked out on hover rather than on every refresh: few bars are ever hovered.
    const int row = rowOfBar(index);
    const DeviceInfo &device = m_model->device(row);
    const Bar bar = barOf(row);
    QString tip = set->label() + u": " + QString::number(set->at(index), 'f', 2) + u" GiB\n" +
                  device.name + u" — " + device.description + u'\n' +
                  tr("total %1, used %2, free %3")
                      .arg(Units::humanBytes2(device.totalMemory), Units::humanBytes2(bar.used),
                           Units::humanBytes2(device.freeMemory));
    if (bar.known) {
        tip += u'\n' + tr("weights %1, KV cache %2, graph %3")
                           .arg(Units::humanBytes2(bar.bytes[Weights]),
                                Units::humanBytes2(bar.bytes[KvCache]),
                                Units::humanBytes2(bar.bytes[Graph]));
    }
    if (bar.pending > device.freeMemory)
        tip +=
            u'\n' +
            tr("does not fit: %1 short").arg(Units::humanBytes2(bar.pending - device.freeMemory));
    QToolTip::showText(QCursor::pos(), tip);
}

} // namespace vramscope

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

void MemoryBarChart::refresh()
{
    const int count = m_proxy->rowCount();
    // Horizontal bars are drawn bottom-up: reverse so the first row is on top.
    std::array<QList<qreal>, SegmentCount> values;
    QStringList names;
    m_tips.clear();
    double maximum = 1.0;
    for (int proxyRow = count - 1; proxyRow >= 0; --proxyRow) {
        const int row = m_proxy->mapToSource(m_proxy->index(proxyRow, 0)).row();
        const DeviceInfo device = m_model->device(row);
        const quint64 used = bytesAt(m_model, row, DeviceTableModel::Used);
        const bool known =
            m_model->data(m_model->index(row, 0), DeviceTableModel::BreakdownKnownRole).toBool();
        quint64 weights = known ? bytesAt(m_model, row, DeviceTableModel::ModelWeights) : 0;
        quint64 cache = known ? bytesAt(m_model, row, DeviceTableModel::KvCache) : 0;
        quint64 graph = known ? bytesAt(m_model, row, DeviceTableModel::ComputeGraph) : 0;
        const quint64 other = known ? bytesAt(m_model, row, DeviceTableModel::OtherUsed) : used;
        const quint64 pending = m_model->pendingBytes(row);
        // A resident model still filling its GPU: its parts are drawn filled
        // as far as the GPU's use has grown, so the bar never passes the total.
        const quint64 parts = weights + cache + graph;
        if (known && pending == 0 && used < parts) {
            const double filled = double(used) / double(parts);
            weights = quint64(double(weights) * filled);
            cache = quint64(double(cache) * filled);
            graph = quint64(double(graph) * filled);
        }
        const quint64 freeLeft = device.freeMemory > pending ? device.freeMemory - pending : 0;
        const quint64 reserve = qMin(device.minimumMemory(), freeLeft);
        const quint64 free = freeLeft - reserve;

        const std::array<quint64, SegmentCount> bytes{weights, cache, graph, other, reserve, free};
        for (int segment = 0; segment < SegmentCount; ++segment)
            values[segment].append(double(bytes[segment]) / GiB);
        names.append(device.name + u'\n' + device.description);
        maximum = qMax(maximum, double(device.totalMemory) / GiB);
        maximum = qMax(maximum, double(used + pending) / GiB);

        QString tip = device.name + u" — " + device.description + u'\n' +
                      tr("total %1, used %2, free %3")
                          .arg(Units::humanBytes2(device.totalMemory), Units::humanBytes2(used),
                               Units::humanBytes2(device.freeMemory));
        if (known) {
            tip += u'\n' + tr("weights %1, KV cache %2, graph %3")
                               .arg(Units::humanBytes2(weights), Units::humanBytes2(cache),
                                    Units::humanBytes2(graph));
        }
        if (pending > device.freeMemory)
            tip +=
                u'\n' +
                tr("does not fit: %1 short").arg(Units::humanBytes2(pending - device.freeMemory));
        m_tips.append(tip);
    }

    for (int segment = 0; segment < SegmentCount; ++segment) {
        QBarSet *set = m_sets[segment];
        if (set->count() > count)
            set->remove(count, set->count() - count);
        while (set->count() < count)
            set->append(0.0);
        for (int i = 0; i < count; ++i)
            set->replace(i, values[segment][i]);
    }
    if (m_categoryAxis->categories() != names)
        m_categoryAxis->setCategories(names);
    m_valueAxis->setRange(0.0, std::ceil(maximum));
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
    if (!status || index < 0 || index >= m_tips.size()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), set->label() + u": " +
                                           QString::number(set->at(index), 'f', 2) + u" GiB\n" +
                                           m_tips[index]);
}

} // namespace vramscope

#include "modeltableproxy.h"

#include "modeltablemodel.h"
#include "runningmodeltext.h"
#include "units.h"

#include <QLocale>

namespace vramscope {

ModelTableProxy::ModelTableProxy(QObject *parent)
    : QIdentityProxyModel(parent), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    // "4 minutes from now" moves on by itself, between polls too.
    connect(&m_untilTimer, &QTimer::timeout, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, ModelTableModel::Until),
                             index(rowCount() - 1, ModelTableModel::Until), {Qt::DisplayRole});
    });
    m_untilTimer.start(UntilTick);
}

QString ModelTableProxy::stateText(ModelRunner::State state)
{
    switch (state) {
    case ModelRunner::State::Loading:
        return tr("loading");
    case ModelRunner::State::Ready:
        return tr("ready");
    case ModelRunner::State::Busy:
        return tr("busy");
    case ModelRunner::State::Unknown:
        break;
    }
    return QString();
}

QVariant ModelTableProxy::data(const QModelIndex &index, int role) const
{
    const QVariant raw = QIdentityProxyModel::data(index, Qt::DisplayRole);
    const auto column = ModelTableModel::Column(index.column());
    if (role == Qt::ToolTipRole) {
        if (column == ModelTableModel::Size || column == ModelTableModel::OnGpu)
            return QString(QLocale().toString(raw.toULongLong()) + u" bytes");
        if (column == ModelTableModel::Until && raw.toDateTime().isValid())
            return QLocale().toString(raw.toDateTime().toLocalTime(), QLocale::LongFormat);
        return QIdentityProxyModel::data(index, role);
    }
    if (role == Qt::TextAlignmentRole) {
        if (column == ModelTableModel::Size || column == ModelTableModel::OnGpu ||
            column == ModelTableModel::Context || column == ModelTableModel::Pid)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QIdentityProxyModel::data(index, role);
    }
    if (role != Qt::DisplayRole)
        return QIdentityProxyModel::data(index, role);
    // A runner no server lists has no sizes, context or expiry to show.
    const bool fromServer =
        QIdentityProxyModel::data(index, ModelTableModel::ListedByServerRole).toBool();
    switch (column) {
    case ModelTableModel::Size:
    case ModelTableModel::OnGpu:
        return fromServer ? Units::humanBytes(raw.toULongLong()) : QString();
    case ModelTableModel::Context:
        return fromServer ? raw : QVariant(QString());
    case ModelTableModel::Until:
        return fromServer ? RunningModelText::until(raw.toDateTime(), m_clock()) : QString();
    case ModelTableModel::Pid:
        return raw.toLongLong() == 0 ? QVariant(QString()) : raw;
    case ModelTableModel::State:
        return stateText(ModelRunner::State(raw.toInt()));
    default:
        return raw;
    }
}

} // namespace vramscope

#include "modeltablemodel.h"

#include "runningmodeltext.h"
#include "units.h"

#include <QFileInfo>

namespace vramscope {

ModelTableModel::ModelTableModel(QObject *parent) : KeyedTableModel<LoadedModelRow>(parent) {}

int ModelTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModelTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const LoadedModelRow &row = m_rows.at(index.row());
    if (role == DigestRole)
        return row.digest;
    if (role == RowKeyRole)
        return row.key;
    if (role == ListedByServerRole)
        return row.listedByServer;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return QVariant();
    switch (Column(index.column())) {
    case Name:
        return row.name;
    case Size:
        return row.size;
    case OnGpu:
        return row.sizeVram;
    case Processor:
        // Without the server's sizes (a runner alone) there is nothing to say.
        return row.listedByServer ? RunningModelText::processor(row.size, row.sizeVram) : QString();
    case Context:
        return row.contextLength;
    case Until:
        return row.expiresAt;
    case RunnerEndpoint:
        return row.endpoint;
    case Pid:
        return row.pid;
    case State:
        return QVariant::fromValue(int(row.state));
    case Gpus:
        return sharesText(row.shares);
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant ModelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Size:
        return tr("Size");
    case OnGpu:
        return tr("On GPU");
    case Processor:
        return tr("Processor");
    case Context:
        return tr("Context");
    case Until:
        return tr("Until");
    case RunnerEndpoint:
        return tr("Runner");
    case Pid:
        return tr("PID");
    case State:
        return tr("State");
    case Gpus:
        return tr("On each GPU (log)");
    case ColumnCount:
        break;
    }
    return QVariant();
}

void ModelTableModel::setServerModels(const QList<RunningModel> &models)
{
    m_serverModels = models;
    mergeRows(desiredRows());
}

void ModelTableModel::setRunners(const QList<ModelRunner> &runners)
{
    m_runners = runners;
    mergeRows(desiredRows());
}

void ModelTableModel::setLoggedLoads(const QList<LoggedLoad> &loads)
{
    if (loads == m_loggedLoads)
        return;
    m_loggedLoads = loads;
    mergeRows(desiredRows());
}

QString ModelTableModel::sharesText(const QList<ModelLoadShare> &shares)
{
    QStringList parts;
    for (const ModelLoadShare &share : shares) {
        const QString bytes = Units::humanBytes2(quint64(qMax<qint64>(0, share.total().bytes)));
        parts.append(share.layers >= 0
                         ? tr("%1: %n layer(s), %2", nullptr, share.layers).arg(share.device, bytes)
                         : share.device + u": " + bytes);
    }
    return parts.join(QStringLiteral(" · "));
}

int ModelTableModel::rowOfKey(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].key == key)
            return i;
    }
    return -1;
}

QList<LoadedModelRow> ModelTableModel::desiredRows() const
{
    QList<LoadedModelRow> rows;
    QSet<QString> keys;
    for (const RunningModel &model : m_serverModels) {
        LoadedModelRow row;
        row.key = u"digest:" + model.digest;
        if (keys.contains(row.key))
            continue; // one row per model, as the server means it
        keys.insert(row.key);
        row.name = model.name;
        row.digest = model.digest;
        row.size = model.size;
        row.sizeVram = model.sizeVram;
        row.contextLength = model.contextLength;
        row.expiresAt = model.expiresAt;
        row.listedByServer = true;
        rows.append(row);
    }
    for (const ModelRunner &runner : m_runners) {
        const QString key = runner.modelDigest.isEmpty() ? u"runner:" + runner.endpoint.toString()
                                                         : u"digest:" + runner.modelDigest;
        auto it = std::find_if(rows.begin(), rows.end(),
                               [&key](const LoadedModelRow &row) { return row.key == key; });
        if (it == rows.end()) {
            // A runner whose model the server does not (or not yet) list.
            LoadedModelRow row;
            row.key = key;
            row.digest = runner.modelDigest;
            row.name = QFileInfo(runner.modelPath).fileName();
            rows.append(row);
            it = rows.end() - 1;
        }
        it->endpoint = runner.endpoint.toString();
        it->pid = runner.pid;
        it->state = runner.state;
    }
    for (const LoggedLoad &load : m_loggedLoads) {
        // The same model by its digest, else the runner on the log's port.
        const QString port = u':' + QString::number(load.port);
        auto it = std::find_if(rows.begin(), rows.end(), [&](const LoadedModelRow &row) {
            return (!load.modelDigest.isEmpty() && row.digest == load.modelDigest) ||
                   (load.port > 0 && row.endpoint.endsWith(port));
        });
        if (it == rows.end()) {
            LoadedModelRow row;
            row.key = u"log:" + QString::number(load.id);
            row.name = load.name;
            row.digest = load.modelDigest;
            rows.append(row);
            it = rows.end() - 1;
        }
        if (it->shares.isEmpty())
            it->shares = load.shares;
    }
    return rows;
}

} // namespace vramscope

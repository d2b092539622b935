#include "processtablemodel.h"

#include "ollamaprocessscan.h"

#include <algorithm>

namespace vramscope {

ProcessTableModel::ProcessTableModel(QObject *parent) : KeyedTableModel<ProcessRow>(parent) {}

int ProcessTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProcessTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProcessRow &row = m_rows[index.row()];
    if (role == Qt::ToolTipRole && index.column() == OllamaSays && !row.digest.isEmpty())
        return m_serverModels.contains(row.digest)
                   ? tr("What the ollama server says %1 holds on all GPUs together (/api/ps "
                        "size_vram); the GPU memory beside it is this process on this GPU")
                         .arg(modelOf(row))
                   : tr("No watched ollama server lists this runner's model");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Gpu:
        return row.gpu;
    case Pid:
        return row.pid;
    case Model:
        return modelOf(row);
    case Memory:
        return row.memory ? QVariant(qulonglong(*row.memory)) : QVariant();
    case OllamaSays: {
        // Nothing to say of other programs; unknown for a runner no server lists.
        if (row.digest.isEmpty())
            return QString();
        const auto model = m_serverModels.constFind(row.digest);
        return model == m_serverModels.cend() ? QVariant() : QVariant(qulonglong(model->sizeVram));
    }
    case Command:
        return row.command;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ProcessTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyedTableModel<ProcessRow>::headerData(section, orientation, role);
    switch (Column(section)) {
    case Gpu:
        return tr("GPU");
    case Pid:
        return tr("PID");
    case Model:
        return tr("Model");
    case Memory:
        return tr("GPU memory");
    case OllamaSays:
        return tr("ollama says");
    case Command:
        return tr("Command");
    case ColumnCount:
        break;
    }
    return {};
}

void ProcessTableModel::setGpus(const QString &source, const QList<NativeGpu> &gpus)
{
    QList<ProcessRow> rows;
    for (const NativeGpu &gpu : gpus) {
        const QString label = u"GPU" + QString::number(gpu.index) +
                              (gpu.name.isEmpty() ? QString() : u" \u00b7 " + gpu.name);
        for (const NativeProcess &process : gpu.processes) {
            ProcessRow row;
            row.key = source + u'|' + gpu.pciId + u'|' +
                      QStringLiteral("%1").arg(process.pid, 10, 10, QLatin1Char('0'));
            row.gpu = label;
            row.pciId = gpu.pciId;
            row.pid = process.pid;
            row.memory = process.usedMemory;
            row.command = process.command;
            // A runner's command names its model's blob (--model .../sha256-<hex>).
            const QList<QByteArray> arguments = process.command.toLocal8Bit().split(' ');
            if (const std::optional<OllamaProcess> runner = OllamaProcessScan::classify(arguments))
                row.digest = runner->blobDigest;
            rows.append(row);
        }
    }
    m_bySource.insert(source, rows);
    merge();
}

void ProcessTableModel::removeSource(const QString &source)
{
    if (m_bySource.remove(source) > 0)
        merge();
}

void ProcessTableModel::setModelNames(const QHash<QString, QString> &names)
{
    if (names == m_modelNames)
        return;
    m_modelNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Model), index(rowCount() - 1, Model));
}

void ProcessTableModel::setServerModels(const QHash<QString, ServerModel> &models)
{
    if (models == m_serverModels)
        return;
    m_serverModels = models;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Model), index(rowCount() - 1, OllamaSays));
}

QString ProcessTableModel::modelOf(const ProcessRow &row) const
{
    if (row.digest.isEmpty())
        return QString();
    const auto listed = m_serverModels.constFind(row.digest);
    if (listed != m_serverModels.cend())
        return listed->name;
    return m_modelNames.value(row.digest, u"sha256-" + row.digest.left(12));
}

void ProcessTableModel::merge()
{
    QList<ProcessRow> desired;
    for (const QList<ProcessRow> &rows : std::as_const(m_bySource))
        desired.append(rows);
    // New rows arrive in key order: by source, GPU and pid.
    std::sort(desired.begin(), desired.end(),
              [](const ProcessRow &a, const ProcessRow &b) { return a.key < b.key; });
    mergeRows(desired);
}

} // namespace vramscope

#pragma once

#include "keyedtablemodel.h"
#include "nativegpu.h"

#include <QHash>

namespace vramscope {

// One process on one GPU, as a row of the Processes table.
struct ProcessRow
{
    QString key; // source, PCI address, pid
    QString gpu;
    QString pciId; // the GPU's
    quint32 pid = 0;
    QString digest; // the runner's model blob; empty for other programs
    std::optional<quint64> memory;
    QString command;

    friend bool operator==(const ProcessRow &, const ProcessRow &) = default;
};

// Every process that holds memory on a GPU, one row per GPU and process, as
// the native probes see them; ollama's runners named by their model. Raw
// values (bytes as quint64, unknown memory as an invalid QVariant); a proxy
// formats them. Each update merges by key, so selection and scroll stay.
class ProcessTableModel : public KeyedTableModel<ProcessRow>
{
    Q_OBJECT

public:
    enum Column
    {
        Gpu, // "GPU0 · NVIDIA GeForce RTX 4090"
        Pid,
        Model,      // the ollama model a runner serves; empty for other programs
        Memory,     // bytes on this GPU; invalid when the driver cannot say
        OllamaSays, // a runner's model on all GPUs, as /api/ps says; invalid when not known
        Command,    // the command line
        ColumnCount
    };

    // A loaded model as a watched ollama server lists it.
    struct ServerModel
    {
        QString name;
        quint64 sizeVram = 0; // /api/ps: on all GPUs together

        friend bool operator==(const ServerModel &, const ServerModel &) = default;
    };

    explicit ProcessTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // What one source's probe round saw; replaces that source's rows.
    void setGpus(const QString &source, const QList<NativeGpu> &gpus);
    void removeSource(const QString &source);
    // Blob digests (hex) to model names ("llama3.2:3b"), from the stores.
    void setModelNames(const QHash<QString, QString> &names);
    // Blob digests to the models the watched servers have loaded: their
    // names come first, and what they hold is shown beside the process's.
    void setServerModels(const QHash<QString, ServerModel> &models);

    ProcessRow row(int row) const { return m_rows.value(row); }

private:
    void merge();
    QString modelOf(const ProcessRow &row) const;

    QHash<QString, QList<ProcessRow>> m_bySource;
    QHash<QString, QString> m_modelNames;
    QHash<QString, ServerModel> m_serverModels;
};

} // namespace vramscope

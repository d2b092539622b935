#pragma once

#include "keyedtablemodel.h"
#include "modelloadshare.h"
#include "modelrunner.h"
#include "runningmodel.h"

namespace vramscope {

// The row of one loaded model: what the ollama server lists and what its
// runner says, merged by the model's digest.
struct LoadedModelRow
{
    QString key; // "digest:<hex>", or "runner:<endpoint>" for a runner no server lists
    QString name;
    QString digest;
    quint64 size = 0;
    quint64 sizeVram = 0;
    int contextLength = 0;
    QDateTime expiresAt;
    QString endpoint; // the runner's; empty while none is known
    qint64 pid = 0;   // the runner's; 0 while none is known
    ModelRunner::State state = ModelRunner::State::Unknown;
    bool listedByServer = false;  // size, context and expiry come from /api/ps
    QList<ModelLoadShare> shares; // per GPU, from the server log; empty when no log tells

    friend bool operator==(const LoadedModelRow &, const LoadedModelRow &) = default;
};

// One row per loaded model, from the ollama server's /api/ps and from the
// runners found on this machine: a model seen by both is one row (matched
// by digest), in the server's order, then runners no server lists. Holds
// raw values (bytes as quint64, the expiry as a QDateTime, the state as
// ModelRunner::State); ModelTableProxy writes them as `ollama ps` does.
// Each update merges by key: no reset, one ranged dataChanged per span.
class ModelTableModel : public KeyedTableModel<LoadedModelRow>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Size,
        OnGpu,     // size_vram
        Processor, // "100% GPU", "48%/52% CPU/GPU", as `ollama ps`
        Context,
        Until,          // expires_at
        RunnerEndpoint, // "127.0.0.1:36183"
        Pid,
        State,
        Gpus, // "CUDA0: 17 layers, 9.1 GiB · CUDA1: ...", from the server log
        ColumnCount
    };

    enum Role
    {
        DigestRole = Qt::UserRole + 1, // QString: the model's digest
        RowKeyRole,                    // QString: stable identity of the row
        ListedByServerRole,            // bool: sizes, context and expiry are known
    };

    explicit ModelTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // What the server's /api/ps lists now.
    void setServerModels(const QList<RunningModel> &models);
    // The runners found now, with their states.
    void setRunners(const QList<ModelRunner> &runners);

    // A resident model's load as the server log tells it.
    struct LoggedLoad
    {
        quint64 id = 0;      // the load's, for the row of a model nothing else lists
        QString modelDigest; // the /api/ps digest when a server names the blob; else empty
        int port = 0;        // its runner's port; 0 when the log did not say
        QString name;        // the model's name, or its blob's short digest
        QList<ModelLoadShare> shares;

        friend bool operator==(const LoggedLoad &, const LoggedLoad &) = default;
    };
    // The resident loads the server log tells of.
    void setLoggedLoads(const QList<LoggedLoad> &loads);

    // "CUDA0: 17 layers, 9.1 GiB · CUDA1: 12.0 GiB".
    static QString sharesText(const QList<ModelLoadShare> &shares);

    LoadedModelRow row(int row) const { return m_rows.value(row); }
    int rowOfKey(const QString &key) const;

private:
    QList<LoadedModelRow> desiredRows() const;

    QList<RunningModel> m_serverModels;
    QList<ModelRunner> m_runners;
    QList<LoggedLoad> m_loggedLoads;
};

} // namespace vramscope

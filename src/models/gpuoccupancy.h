#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace vramscope {

// Who holds a GPU's used memory beside what the device table says: each
// resident model's weights, KV cache and graph as the server log tells
// them, and what processes that are not ollama's hold, as the drivers tell
// it. Keyed by the device table's row key ("pci:0000:01:00.0").
class GpuOccupancy : public QObject
{
    Q_OBJECT

public:
    // One resident model's part of one GPU.
    struct ModelPart
    {
        QString model; // "qwen3:14b"
        quint64 weights = 0;
        quint64 kvCache = 0;
        quint64 graph = 0;

        quint64 total() const { return weights + kvCache + graph; }
        friend bool operator==(const ModelPart &, const ModelPart &) = default;
    };

    using QObject::QObject;

    // Replaces every GPU's resident models.
    void setModels(const QHash<QString, QList<ModelPart>> &byGpu);
    // Replaces what other programs hold, per GPU; a GPU left out is not known.
    void setOtherProcesses(const QHash<QString, quint64> &byGpu);

    QList<ModelPart> models(const QString &gpu) const { return m_models.value(gpu); }
    // Bytes held by processes that are not ollama's; nothing when not known.
    std::optional<quint64> otherProcesses(const QString &gpu) const;

signals:
    void changed();

private:
    QHash<QString, QList<ModelPart>> m_models;
    QHash<QString, quint64> m_otherProcesses;
};

} // namespace vramscope

#pragma once

#include <QHashFunctions>
#include <QString>

namespace vramscope {

// Who a source is: its kind ("runner", later "ollama", "nvml", "log", ...)
// and where it reads from (HOST:PORT, a path). Everything about a source,
// in the poller and in every model, is keyed by this.
struct SourceId
{
    QString kind;
    QString address;

    bool isValid() const { return !kind.isEmpty() && !address.isEmpty(); }
    // "runner 127.0.0.1:8080": stable, for keys and settings.
    QString key() const { return kind + u' ' + address; }

    friend bool operator==(const SourceId &, const SourceId &) = default;
    friend size_t qHash(const SourceId &id, size_t seed = 0)
    {
        return qHashMulti(seed, id.kind, id.address);
    }
};

} // namespace vramscope

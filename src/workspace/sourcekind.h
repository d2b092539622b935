#pragma once

#include "sourceid.h"

#include <QString>

#include <memory>
#include <optional>

namespace vramscope {

class PollSource;

// One kind of source (a runner, later the ollama server, a probe, a log):
// how people name it, how its address is written and checked, and how a
// source of the kind is made. Adding a kind is a subclass of this and one
// line in SourceRegistry; the poller, the models and the window take it
// from there.
class SourceKind
{
public:
    virtual ~SourceKind() = default;

    // The kind in SourceId and in the settings ("runner").
    virtual QString id() const = 0;
    // For people, translated ("ollama runner").
    virtual QString displayName() const = 0;
    // What to type, for the add dialog ("HOST:PORT of a runner, ...").
    virtual QString addressHint() const = 0;

    // Checks what a user typed (or the settings hold). On success the
    // address in its one canonical spelling, so that the same source is
    // never watched twice; on failure nothing, with *error saying why.
    virtual std::optional<QString> parseAddress(const QString &text, bool allowRemote,
                                                QString *error) const = 0;
    // A source for a canonical address from parseAddress().
    virtual std::unique_ptr<PollSource> create(const QString &address) const = 0;

    SourceId idFor(const QString &address) const { return {id(), address}; }
};

} // namespace vramscope

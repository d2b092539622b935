#pragma once

#include <QString>

namespace vramscope {

// A source the user added, as it is kept between sessions.
struct SavedSource
{
    QString kind;    // SourceKind::id()
    QString address; // as the kind writes it
    bool allowRemote = false;
    int intervalMs = 0; // zero: the default interval

    friend bool operator==(const SavedSource &, const SavedSource &) = default;
};

} // namespace vramscope

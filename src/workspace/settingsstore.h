#pragma once

#include "savedsource.h"

#include <QByteArray>
#include <QList>

namespace vramscope {

// What vramscope keeps between sessions (QSettings): the sources the user
// added and the window's layout. Sources found on the machine and the
// demo's are never kept: their ports change every time.
class SettingsStore
{
public:
    enum class Mode
    {
        ReadWrite,
        // --fresh: starts from nothing and leaves what is saved untouched.
        Ignore,
    };

    explicit SettingsStore(Mode mode = Mode::ReadWrite) : m_mode(mode) {}

    Mode mode() const { return m_mode; }

    // Earlier versions kept runners as "endpoints"; they are read as such.
    QList<SavedSource> sources() const;
    void setSources(const QList<SavedSource> &sources) const;

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray &geometry, const QByteArray &state) const;

private:
    Mode m_mode;
};

} // namespace vramscope

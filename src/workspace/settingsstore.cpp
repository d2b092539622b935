#include "settingsstore.h"

#include <QSettings>

namespace vramscope {

namespace {

const QString SourcesKey = QStringLiteral("sources");
const QString OldEndpointsKey = QStringLiteral("endpoints");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");

} // namespace

QList<SavedSource> SettingsStore::sources() const
{
    QList<SavedSource> result;
    if (m_mode == Mode::Ignore)
        return result;
    QSettings settings;
    const bool old =
        !settings.contains(SourcesKey + u"/size") && settings.contains(OldEndpointsKey + u"/size");
    const int count = settings.beginReadArray(old ? OldEndpointsKey : SourcesKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        SavedSource source;
        source.kind =
            old ? QStringLiteral("runner") : settings.value(QStringLiteral("kind")).toString();
        source.address = settings.value(QStringLiteral("address")).toString();
        source.allowRemote = settings.value(QStringLiteral("allowRemote")).toBool();
        source.intervalMs = settings.value(QStringLiteral("intervalMs"), 0).toInt();
        result.append(source);
    }
    settings.endArray();
    return result;
}

void SettingsStore::setSources(const QList<SavedSource> &sources) const
{
    if (m_mode == Mode::Ignore)
        return;
    QSettings settings;
    settings.remove(OldEndpointsKey);
    settings.remove(SourcesKey);
    settings.beginWriteArray(SourcesKey, int(sources.size()));
    for (int i = 0; i < sources.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("kind"), sources[i].kind);
        settings.setValue(QStringLiteral("address"), sources[i].address);
        settings.setValue(QStringLiteral("allowRemote"), sources[i].allowRemote);
        settings.setValue(QStringLiteral("intervalMs"), sources[i].intervalMs);
    }
    settings.endArray();
}

QByteArray SettingsStore::windowGeometry() const
{
    return m_mode == Mode::Ignore ? QByteArray() : QSettings().value(GeometryKey).toByteArray();
}

QByteArray SettingsStore::windowState() const
{
    return m_mode == Mode::Ignore ? QByteArray() : QSettings().value(StateKey).toByteArray();
}

void SettingsStore::setWindow(const QByteArray &geometry, const QByteArray &state) const
{
    if (m_mode == Mode::Ignore)
        return;
    QSettings settings;
    settings.setValue(GeometryKey, geometry);
    settings.setValue(StateKey, state);
}

} // namespace vramscope

#pragma once

#include <QDateTime>
#include <QIdentityProxyModel>
#include <QTimer>

#include "modelrunner.h"

#include <chrono>

#include <functional>

namespace vramscope {

// The Models table as `ollama ps` writes it: sizes in ollama's decimal
// units ("4.7 GB"), the expiry relative to now ("4 minutes from now",
// "Forever"), the state as a word, no PID or runner while none is known.
// Exact bytes and the expiry's time in tooltips.
class ModelTableProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    // The Until column is refreshed at this pace.
    static constexpr std::chrono::milliseconds UntilTick{1000};

    explicit ModelTableProxy(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // "loading", "ready", "busy", translated; empty while unknown.
    static QString stateText(ModelRunner::State state);

    // The clock the Until column counts from; tests fix it.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    std::function<QDateTime()> m_clock;
    QTimer m_untilTimer;
};

} // namespace vramscope

#pragma once

#include "httpresponder.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace vramscope {

class FakeRunner;

// The ollama server in front of simulated runners: GET /api/version,
// GET /api/ps (the runners' models from the start of their load until
// they expire, sorted by expires_at descending as ollama sorts them),
// GET /api/tags (every runner's model) and POST /api/show {"model": NAME}.
// Its faults are those of its first runner: they share one scenario and
// clock, and a fault set by hand on every instance reaches it too.
class FakeOllamaServer : public QObject, public HttpResponder
{
    Q_OBJECT

public:
    FakeOllamaServer(const QString &version, const QList<FakeRunner *> &runners,
                     QObject *parent = nullptr);

    HttpResponse answer(const HttpRequest &request) override;
    std::optional<Fault> faultFor(const QString &path) const override;

private:
    HttpResponse show(const QByteArray &body) const;

    QString m_version;
    QList<QPointer<FakeRunner>> m_runners;
};

} // namespace vramscope

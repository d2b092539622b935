#pragma once

#include "command.h"

#include <QHostAddress>

namespace vramscope {

// `vramscope serve`: the window's workspace without the window, exported
// over HTTP for Prometheus (GET /metrics) and for windows on other machines
// (GET /api/snapshot). Loopback unless --allow-remote, and then only with a
// bearer token read from a file.
class ServeCommand : public Command
{
public:
    static constexpr quint16 DefaultPort = 9877;

    QString name() const override;
    QString summary() const override;

    // "127.0.0.1:9877", "[::1]:9877", "localhost:9877", "0.0.0.0:9877";
    // port 0 picks a free one. Nothing, with *error, otherwise.
    static std::optional<QPair<QHostAddress, quint16>> parseListen(const QString &text,
                                                                   QString *error);
    // The token in the file: one line of visible characters. Nothing, with
    // *error, when the file is missing, empty, or others may read it.
    static std::optional<QByteArray> readToken(const QString &path, QString *error);

protected:
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace vramscope

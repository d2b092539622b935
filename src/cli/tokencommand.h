#pragma once

#include "command.h"

namespace vramscope {

// `vramscope token set|remove HOST:PORT [--from FILE] [--no-keychain]`: keeps
// the bearer token of another machine's `vramscope serve` where the window's
// vramscope host source looks for it: the platform keychain, else (no
// keychain here, or --no-keychain) the tokens file only its owner may read.
// The token comes from standard input or --from, never from the command
// line, and is never printed.
class TokenCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) const override;
    int maxPositionalArguments() const override { return 2; }
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    int set(const QString &address, const QCommandLineParser &parser, QTextStream &out,
            QTextStream &err);
    int remove(const QString &address, const QCommandLineParser &parser, QTextStream &out,
               QTextStream &err);
};

} // namespace vramscope

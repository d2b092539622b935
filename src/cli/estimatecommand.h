#pragma once

#include "command.h"

namespace vramscope {

struct ModelEstimate;

// `vramscope estimate MODEL|FILE`: the memory a model needs per layer,
// estimated from its GGUF header.
class EstimateCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) const override;
    int maxPositionalArguments() const override { return 1; }
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    static void printText(QTextStream &out, const QString &path, const ModelEstimate &estimate);
    static QJsonObject toJson(const QString &path, const ModelEstimate &estimate);
};

} // namespace vramscope

#include "modelscommand.h"

#include "modelstore.h"
#include "texttable.h"
#include "units.h"
#include "wireformat.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace vramscope {

QString ModelsCommand::name() const
{
    return QStringLiteral("models");
}

QString ModelsCommand::summary() const
{
    return QStringLiteral("List the models in ollama's store, with size and quantization.");
}

void ModelsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("models-dir"),
                      QStringLiteral("The ollama model store (default: OLLAMA_MODELS, else "
                                     "~/.ollama/models and /usr/share/ollama/.ollama/models)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
}

int ModelsCommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    QStringList roots = ModelStore::defaultRoots();
    if (parser.isSet(QStringLiteral("models-dir"))) {
        const QString root = parser.value(QStringLiteral("models-dir"));
        if (!QDir(root).exists())
            return badInput(err, root + u": no such directory");
        roots = {root};
    }
    QList<StoredModel> models;
    QStringList searched;
    for (const QString &root : std::as_const(roots)) {
        if (!QDir(root).exists())
            continue;
        searched.append(root);
        models += ModelStore(root).models();
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const StoredModel &model : std::as_const(models)) {
            QJsonObject entry;
            entry.insert(QLatin1StringView("name"), model.name);
            entry.insert(QLatin1StringView("size"), WireFormat::bytesValue(model.size));
            entry.insert(QLatin1StringView("quantization"), model.quantization);
            entry.insert(QLatin1StringView("architecture"), model.architecture);
            entry.insert(QLatin1StringView("digest"), model.digest);
            entry.insert(QLatin1StringView("blob"), model.blobPath);
            entry.insert(QLatin1StringView("manifest"), model.manifestPath);
            entry.insert(QLatin1StringView("problem"),
                         model.problem.isEmpty() ? QJsonValue() : QJsonValue(model.problem));
            list.append(entry);
        }
        QJsonObject result;
        result.insert(QLatin1StringView("stores"), QJsonArray::fromStringList(searched));
        result.insert(QLatin1StringView("models"), list);
        printJson(out, result);
        return Success;
    }
    if (searched.isEmpty()) {
        out << "no model store found (looked in " << roots.join(QStringLiteral(", ")) << ")\n";
        return Success;
    }
    if (models.isEmpty()) {
        out << "no models in " << searched.join(QStringLiteral(", ")) << '\n';
        return Success;
    }
    using Align = TextTable::Align;
    TextTable table({QStringLiteral("NAME"), QStringLiteral("SIZE"), QStringLiteral("QUANTIZATION"),
                     QStringLiteral("ARCHITECTURE"), QStringLiteral("ID")},
                    {Align::Left, Align::Right, Align::Left, Align::Left, Align::Left});
    QStringList problems;
    for (const StoredModel &model : std::as_const(models)) {
        // ollama list shows the first 12 hex digits of the digest as the ID.
        table.addRow(
            {model.name,
             model.blobPath.isEmpty() ? QStringLiteral("-") : Units::humanBytes2(model.size),
             model.quantization.isEmpty() ? QStringLiteral("-") : model.quantization,
             model.architecture.isEmpty() ? QStringLiteral("-") : model.architecture,
             model.digest.isEmpty() ? QStringLiteral("-") : model.digest.left(12)});
        if (!model.problem.isEmpty())
            problems.append(model.name + u": " + model.problem);
    }
    table.print(out);
    for (const QString &problem : std::as_const(problems))
        out << problem << '\n';
    return Success;
}

} // namespace vramscope

// Reading GET /api/ps and merging it into the Models table: the cost per
// poll. Each reader runs beside a baseline that only parses the same body
// with QJsonDocument, so the ratio survives a noisy machine.
#include "modeltablemodel.h"
#include "wireformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

using namespace vramscope;

namespace {

QList<RunningModel> models(int count)
{
    QList<RunningModel> list;
    const QDateTime start(QDate(2026, 6, 3), QTime(10, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        RunningModel model;
        model.name = QStringLiteral("model-%1:latest").arg(i);
        model.model = model.name;
        model.digest = QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0'));
        model.size = 4920000000ULL + quint64(i);
        model.sizeVram = 3690000000ULL;
        model.contextLength = 4096;
        model.expiresAt = start.addSecs(300 + i);
        model.details.format = QStringLiteral("gguf");
        model.details.family = QStringLiteral("llama");
        model.details.families = {QStringLiteral("llama")};
        model.details.parameterSize = QStringLiteral("8.0B");
        model.details.quantizationLevel = QStringLiteral("Q4_K_M");
        list.append(model);
    }
    return list;
}

QByteArray psBody(int count)
{
    QJsonArray list;
    for (const RunningModel &model : models(count))
        list.append(WireFormat::toJson(model));
    QJsonObject root;
    root.insert(QLatin1StringView("models"), list);
    return WireFormat::toBytes(root);
}

void parseOnly(benchmark::State &state)
{
    const QByteArray body = psBody(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(QJsonDocument::fromJson(body));
}

void readRunningModels(benchmark::State &state)
{
    const QByteArray body = psBody(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(WireFormat::readRunningModels(body, nullptr));
}

// One poll's merge: every model's expiry moved by a second (ollama moves it
// after each request), so every row changes.
void mergeModels(benchmark::State &state)
{
    const int count = int(state.range(0));
    QList<RunningModel> now = models(count);
    ModelTableModel table;
    table.setServerModels(now);
    for (auto _ : state) {
        for (RunningModel &model : now)
            model.expiresAt = model.expiresAt.addSecs(1);
        table.setServerModels(now);
    }
}

} // namespace

BENCHMARK(parseOnly)->Arg(1)->Arg(16)->Arg(256);
BENCHMARK(readRunningModels)->Arg(1)->Arg(16)->Arg(256);
BENCHMARK(mergeModels)->Arg(1)->Arg(16)->Arg(256);
BENCHMARK_MAIN();

#include "llamacppline.h"

#include "decimaltext.h"
#include "units.h"

namespace vramscope {

namespace {

constexpr qint64 MiB = qint64(Units::MebiByte);

QString text(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

// "<BUFFER> <kind> buffer size = <float> MiB"; the buffer name is padded in
// front, and lines such as "llama_kv_cache: size = ..." do not match.
std::optional<LlamaCppLine> bufferLine(QByteArrayView rest)
{
    const qsizetype marker = rest.indexOf(" buffer size = ");
    const QByteArrayView names = rest.first(marker).trimmed();
    const qsizetype space = names.lastIndexOf(' ');
    if (space <= 0)
        return std::nullopt;
    const QByteArrayView name = names.first(space).trimmed();
    if (name.contains(' '))
        return std::nullopt;
    const std::optional<LoggedBytes> size =
        LoggedBytes::fromMebiBytes(rest.sliced(marker + 15).chopped(4).trimmed());
    if (!size)
        return std::nullopt;
    const QByteArrayView kind = names.sliced(space + 1);
    ModelLoad::Share probe;
    if (!LlamaCppLine::shareField(probe, kind))
        return std::nullopt;
    LlamaCppLine line;
    line.kind = LlamaCppLine::Kind::Buffer;
    line.buffer = name.toByteArray();
    line.bufferKind = kind.toByteArray();
    line.size = *size;
    return line;
}

} // namespace

std::optional<LlamaCppLine> LlamaCppLine::parseOffloaded(QByteArrayView rest)
{
    if (!rest.endsWith(" layers to GPU"))
        return std::nullopt;
    const QByteArrayView counts = rest.sliced(10).chopped(14);
    const qsizetype slash = counts.indexOf('/');
    if (slash < 0)
        return std::nullopt;
    const std::optional<int> offloaded = DecimalText::smallInteger(counts.first(slash));
    const std::optional<int> total = DecimalText::smallInteger(counts.sliced(slash + 1));
    if (!offloaded || !total || *offloaded > *total)
        return std::nullopt;
    LlamaCppLine line;
    line.kind = LlamaCppLine::Kind::Offloaded;
    line.layersOffloaded = *offloaded;
    line.layersTotal = *total;
    return line;
}

namespace {

// "using device CUDA0 (NVIDIA GeForce RTX 4060 Ti) (0000:01:00.0) - 15221 MiB free"
std::optional<LlamaCppLine> usingDeviceLine(QByteArrayView rest)
{
    const qsizetype dash = rest.lastIndexOf(" - ");
    if (dash < 0 || !rest.endsWith(" MiB free"))
        return std::nullopt;
    const std::optional<LoggedBytes> free =
        LoggedBytes::fromMebiBytes(rest.sliced(dash + 3).chopped(9));
    const QByteArrayView device = rest.sliced(13, dash - 13);
    const qsizetype open = device.indexOf(" (");
    const qsizetype close = device.indexOf(')');
    if (!free || open <= 0)
        return std::nullopt;
    LlamaCppLine line;
    line.kind = LlamaCppLine::Kind::UsingDevice;
    line.usingDevice = {text(device.first(open)),
                        close > open ? text(device.sliced(open + 2, close - open - 2)) : QString(),
                        *free};
    return line;
}

std::optional<LlamaCppLine> fit(QByteArrayView rest)
{
    LlamaCppLine line;
    if (rest.startsWith("projected to use ")) {
        // "projected to use 5983 MiB of device memory vs. 11111 MiB of free device memory"
        const qsizetype vs = rest.indexOf(" MiB of device memory vs. ");
        if (vs < 0 || !rest.endsWith(" MiB of free device memory"))
            return std::nullopt;
        const auto projected = LoggedBytes::fromMebiBytes(rest.sliced(17, vs - 17));
        const auto free = LoggedBytes::fromMebiBytes(rest.sliced(vs + 26).chopped(26));
        if (!projected || !free)
            return std::nullopt;
        line.kind = LlamaCppLine::Kind::FitProjection;
        line.projected = *projected;
        line.free = *free;
        return line;
    }
    if (!rest.startsWith("- "))
        return std::nullopt;
    // "- ROCm0 (AMD Radeon RX 6700 XT): 25 layers ( 5 overflowing),  11065 MiB used,   1036 MiB
    // free"
    const qsizetype colon = rest.lastIndexOf("): ");
    const qsizetype open = rest.indexOf(" (");
    if (colon < 0 || open < 0 || open > colon || !rest.endsWith(" MiB free"))
        return std::nullopt;
    const QByteArrayView figures = rest.sliced(colon + 3);
    const std::optional<QList<qint64>> numbers = DecimalText::integersIn(figures);
    const bool overflowing = figures.contains("overflowing");
    if (!numbers || numbers->size() != (overflowing ? 4 : 3) || numbers->first() > 1000000)
        return std::nullopt;
    ModelLoad::FitDevice &device = line.fitDevice;
    device.name = text(rest.sliced(2, open - 2));
    device.description = text(rest.sliced(open + 2, colon - open - 2));
    device.layers = int(numbers->at(0));
    device.overflowing = overflowing ? int(qMin<qint64>(numbers->at(1), 1000000)) : 0;
    const qint64 usedMiB = numbers->at(overflowing ? 2 : 1);
    const qint64 freeMiB = numbers->last();
    if (usedMiB > LoggedBytes::MaxBytes / MiB || freeMiB > LoggedBytes::MaxBytes / MiB)
        return std::nullopt;
    device.used = LoggedBytes{usedMiB * MiB, true};
    device.free = LoggedBytes{freeMiB * MiB, true};
    line.kind = LlamaCppLine::Kind::FitDevice;
    return line;
}

std::optional<LlamaCppLine> breakdown(QByteArrayView rest)
{
    // "|   - CUDA0 (RTX 4090)   | 24077 =  945 + (19187 = 17904 +     384 +     898) +        3945
    // |"
    // "|   - Host               |                  1113 =  1044 +       0 +      69 |"
    if (!rest.startsWith('|') || !rest.endsWith('|'))
        return std::nullopt;
    const QByteArrayView inner = rest.sliced(1).chopped(1);
    const qsizetype bar = inner.indexOf('|');
    if (bar < 0)
        return std::nullopt;
    LlamaCppLine line;
    const QByteArrayView label = inner.first(bar).trimmed();
    if (!label.startsWith("- ")) {
        if (!label.startsWith("memory breakdown"))
            return std::nullopt;
        line.kind = LlamaCppLine::Kind::BreakdownHeader;
        return line;
    }
    QByteArrayView name = label.sliced(2).trimmed();
    if (const qsizetype open = name.indexOf(" ("); open > 0)
        name = name.first(open);
    const std::optional<QList<qint64>> numbers = DecimalText::integersIn(inner.sliced(bar + 1));
    if (!numbers || (numbers->size() != 7 && numbers->size() != 4) || name.isEmpty())
        return std::nullopt;
    ModelLoad::BreakdownRow &row = line.breakdownRow;
    row.name = text(name);
    const QList<qint64> &n = *numbers;
    if (n.size() == 7) {
        row.totalMiB = n[0];
        row.freeMiB = n[1];
        row.selfMiB = n[2];
        row.modelMiB = n[3];
        row.contextMiB = n[4];
        row.computeMiB = n[5];
        row.unaccountedMiB = n[6];
    } else {
        row.selfMiB = n[0];
        row.modelMiB = n[1];
        row.contextMiB = n[2];
        row.computeMiB = n[3];
    }
    line.kind = LlamaCppLine::Kind::BreakdownRow;
    return line;
}

} // namespace

bool LlamaCppLine::isHostBuffer(QByteArrayView buffer)
{
    return buffer == "CPU" || buffer == "BLAS" || buffer.startsWith("CPU_") ||
           buffer.endsWith("_Host");
}

QByteArrayView LlamaCppLine::deviceOfBuffer(QByteArrayView buffer)
{
    for (const QByteArrayView suffix :
         {QByteArrayView("_Mapped"), QByteArrayView("_REPACK"), QByteArrayView("_Private")}) {
        if (buffer.endsWith(suffix) && buffer.size() > suffix.size())
            return buffer.chopped(suffix.size());
    }
    return buffer;
}

LoggedBytes *LlamaCppLine::shareField(ModelLoad::Share &share, QByteArrayView kind)
{
    if (kind == "model")
        return &share.weights;
    if (kind == "KV" || kind == "RS")
        return &share.kvCache;
    if (kind == "compute")
        return &share.graph;
    if (kind == "output")
        return &share.other;
    return nullptr;
}

std::optional<LlamaCppLine> LlamaCppLine::parse(QByteArrayView body)
{
    // "<function>: <text>"; the function is one identifier.
    const qsizetype colon = body.indexOf(": ");
    if (colon <= 0 || colon > 64)
        return std::nullopt;
    const QByteArrayView function = body.first(colon);
    if (function.contains(' '))
        return std::nullopt;
    const QByteArrayView rest = body.sliced(colon + 2).trimmed();
    std::optional<LlamaCppLine> line;
    if (rest.endsWith(" MiB") && rest.contains(" buffer size = ")) {
        line = bufferLine(rest);
    } else if (rest.startsWith("offloaded ")) {
        line = parseOffloaded(rest);
    } else if (rest.startsWith("using device ")) {
        line = usingDeviceLine(rest);
    } else if (rest.startsWith("creating") && rest.contains("SWA KV cache")) {
        line = LlamaCppLine{};
        line->kind = Kind::CacheSection;
        line->cacheSection = rest.contains("non-SWA") ? 1 : 2;
    } else if (function.endsWith("_fit_impl")) {
        line = fit(rest);
    } else if (function.endsWith("memory_breakdown_print")) {
        line = breakdown(rest);
    }
    if (line)
        line->function = function.toByteArray();
    return line;
}

} // namespace vramscope

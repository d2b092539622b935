#include "drmfdinfo.h"

#include "nativegpu.h"
#include "units.h"

#include <array>

namespace vramscope {

namespace {

// Key families for device memory, best first; "vram mem" is matched whole.
constexpr std::array<QByteArrayView, 4> MemoryFamilies = {
    QByteArrayView("drm-memory-vram"), QByteArrayView("drm-total-vram"),
    QByteArrayView("drm-total-local"), QByteArrayView("vram mem")};

// The region's suffix after a family: "" or a number ("0", "1"), nothing else
// (so drm-total-vram-foo is not vram).
bool isRegionSuffix(QByteArrayView suffix)
{
    for (char c : suffix) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

std::optional<quint64> parseUnsigned(QByteArrayView digits)
{
    if (digits.isEmpty() || digits.size() > 20)
        return std::nullopt;
    bool ok = false;
    const quint64 value = digits.toULongLong(&ok, 10);
    if (!ok || digits.front() == '+' || digits.front() == '-')
        return std::nullopt;
    return value;
}

} // namespace

std::optional<quint64> DrmFdInfo::parseMemoryValue(QByteArrayView value)
{
    value = value.trimmed();
    const qsizetype space = value.indexOf(' ');
    const QByteArrayView digits = space < 0 ? value : value.first(space);
    const QByteArrayView unit = space < 0 ? QByteArrayView() : value.sliced(space + 1).trimmed();
    const std::optional<quint64> number = parseUnsigned(digits);
    if (!number)
        return std::nullopt;
    quint64 scale = 1;
    if (unit == "KiB" || unit == "kB") // the old amdgpu form's kB means KiB
        scale = Units::KibiByte;
    else if (unit == "MiB")
        scale = Units::MebiByte;
    else if (unit == "GiB")
        scale = Units::GibiByte;
    else if (!unit.isEmpty())
        return std::nullopt;
    quint64 bytes = 0;
    if (qMulOverflow(*number, scale, &bytes))
        return std::nullopt;
    return bytes;
}

DrmFdInfo DrmFdInfo::parse(QByteArrayView text)
{
    DrmFdInfo info;
    std::array<std::optional<quint64>, MemoryFamilies.size()> families;
    std::array<bool, MemoryFamilies.size()> malformed{};
    std::optional<quint64> pasid;
    while (!text.isEmpty()) {
        const qsizetype end = text.indexOf('\n');
        const QByteArrayView line = end < 0 ? text : text.first(end);
        text = end < 0 ? QByteArrayView() : text.sliced(end + 1);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArrayView key = line.first(colon).trimmed();
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (key == "drm-driver") {
            info.driver = QString::fromUtf8(value);
        } else if (key == "drm-pdev" || key == "pdev") {
            info.pciId = NativeGpu::normalizedPciId(QString::fromLatin1(value));
        } else if (key == "drm-client-id") {
            info.clientId = parseUnsigned(value);
        } else if (key == "pasid") {
            pasid = parseUnsigned(value);
        } else {
            for (size_t i = 0; i < MemoryFamilies.size(); ++i) {
                const QByteArrayView family = MemoryFamilies[i];
                const bool whole = family == "vram mem";
                if (whole ? key != family
                          : !key.startsWith(family) || !isRegionSuffix(key.sliced(family.size())))
                    continue;
                const std::optional<quint64> bytes = parseMemoryValue(value);
                quint64 sum = 0;
                if (!bytes || qAddOverflow(families[i].value_or(0), *bytes, &sum))
                    malformed[i] = true;
                else
                    families[i] = sum;
                break;
            }
        }
    }
    if (!info.clientId && info.driver.isEmpty())
        info.clientId = pasid;
    for (size_t i = 0; i < MemoryFamilies.size(); ++i) {
        if (families[i] || malformed[i]) {
            if (!malformed[i])
                info.vramBytes = families[i];
            break;
        }
    }
    return info;
}

} // namespace vramscope

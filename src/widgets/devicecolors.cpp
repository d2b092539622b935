#include "devicecolors.h"

#include "layersplit.h"

#include <array>

namespace vramscope::DeviceColors {

namespace {

// Tableau's palette without its red and grey, plus two that stay apart.
constexpr std::array<QRgb, 10> Palette{0x4e79a7, 0xf28e2b, 0x59a14f, 0xb07aa1, 0x76b7b2,
                                       0xedc948, 0xff9da7, 0x9c755f, 0x2f4b7c, 0x8cd17d};
constexpr QRgb Cpu = 0xa0a0a0;

} // namespace

QColor color(int device)
{
    if (device < 0)
        return QColor(Cpu);
    return QColor(Palette[size_t(device) % Palette.size()]);
}

QColor cacheColor(int device)
{
    return color(device).lighter(135);
}

QColor graphColor(int device)
{
    return color(device).darker(150);
}

QBrush cpuHatch()
{
    return QBrush(QColor(Cpu).darker(130), Qt::BDiagPattern);
}

QColor textOn(const QColor &background)
{
    return background.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

QColor shortColor()
{
    return QColor(0xd62728);
}

QColor swapColor()
{
    return QColor(0xe08a00);
}

} // namespace vramscope::DeviceColors

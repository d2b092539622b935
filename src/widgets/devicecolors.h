#pragma once

#include <QBrush>
#include <QColor>

// The colours that tie a device's layers in the strip to its row and bar.
namespace vramscope::DeviceColors {

// A device's colour by its index; LayerSplit::Cpu gets the CPU's grey.
// Red is left out: it means "does not fit".
QColor color(int device);
// What a part of a bar is drawn in: weights in the device's colour, cache
// lighter, graph darker.
QColor cacheColor(int device);
QColor graphColor(int device);
// Layers left on the CPU: grey, hatched.
QBrush cpuHatch();
// Black or white, whichever reads on the colour.
QColor textOn(const QColor &background);
// "Does not fit".
QColor shortColor();
// "Fits only with swap".
QColor swapColor();

} // namespace vramscope::DeviceColors

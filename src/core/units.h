#pragma once

#include <QString>
#include <QtGlobal>

namespace vramscope::Units {

inline constexpr quint64 KibiByte = 1024;
inline constexpr quint64 MebiByte = 1024 * KibiByte;
inline constexpr quint64 GibiByte = 1024 * MebiByte;

// ollama's format.HumanBytes2: binary units with one decimal ("1.5 GiB"),
// plain bytes below 1 KiB ("512 B").
QString humanBytes2(quint64 bytes);

} // namespace vramscope::Units

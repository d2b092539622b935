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

// ollama's format.HumanBytes, in decimal units as `ollama ps` prints sizes:
// from 10 on the value is truncated ("13 GB"), an exact whole value has no
// decimal ("2 GB"), else one ("2.5 GB"); plain bytes below 1 kB ("512 B").
QString humanBytes(quint64 bytes);

} // namespace vramscope::Units

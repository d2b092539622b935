#pragma once

#include <QByteArrayView>
#include <QList>

#include <optional>

// Decimal numbers in log text, read without locale or sign.
namespace vramscope::DecimalText {

// The decimal integers in text, in order ("( 5 overflowing),  11065 MiB"
// -> 5, 11065); nothing when a number overflows or there are more than 16.
std::optional<QList<qint64>> integersIn(QByteArrayView text);

// Text that is only digits, at most nine of them; nothing otherwise.
std::optional<int> smallInteger(QByteArrayView text);

} // namespace vramscope::DecimalText

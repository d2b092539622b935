#include "decimaltext.h"

#include <limits>

namespace vramscope::DecimalText {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

std::optional<QList<qint64>> integersIn(QByteArrayView text)
{
    QList<qint64> numbers;
    qsizetype at = 0;
    while (at < text.size()) {
        if (!isDigit(text[at])) {
            ++at;
            continue;
        }
        qint64 value = 0;
        while (at < text.size() && isDigit(text[at])) {
            if (value > (std::numeric_limits<qint64>::max() - 9) / 10)
                return std::nullopt;
            value = value * 10 + (text[at] - '0');
            ++at;
        }
        if (numbers.size() == 16)
            return std::nullopt;
        numbers.append(value);
    }
    return numbers;
}

std::optional<int> smallInteger(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 9)
        return std::nullopt;
    int value = 0;
    for (const char c : text) {
        if (!isDigit(c))
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace vramscope::DecimalText

#pragma once

#include <QList>
#include <QString>

namespace vramscope {

// One tensor of a GGUF file as its header describes it; bytes come from
// ggml's type table (GgmlType), elements from the product of the dimensions.
struct GgufTensorInfo
{
    QString name;
    QList<quint64> dimensions;
    quint32 type = 0;   // a ggml_type id
    quint64 offset = 0; // from the start of the data section
    quint64 elements = 0;
    quint64 bytes = 0;
};

} // namespace vramscope

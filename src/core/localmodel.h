#pragma once

#include "modeldetails.h"

#include <QDateTime>

namespace vramscope {

// One model in the store as GET /api/tags lists it.
struct LocalModel
{
    QString name;
    QString model;
    QDateTime modifiedAt;
    quint64 size = 0; // bytes on disk
    QString digest;   // of the manifest, hex
    ModelDetails details;
    QStringList capabilities;

    friend bool operator==(const LocalModel &, const LocalModel &) = default;
};

} // namespace vramscope

#pragma once

#include <QList>
#include <QString>

#include <optional>

// Layer sets as people type them: "0-19, 25, 30-31".
namespace vramscope::LayerRanges {

// Sorted runs joined by ", ": "0-19, 25"; "" for no layers.
QString format(QList<int> layers);
// As a plan's table shows a device's layers: "0-19, 25 (21)"; "-" for none.
QString withCount(const QList<int> &layers);

// Parses "0-19, 25" (spaces optional, ranges inclusive, any order) into
// sorted layers. A layer named twice, a reversed range, a negative number or
// a layer at or past layerCount (when layerCount >= 0) is an error.
std::optional<QList<int>> parse(const QString &text, int layerCount, QString *error);

} // namespace vramscope::LayerRanges

#pragma once

#include "backendmemory.h"
#include "deviceinfo.h"
#include "gpulayerslist.h"
#include "layoutsettings.h"
#include "measuresettings.h"
#include "systeminfo.h"
#include "units.h"

#include <QCoreApplication>

#include <optional>

namespace vramscope {

// A layer plan on disk: the devices, the memory report, the system's
// memory, the split and the settings, as JSON. Opening also takes what a
// user has at hand to start from: an /info body, a BackendMemory, a /load
// answer.
class PlanFile
{
    Q_DECLARE_TR_FUNCTIONS(PlanFile)

public:
    // What an opened file held; all but Plan fill only their own part.
    enum class Kind
    {
        Plan,
        Devices,   // an /info body: devices
        Memory,    // a BackendMemory: memory
        FitAnswer, // a /load answer (LoadResponse): memory
    };

    static constexpr int Version = 1;
    // Plans are a few hundred KiB at most; anything far larger is not one.
    static constexpr qint64 MaxFileSize = 64 * Units::MebiByte;

    Kind kind = Kind::Plan;
    QString endpoint; // where the devices came from, for people
    QList<DeviceInfo> devices;
    std::optional<BackendMemory> memory;
    SystemInfo system;
    int layerCount = 0;
    GpuLayersList split;
    LayoutSettings layout;
    MeasureSettings fit;

    QByteArray toJson() const;
    // A plan is checked whole: its split must name its devices and stay
    // within its layers. On failure returns nothing and sets *error.
    static std::optional<PlanFile> fromJson(const QByteArray &bytes, QString *error);

    // Writes through QSaveFile: until the new file is complete and synced,
    // the old one stays as it was, whatever happens to the process.
    bool save(const QString &path, QString *error) const;
    static std::optional<PlanFile> open(const QString &path, QString *error);

    friend bool operator==(const PlanFile &, const PlanFile &) = default;
};

} // namespace vramscope

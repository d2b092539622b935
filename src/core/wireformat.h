#pragma once

#include "backendmemory.h"
#include "deviceinfo.h"
#include "gpulayerslist.h"
#include "llamaserverprops.h"
#include "llamaserverslot.h"
#include "loadrequest.h"
#include "loadresponse.h"
#include "localmodel.h"
#include "modelfacts.h"
#include "ollamaversion.h"
#include "runnerhealth.h"
#include "runningmodel.h"
#include "systeminfo.h"
#include "wireerror.h"

#include <QJsonObject>

#include <optional>

// ollama's JSON, read and written exactly as its Go structs encode it:
// field names as Go writes them, omitted or null fields are zero, byte
// counts are exact integers up to INT64_MAX. A reader returns nothing and
// fills *error (what and where) on the first value it cannot take.
namespace vramscope::WireFormat {

std::optional<QList<DeviceInfo>> readDeviceInfoList(const QByteArray &body, WireError *error);
std::optional<BackendMemory> readBackendMemory(const QByteArray &body, WireError *error);
std::optional<GpuLayersList> readGpuLayersList(const QByteArray &body, WireError *error);
std::optional<SystemInfo> readSystemInfo(const QByteArray &body, WireError *error);
std::optional<LoadRequest> readLoadRequest(const QByteArray &body, WireError *error);
std::optional<LoadResponse> readLoadResponse(const QByteArray &body, WireError *error);
std::optional<RunnerHealth> readRunnerHealth(const QByteArray &body, WireError *error);

// The ollama server's API and llama-server's endpoints. Their fields are
// always written, so a missing one is an error, as is a size_vram above
// size or a version that does not parse.
std::optional<OllamaVersion> readOllamaVersion(const QByteArray &body,
                                               WireError *error); // /api/version
std::optional<QList<RunningModel>> readRunningModels(const QByteArray &body,
                                                     WireError *error); // /api/ps
std::optional<QList<LocalModel>> readLocalModels(const QByteArray &body,
                                                 WireError *error);                 // /api/tags
std::optional<ModelFacts> readModelFacts(const QByteArray &body, WireError *error); // /api/show
std::optional<LlamaServerProps> readLlamaServerProps(const QByteArray &body, WireError *error);
std::optional<QList<LlamaServerSlot>> readLlamaServerSlots(const QByteArray &body,
                                                           WireError *error);

QJsonObject toJson(const DeviceInfo &device);
QJsonArray toJson(const QList<DeviceInfo> &devices);
QJsonObject toJson(const DeviceMemory &memory);
QJsonObject toJson(const BackendMemory &memory);
QJsonObject toJson(const GpuLayers &group);
QJsonValue toJson(const GpuLayersList &list); // null when empty, as Go writes a nil slice
QJsonObject toJson(const SystemInfo &system);
QJsonObject toJson(const LoadRequest &request);
QJsonObject toJson(const LoadResponse &response);
QJsonObject toJson(const RunnerHealth &health);
QJsonObject toJson(const ModelDetails &details);
QJsonObject toJson(const RunningModel &model); // one element of /api/ps
QJsonObject toJson(const LocalModel &model);   // one element of /api/tags

// A JSON number that is an exact whole qint64, or nothing (fractions,
// numbers past INT64_MAX, other types): never a rounded byte count.
std::optional<qint64> exactInteger(const QJsonValue &value);

// A byte count as an exact JSON integer (capped at INT64_MAX, the most a
// reader takes).
QJsonValue bytesValue(quint64 bytes);
// A measured byte count (a driver's, a snapshot's) as an exact JSON integer;
// null past INT64_MAX, where there is no exact integer and the figure is
// garbage, and null when unknown.
QJsonValue measuredBytes(quint64 bytes);
QJsonValue measuredBytes(const std::optional<quint64> &bytes);

// A JSON value as compact bytes.
QByteArray toBytes(const QJsonValue &value);
// Strings as Go writes a []string: null when empty.
QJsonValue stringArray(const QStringList &values);
// A JSON array of integers.
QJsonArray toJson(const QList<int> &values);

} // namespace vramscope::WireFormat

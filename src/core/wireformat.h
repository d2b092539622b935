#pragma once

#include "backendmemory.h"
#include "deviceinfo.h"
#include "gpulayerslist.h"
#include "loadrequest.h"
#include "loadresponse.h"
#include "runnerhealth.h"
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

// A JSON number that is an exact whole qint64, or nothing (fractions,
// numbers past INT64_MAX, other types): never a rounded byte count.
std::optional<qint64> exactInteger(const QJsonValue &value);

// A byte count as an exact JSON integer (capped at INT64_MAX, the most a
// reader takes).
QJsonValue bytesValue(quint64 bytes);

// A JSON value as compact bytes.
QByteArray toBytes(const QJsonValue &value);

} // namespace vramscope::WireFormat

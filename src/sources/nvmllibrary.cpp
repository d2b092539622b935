#include "nvmllibrary.h"

#include <dlfcn.h>

namespace vramscope {

namespace {

template <typename Function> bool resolve(void *handle, const char *symbol, Function *function)
{
    *function = reinterpret_cast<Function>(dlsym(handle, symbol));
    return *function != nullptr;
}

} // namespace

QString NvmlLibrary::defaultPath()
{
    const QString configured = qEnvironmentVariable("VRAMSCOPE_NVML");
    return configured.isEmpty() ? QStringLiteral("libnvidia-ml.so.1") : configured;
}

NvmlLibrary::NvmlLibrary(void *handle) : m_handle(handle) {}

NvmlLibrary::~NvmlLibrary()
{
    dlclose(m_handle);
}

std::unique_ptr<NvmlLibrary> NvmlLibrary::open(const QString &path, QString *error,
                                               OpenFailure *failure)
{
    void *handle = dlopen(path.toLocal8Bit().constData(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        *failure = OpenFailure::NotLoaded;
        *error = QString::fromLocal8Bit(dlerror());
        return nullptr;
    }
    std::unique_ptr<NvmlLibrary> library(new NvmlLibrary(handle));
    NvmlLibrary &l = *library;
    struct Required
    {
        const char *symbol;
        bool found;
    };
    const Required required[] = {
        {"nvmlInit_v2", resolve(handle, "nvmlInit_v2", &l.init)},
        {"nvmlShutdown", resolve(handle, "nvmlShutdown", &l.shutdown)},
        {"nvmlErrorString", resolve(handle, "nvmlErrorString", &l.errorString)},
        {"nvmlDeviceGetCount_v2", resolve(handle, "nvmlDeviceGetCount_v2", &l.getCount)},
        {"nvmlDeviceGetHandleByIndex_v2",
         resolve(handle, "nvmlDeviceGetHandleByIndex_v2", &l.getHandleByIndex)},
        {"nvmlDeviceGetName", resolve(handle, "nvmlDeviceGetName", &l.getName)},
        {"nvmlDeviceGetUUID", resolve(handle, "nvmlDeviceGetUUID", &l.getUuid)},
        {"nvmlDeviceGetPciInfo_v3", resolve(handle, "nvmlDeviceGetPciInfo_v3", &l.getPciInfo)},
        {"nvmlSystemGetDriverVersion",
         resolve(handle, "nvmlSystemGetDriverVersion", &l.getDriverVersion)},
        {"nvmlDeviceGetCudaComputeCapability",
         resolve(handle, "nvmlDeviceGetCudaComputeCapability", &l.getComputeCapability)},
        {"nvmlDeviceGetMemoryInfo", resolve(handle, "nvmlDeviceGetMemoryInfo", &l.getMemoryV1)},
    };
    for (const Required &function : required) {
        if (!function.found) {
            *failure = OpenFailure::NotNvml;
            *error = path + u": no symbol " + QLatin1StringView(function.symbol);
            return nullptr;
        }
    }
    resolve(handle, "nvmlDeviceGetMemoryInfo_v2", &l.getMemoryV2);
    resolve(handle, "nvmlDeviceGetComputeRunningProcesses_v3", &l.getComputeProcessesV3);
    resolve(handle, "nvmlDeviceGetComputeRunningProcesses_v2", &l.getComputeProcessesV2);
    resolve(handle, "nvmlDeviceGetComputeRunningProcesses", &l.getComputeProcessesV1);
    resolve(handle, "nvmlDeviceGetGraphicsRunningProcesses_v3", &l.getGraphicsProcessesV3);
    resolve(handle, "nvmlDeviceGetGraphicsRunningProcesses_v2", &l.getGraphicsProcessesV2);
    resolve(handle, "nvmlDeviceGetGraphicsRunningProcesses", &l.getGraphicsProcessesV1);
    return library;
}

QString NvmlLibrary::errorText(nvml::Return code) const
{
    const char *text = errorString ? errorString(code) : nullptr;
    const QString number = u'(' + QString::number(code) + u')';
    if (!text)
        return u"error " + number;
    return QString::fromLocal8Bit(text) + u' ' + number;
}

} // namespace vramscope

#include "nvmlprobe.h"

#include "nvmllibrary.h"

#include <QMap>

#include <cstring>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace vramscope {

namespace {

using ProcessMemory = QMap<quint32, std::optional<quint64>>;

// A fixed-size C string from NVML, which a broken library may not terminate.
QString fromBuffer(const char *buffer, size_t size)
{
    return QString::fromUtf8(buffer, qsizetype(strnlen(buffer, size))).trimmed();
}

// One of NVML's running-process lists, asked the way nvml.h says: with the
// room we have; INSUFFICIENT_SIZE answers the room needed, and the list may
// have grown by the next call, so grow with slack and ask again, a bounded
// number of times. Entry is the layout the function writes (v1 entries are
// shorter than v2/v3 ones).
template <typename Entry>
bool readProcessList(nvml::Return (*function)(nvml::Device, unsigned int *, Entry *),
                     nvml::Device device, const NvmlLibrary &library, ProcessMemory *processes,
                     QString *problem)
{
    std::vector<Entry> buffer;
    for (int attempt = 0; attempt < NvmlProbe::MaxProcessListAttempts; ++attempt) {
        unsigned int count = unsigned(buffer.size());
        const nvml::Return code =
            function(device, &count, buffer.empty() ? nullptr : buffer.data());
        if (code == nvml::Success) {
            // A count past the room we gave is a lie: read only what is ours.
            count = qMin(count, unsigned(buffer.size()));
            for (unsigned int i = 0; i < count; ++i) {
                const Entry &entry = buffer[i];
                std::optional<quint64> used;
                if (entry.usedGpuMemory != nvml::ValueNotAvailable)
                    used = entry.usedGpuMemory;
                auto it = processes->find(entry.pid);
                if (it == processes->end())
                    processes->insert(entry.pid, used);
                else if (used && (!*it || **it < *used))
                    // Compute and graphics lists both count one process's
                    // memory: keep it once.
                    *it = used;
            }
            return true;
        }
        if (code == nvml::ErrorNotSupported)
            return true; // e.g. graphics processes on a compute-only board
        if (code != nvml::ErrorInsufficientSize) {
            *problem = library.errorText(code);
            return false;
        }
        if (count > NvmlProbe::MaxProcesses) {
            *problem = u"asked for room for " + QString::number(count) + u" processes; at most " +
                       QString::number(NvmlProbe::MaxProcesses) + u" are read";
            count = NvmlProbe::MaxProcesses;
        }
        const unsigned int room = qMin(count + count / 4 + 4, NvmlProbe::MaxProcesses);
        if (room <= buffer.size()) {
            if (problem->isEmpty())
                *problem = u"asked for more room than "_s + QString::number(buffer.size()) +
                           u" entries again"_s;
            return false;
        }
        buffer.resize(room);
    }
    *problem = u"the list kept growing after " +
               QString::number(NvmlProbe::MaxProcessListAttempts) + u" tries";
    return false;
}

} // namespace

NvmlProbe::NvmlProbe(const QString &libraryPath, const QString &procRoot)
    : m_libraryPath(libraryPath), m_commands(procRoot)
{
}

NvmlProbe::~NvmlProbe()
{
    if (m_initialized)
        m_library->shutdown();
}

bool NvmlProbe::initialize(NativeProbeStatus *status)
{
    if (m_initialized)
        return true;
    if (!m_library) {
        QString error;
        NvmlLibrary::OpenFailure failure = NvmlLibrary::OpenFailure::NotLoaded;
        m_library = NvmlLibrary::open(m_libraryPath, &error, &failure);
        if (!m_library) {
            const bool absent = failure == NvmlLibrary::OpenFailure::NotLoaded;
            status->state =
                absent ? NativeProbeStatus::State::Unavailable : NativeProbeStatus::State::Failed;
            status->message = (absent ? u"no NVIDIA driver ("_s : u"not NVML ("_s) + error + u')';
            return false;
        }
    }
    const nvml::Return code = m_library->init();
    if (code != nvml::Success) {
        const bool absent =
            code == nvml::ErrorDriverNotLoaded || code == nvml::ErrorLibraryNotFound;
        status->state =
            absent ? NativeProbeStatus::State::Unavailable : NativeProbeStatus::State::Failed;
        status->message = (absent ? u"no NVIDIA driver (nvmlInit_v2: "_s
                                  : u"NVML did not start (nvmlInit_v2: "_s) +
                          m_library->errorText(code) + u')';
        return false;
    }
    m_initialized = true;
    char version[nvml::DriverVersionBufferSize] = {};
    if (m_library->getDriverVersion(version, sizeof version) == nvml::Success)
        m_driverVersion = fromBuffer(version, sizeof version);
    m_staticInfo.clear();
    return true;
}

const NvmlProbe::StaticInfo &NvmlProbe::staticInfo(unsigned int index, nvml::Device device)
{
    auto it = m_staticInfo.find(index);
    if (it != m_staticInfo.end())
        return *it;
    StaticInfo info;
    char text[nvml::UuidBufferSize] = {};
    static_assert(nvml::UuidBufferSize >= nvml::NameBufferSize);
    if (m_library->getName(device, text, nvml::NameBufferSize) == nvml::Success)
        info.name = fromBuffer(text, nvml::NameBufferSize);
    std::memset(text, 0, sizeof text);
    if (m_library->getUuid(device, text, nvml::UuidBufferSize) == nvml::Success)
        info.uuid = fromBuffer(text, nvml::UuidBufferSize);
    nvml::PciInfo pci = {};
    if (m_library->getPciInfo(device, &pci) == nvml::Success)
        info.pciId = NativeGpu::normalizedPciId(fromBuffer(pci.busId, sizeof pci.busId));
    int major = 0;
    int minor = 0;
    if (m_library->getComputeCapability(device, &major, &minor) == nvml::Success)
        info.compute = QString::number(major) + u'.' + QString::number(minor);
    return *m_staticInfo.insert(index, info);
}

bool NvmlProbe::readMemory(nvml::Device device, NativeGpu *gpu, QStringList *warnings) const
{
    const QString where = u"GPU " + QString::number(gpu->index) + u": ";
    if (m_library->getMemoryV2) {
        nvml::MemoryV2 memory = {};
        memory.version = nvml::MemoryV2Version;
        const nvml::Return code = m_library->getMemoryV2(device, &memory);
        if (code == nvml::Success) {
            gpu->source = QStringLiteral("NVML v2");
            gpu->totalMemory = memory.total;
            gpu->usedMemory = memory.used;
            gpu->freeMemory = memory.free;
            gpu->unifiedMemory = memory.total == 0;
            return true;
        }
        if (code == nvml::ErrorNotSupported) {
            gpu->source = QStringLiteral("NVML v2");
            gpu->unifiedMemory = true;
            return true;
        }
        warnings->append(where + u"nvmlDeviceGetMemoryInfo_v2: " + m_library->errorText(code) +
                         u"; using nvmlDeviceGetMemoryInfo");
    }
    nvml::MemoryV1 memory = {};
    gpu->source = QStringLiteral("NVML v1");
    const nvml::Return code = m_library->getMemoryV1(device, &memory);
    if (code == nvml::ErrorNotSupported) {
        gpu->unifiedMemory = true;
        return true;
    }
    if (code != nvml::Success) {
        warnings->append(where + u"nvmlDeviceGetMemoryInfo: " + m_library->errorText(code));
        return false;
    }
    gpu->totalMemory = memory.total;
    gpu->usedMemory = memory.used;
    gpu->freeMemory = memory.free;
    gpu->unifiedMemory = memory.total == 0;
    return true;
}

QList<NativeProcess> NvmlProbe::readProcesses(nvml::Device device, int index,
                                              QStringList *warnings) const
{
    ProcessMemory memory;
    const NvmlLibrary &l = *m_library;
    const auto read = [&](const char *kind, nvml::GetProcessesV2Function v3,
                          nvml::GetProcessesV2Function v2, nvml::GetProcessesV1Function v1) {
        QString problem;
        bool ok = true;
        if (v3 || v2)
            ok = readProcessList(v3 ? v3 : v2, device, l, &memory, &problem);
        else if (v1)
            ok = readProcessList(v1, device, l, &memory, &problem);
        if (!problem.isEmpty())
            warnings->append(u"GPU " + QString::number(index) + u": " + QLatin1StringView(kind) +
                             u" processes: " + problem + (ok ? u""_s : u" (not shown)"_s));
    };
    read("compute", l.getComputeProcessesV3, l.getComputeProcessesV2, l.getComputeProcessesV1);
    read("graphics", l.getGraphicsProcessesV3, l.getGraphicsProcessesV2, l.getGraphicsProcessesV1);
    QList<NativeProcess> processes;
    processes.reserve(memory.size());
    for (auto it = memory.cbegin(); it != memory.cend(); ++it)
        processes.append({it.key(), m_commands.command(it.key()), it.value()});
    return processes;
}

QList<NativeGpu> NvmlProbe::probe(NativeProbeStatus *status)
{
    status->probe = QStringLiteral("nvml");
    if (!initialize(status))
        return {};
    unsigned int count = 0;
    const nvml::Return code = m_library->getCount(&count);
    if (code != nvml::Success) {
        status->state = NativeProbeStatus::State::Failed;
        status->message = u"nvmlDeviceGetCount_v2: " + m_library->errorText(code);
        return {};
    }
    if (count > MaxDevices) {
        status->warnings.append(u"NVML reported " + QString::number(count) +
                                u" GPUs; reading the first " + QString::number(MaxDevices));
        count = MaxDevices;
    }
    if (qsizetype(count) != m_staticInfo.size())
        m_staticInfo.clear(); // hot-plugged: indexes may name other GPUs now
    QList<NativeGpu> gpus;
    // With a garbage count most handles fail: one warning for all of them.
    unsigned int unopened = 0;
    QString firstUnopened;
    for (unsigned int index = 0; index < count; ++index) {
        nvml::Device device = nullptr;
        const nvml::Return handleCode = m_library->getHandleByIndex(index, &device);
        if (handleCode != nvml::Success) {
            if (unopened++ == 0)
                firstUnopened = u"GPU "_s + QString::number(index) +
                                u": nvmlDeviceGetHandleByIndex_v2: "_s +
                                m_library->errorText(handleCode);
            continue;
        }
        const StaticInfo &info = staticInfo(index, device);
        NativeGpu gpu;
        gpu.vendor = QStringLiteral("NVIDIA");
        gpu.index = int(index);
        gpu.id = info.uuid;
        gpu.name = info.name;
        gpu.pciId = info.pciId;
        gpu.compute = info.compute;
        gpu.driver = m_driverVersion;
        readMemory(device, &gpu, &status->warnings);
        gpu.processes = readProcesses(device, gpu.index, &status->warnings);
        gpus.append(gpu);
    }
    if (unopened > 0)
        status->warnings.append(QString::number(unopened) + u" of "_s + QString::number(count) +
                                u" GPUs could not be opened (first: "_s + firstUnopened + u')');
    status->state = NativeProbeStatus::State::Ok;
    status->message = QString::number(gpus.size()) + (gpus.size() == 1 ? u" GPU"_s : u" GPUs"_s) +
                      (m_driverVersion.isEmpty() ? QString() : u", driver " + m_driverVersion);
    return gpus;
}

} // namespace vramscope

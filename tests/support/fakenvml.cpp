// A stand-in for libnvidia-ml.so.1, built by the tests as a real shared
// library and loaded through VRAMSCOPE_NVML. Plain C++, no Qt; its structs
// are declared here from nvml.h, independently of src/sources/nvmlabi.h, so
// a wrong layout on either side shows up as wrong numbers.
//
// Scripted by the file named in FAKENVML_SCRIPT, read at nvmlInit_v2, one
// statement a line ('#' starts a comment):
//   init CODE                 nvmlInit_v2 answers CODE (default 0)
//   count N                   nvmlDeviceGetCount_v2 reports N (default: the gpu lines)
//   driver VERSION            nvmlSystemGetDriverVersion
//   gpu KEY=VALUE...          one GPU: name (underscores for spaces), uuid, bus,
//                             total, used, free, reserved, cc (8.9),
//                             memory (ok | unsupported | v2error | error),
//                             grow (CALLS:COUNT: the first CALLS calls of each
//                             process list add COUNT processes first),
//                             garbage (1: process lists always ask for 2^32-1 entries)
//   compute GPU PID MEM|na    a compute process on GPU (index) using MEM bytes
//   graphics GPU PID MEM|na   the same for graphics
// Every NVML call is appended to the file named in FAKENVML_LOG, when set:
// "FUNCTION gpu=I count=N ret=R", so tests can see which entry points ran.
//
// Built twice: fakenvml (every entry point) and fakenvml_legacy
// (FAKENVML_LEGACY: no nvmlDeviceGetMemoryInfo_v2 and no _v2/_v3 process
// lists, so that dlsym really fails for them).

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

// nvml.h's types.
typedef int nvmlReturn_t;
struct nvmlMemory_t
{
    unsigned long long total, free, used;
};
struct nvmlMemory_v2_t
{
    unsigned int version;
    unsigned long long total, reserved, free, used;
};
struct nvmlProcessInfo_v1_t
{
    unsigned int pid;
    unsigned long long usedGpuMemory;
};
struct nvmlProcessInfo_t
{
    unsigned int pid;
    unsigned long long usedGpuMemory;
    unsigned int gpuInstanceId, computeInstanceId;
};
struct nvmlPciInfo_t
{
    char busIdLegacy[16];
    unsigned int domain, bus, device, pciDeviceId, pciSubSystemId;
    char busId[32];
};

const nvmlReturn_t NVML_SUCCESS = 0;
const nvmlReturn_t NVML_ERROR_INVALID_ARGUMENT = 2;
const nvmlReturn_t NVML_ERROR_NOT_SUPPORTED = 3;
const nvmlReturn_t NVML_ERROR_INSUFFICIENT_SIZE = 7;
const nvmlReturn_t NVML_ERROR_UNKNOWN = 999;
const nvmlReturn_t NVML_ERROR_ARGUMENT_VERSION_MISMATCH = 25;
const unsigned long long NVML_VALUE_NOT_AVAILABLE = ~0ull;

struct Process
{
    unsigned int pid;
    unsigned long long used;
};

struct Gpu
{
    std::string name = "Fake GPU";
    std::string uuid;
    std::string bus = "00000000:01:00.0";
    unsigned long long total = 0, used = 0, free = 0, reserved = 0;
    int ccMajor = 8, ccMinor = 9;
    std::string memory = "ok";
    int growCalls = 0, growCount = 0;
    bool garbage = false;
    std::vector<Process> lists[2]; // compute, graphics
    int calls[2] = {0, 0};
};

struct Script
{
    nvmlReturn_t init = NVML_SUCCESS;
    long long count = -1;
    std::string driver = "550.54.14";
    std::vector<Gpu> gpus;
};

Script script;
unsigned int nextGrownPid = 900000;

void log(const char *function, long gpu, long long count, nvmlReturn_t ret)
{
    const char *path = std::getenv("FAKENVML_LOG");
    if (!path || !*path)
        return;
    if (FILE *file = std::fopen(path, "a")) {
        std::fprintf(file, "%s gpu=%ld count=%lld ret=%d\n", function, gpu, count, ret);
        std::fclose(file);
    }
}

unsigned long long number(const std::string &text)
{
    return std::strtoull(text.c_str(), nullptr, 10);
}

void readScript()
{
    script = Script();
    nextGrownPid = 900000;
    const char *path = std::getenv("FAKENVML_SCRIPT");
    if (!path)
        return;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        line = line.substr(0, line.find('#'));
        std::istringstream words(line);
        std::string verb;
        if (!(words >> verb))
            continue;
        if (verb == "init") {
            words >> script.init;
        } else if (verb == "count") {
            words >> script.count;
        } else if (verb == "driver") {
            words >> script.driver;
        } else if (verb == "gpu") {
            Gpu gpu;
            std::string pair;
            while (words >> pair) {
                const size_t eq = pair.find('=');
                const std::string key = pair.substr(0, eq);
                std::string value = eq == std::string::npos ? std::string() : pair.substr(eq + 1);
                if (key == "name") {
                    for (char &c : value)
                        c = c == '_' ? ' ' : c;
                    gpu.name = value;
                } else if (key == "uuid") {
                    gpu.uuid = value;
                } else if (key == "bus") {
                    gpu.bus = value;
                } else if (key == "total") {
                    gpu.total = number(value);
                } else if (key == "used") {
                    gpu.used = number(value);
                } else if (key == "free") {
                    gpu.free = number(value);
                } else if (key == "reserved") {
                    gpu.reserved = number(value);
                } else if (key == "cc") {
                    std::sscanf(value.c_str(), "%d.%d", &gpu.ccMajor, &gpu.ccMinor);
                } else if (key == "memory") {
                    gpu.memory = value;
                } else if (key == "grow") {
                    std::sscanf(value.c_str(), "%d:%d", &gpu.growCalls, &gpu.growCount);
                } else if (key == "garbage") {
                    gpu.garbage = value == "1";
                }
            }
            script.gpus.push_back(gpu);
        } else if (verb == "compute" || verb == "graphics") {
            size_t gpu = 0;
            unsigned int pid = 0;
            std::string memory;
            words >> gpu >> pid >> memory;
            if (gpu < script.gpus.size()) {
                const unsigned long long used =
                    memory == "na" ? NVML_VALUE_NOT_AVAILABLE : number(memory);
                script.gpus[gpu].lists[verb == "compute" ? 0 : 1].push_back({pid, used});
            }
        }
    }
}

Gpu *gpuOf(void *device)
{
    for (Gpu &gpu : script.gpus) {
        if (&gpu == device)
            return &gpu;
    }
    return nullptr;
}

long indexOf(const Gpu *gpu)
{
    return gpu ? long(gpu - script.gpus.data()) : -1;
}

nvmlReturn_t copyString(const std::string &text, char *buffer, unsigned int length)
{
    if (!buffer || text.size() + 1 > length)
        return NVML_ERROR_INSUFFICIENT_SIZE;
    std::memcpy(buffer, text.c_str(), text.size() + 1);
    return NVML_SUCCESS;
}

// NVML's protocol for running-process lists, with the script's growth.
template <typename Entry>
nvmlReturn_t processes(const char *function, void *device, int kind, unsigned int *count,
                       Entry *infos)
{
    Gpu *gpu = gpuOf(device);
    if (!gpu || !count) {
        log(function, -1, 0, NVML_ERROR_INVALID_ARGUMENT);
        return NVML_ERROR_INVALID_ARGUMENT;
    }
    const unsigned int room = *count;
    std::vector<Process> &list = gpu->lists[kind];
    if (gpu->calls[kind]++ < gpu->growCalls) {
        for (int i = 0; i < gpu->growCount; ++i)
            list.push_back({nextGrownPid++, 1ull << 20});
    }
    nvmlReturn_t ret = NVML_SUCCESS;
    if (gpu->garbage) {
        *count = 0xFFFFFFFFu;
        ret = NVML_ERROR_INSUFFICIENT_SIZE;
    } else if (list.size() > room || (!infos && !list.empty())) {
        *count = unsigned(list.size());
        ret = NVML_ERROR_INSUFFICIENT_SIZE;
    } else {
        *count = unsigned(list.size());
        for (size_t i = 0; i < list.size(); ++i) {
            Entry entry = {};
            entry.pid = list[i].pid;
            entry.usedGpuMemory = list[i].used;
            infos[i] = entry;
        }
    }
    log(function, indexOf(gpu), room, ret);
    return ret;
}

} // namespace

extern "C" {

__attribute__((visibility("default"))) nvmlReturn_t nvmlInit_v2()
{
    readScript();
    log("nvmlInit_v2", -1, 0, script.init);
    return script.init;
}

__attribute__((visibility("default"))) nvmlReturn_t nvmlShutdown()
{
    log("nvmlShutdown", -1, 0, NVML_SUCCESS);
    return NVML_SUCCESS;
}

__attribute__((visibility("default"))) const char *nvmlErrorString(nvmlReturn_t result)
{
    switch (result) {
    case 0:
        return "Success";
    case 2:
        return "Invalid Argument";
    case 3:
        return "Not Supported";
    case 7:
        return "Insufficient Size";
    case 9:
        return "Driver Not Loaded";
    case 12:
        return "NVML Shared Library Not Found";
    case 25:
        return "Argument Version Mismatch";
    default:
        return "Unknown Error";
    }
}

__attribute__((visibility("default"))) nvmlReturn_t nvmlDeviceGetCount_v2(unsigned int *count)
{
    *count = script.count >= 0 ? (unsigned int)script.count : unsigned(script.gpus.size());
    log("nvmlDeviceGetCount_v2", -1, *count, NVML_SUCCESS);
    return NVML_SUCCESS;
}

__attribute__((visibility("default"))) nvmlReturn_t
nvmlDeviceGetHandleByIndex_v2(unsigned int index, void **device)
{
    if (index >= script.gpus.size())
        return NVML_ERROR_INVALID_ARGUMENT;
    *device = &script.gpus[index];
    return NVML_SUCCESS;
}

__attribute__((visibility("default"))) nvmlReturn_t nvmlDeviceGetName(void *device, char *name,
                                                                      unsigned int length)
{
    const Gpu *gpu = gpuOf(device);
    return gpu ? copyString(gpu->name, name, length) : NVML_ERROR_INVALID_ARGUMENT;
}

__attribute__((visibility("default"))) nvmlReturn_t nvmlDeviceGetUUID(void *device, char *uuid,
                                                                      unsigned int length)
{
    const Gpu *gpu = gpuOf(device);
    return gpu ? copyString(gpu->uuid, uuid, length) : NVML_ERROR_INVALID_ARGUMENT;
}

__attribute__((visibility("default"))) nvmlReturn_t nvmlDeviceGetPciInfo_v3(void *device,
                                                                            nvmlPciInfo_t *pci)
{
    const Gpu *gpu = gpuOf(device);
    if (!gpu)
        return NVML_ERROR_INVALID_ARGUMENT;
    std::memset(pci, 0, sizeof *pci);
    copyString(gpu->bus, pci->busId, sizeof pci->busId);
    std::sscanf(gpu->bus.c_str(), "%x:%x:%x", &pci->domain, &pci->bus, &pci->device);
    std::snprintf(pci->busIdLegacy, sizeof pci->busIdLegacy, "%04x:%02x:%02x.0", pci->domain,
                  pci->bus, pci->device);
    return NVML_SUCCESS;
}

__attribute__((visibility("default"))) nvmlReturn_t nvmlSystemGetDriverVersion(char *version,
                                                                               unsigned int length)
{
    return copyString(script.driver, version, length);
}

__attribute__((visibility("default"))) nvmlReturn_t
nvmlDeviceGetCudaComputeCapability(void *device, int *major, int *minor)
{
    const Gpu *gpu = gpuOf(device);
    if (!gpu)
        return NVML_ERROR_INVALID_ARGUMENT;
    *major = gpu->ccMajor;
    *minor = gpu->ccMinor;
    return NVML_SUCCESS;
}

__attribute__((visibility("default"))) nvmlReturn_t nvmlDeviceGetMemoryInfo(void *device,
                                                                            nvmlMemory_t *memory)
{
    const Gpu *gpu = gpuOf(device);
    nvmlReturn_t ret = NVML_SUCCESS;
    if (!gpu)
        ret = NVML_ERROR_INVALID_ARGUMENT;
    else if (gpu->memory == "unsupported")
        ret = NVML_ERROR_NOT_SUPPORTED;
    else if (gpu->memory == "error")
        ret = NVML_ERROR_UNKNOWN;
    else
        // v1's used counts the reserved memory too.
        *memory = {gpu->total, gpu->free, gpu->used + gpu->reserved};
    log("nvmlDeviceGetMemoryInfo", indexOf(gpu), 0, ret);
    return ret;
}

__attribute__((visibility("default"))) nvmlReturn_t
nvmlDeviceGetComputeRunningProcesses(void *device, unsigned int *count, nvmlProcessInfo_v1_t *infos)
{
    return processes("nvmlDeviceGetComputeRunningProcesses", device, 0, count, infos);
}

__attribute__((visibility("default"))) nvmlReturn_t
nvmlDeviceGetGraphicsRunningProcesses(void *device, unsigned int *count,
                                      nvmlProcessInfo_v1_t *infos)
{
    return processes("nvmlDeviceGetGraphicsRunningProcesses", device, 1, count, infos);
}

#ifndef FAKENVML_LEGACY
__attribute__((visibility("default"))) nvmlReturn_t
nvmlDeviceGetMemoryInfo_v2(void *device, nvmlMemory_v2_t *memory)
{
    const Gpu *gpu = gpuOf(device);
    nvmlReturn_t ret = NVML_SUCCESS;
    if (!gpu)
        ret = NVML_ERROR_INVALID_ARGUMENT;
    else if (memory->version != (unsigned(sizeof(nvmlMemory_v2_t)) | 2u << 24))
        ret = NVML_ERROR_ARGUMENT_VERSION_MISMATCH;
    else if (gpu->memory == "unsupported")
        ret = NVML_ERROR_NOT_SUPPORTED;
    else if (gpu->memory == "v2error" || gpu->memory == "error")
        ret = NVML_ERROR_UNKNOWN;
    else
        *memory = {memory->version, gpu->total, gpu->reserved, gpu->free, gpu->used};
    log("nvmlDeviceGetMemoryInfo_v2", indexOf(gpu), 0, ret);
    return ret;
}

__attribute__((visibility("default"))) nvmlReturn_t
nvmlDeviceGetComputeRunningProcesses_v2(void *device, unsigned int *count, nvmlProcessInfo_t *infos)
{
    return processes("nvmlDeviceGetComputeRunningProcesses_v2", device, 0, count, infos);
}

__attribute__((visibility("default"))) nvmlReturn_t
nvmlDeviceGetComputeRunningProcesses_v3(void *device, unsigned int *count, nvmlProcessInfo_t *infos)
{
    return processes("nvmlDeviceGetComputeRunningProcesses_v3", device, 0, count, infos);
}

__attribute__((visibility("default"))) nvmlReturn_t
nvmlDeviceGetGraphicsRunningProcesses_v2(void *device, unsigned int *count,
                                         nvmlProcessInfo_t *infos)
{
    return processes("nvmlDeviceGetGraphicsRunningProcesses_v2", device, 1, count, infos);
}

__attribute__((visibility("default"))) nvmlReturn_t
nvmlDeviceGetGraphicsRunningProcesses_v3(void *device, unsigned int *count,
                                         nvmlProcessInfo_t *infos)
{
    return processes("nvmlDeviceGetGraphicsRunningProcesses_v3", device, 1, count, infos);
}
#endif

} // extern "C"

#pragma once

// The part of NVML's C interface that vramscope calls, declared here so that
// nothing NVIDIA ships is needed to build (as nvtop and ollama do). Layouts
// follow nvml.h; the static_asserts pin them on the 64-bit ABIs we build for.

#include <cstddef>

namespace vramscope::nvml {

using Return = int; // nvmlReturn_t
using Device = struct DeviceOpaque *;

enum : Return
{
    Success = 0,
    ErrorNotSupported = 3,
    ErrorInsufficientSize = 7,
    ErrorDriverNotLoaded = 9,
    ErrorLibraryNotFound = 12,
};

// nvmlMemory_t, for nvmlDeviceGetMemoryInfo: used includes reserved memory.
struct MemoryV1
{
    unsigned long long total;
    unsigned long long free;
    unsigned long long used;
};

// nvmlMemory_v2_t, for nvmlDeviceGetMemoryInfo_v2.
struct MemoryV2
{
    unsigned int version;
    unsigned long long total;
    unsigned long long reserved;
    unsigned long long free;
    unsigned long long used;
};
// nvmlMemory_v2: sizeof | 2 << 24; a bare 2 is refused.
inline constexpr unsigned int MemoryV2Version = unsigned(sizeof(MemoryV2)) | 2u << 24;

// nvmlProcessInfo_v1_t (the plain nvmlDevice*RunningProcesses).
struct ProcessInfoV1
{
    unsigned int pid;
    unsigned long long usedGpuMemory;
};

// nvmlProcessInfo_t / _v2_t (the _v2 and _v3 functions).
struct ProcessInfoV2
{
    unsigned int pid;
    unsigned long long usedGpuMemory;
    unsigned int gpuInstanceId;
    unsigned int computeInstanceId;
};
// usedGpuMemory when the driver cannot tell (NVML_VALUE_NOT_AVAILABLE).
inline constexpr unsigned long long ValueNotAvailable = ~0ull;

// nvmlPciInfo_t (nvmlDeviceGetPciInfo_v3).
struct PciInfo
{
    char busIdLegacy[16];
    unsigned int domain;
    unsigned int bus;
    unsigned int device;
    unsigned int pciDeviceId;
    unsigned int pciSubSystemId;
    char busId[32]; // "00000000:01:00.0"
};

static_assert(sizeof(MemoryV1) == 24);
static_assert(sizeof(MemoryV2) == 40 && MemoryV2Version == 0x02000028);
static_assert(sizeof(ProcessInfoV1) == 16);
static_assert(sizeof(ProcessInfoV2) == 24);
static_assert(sizeof(PciInfo) == 68 && offsetof(PciInfo, busId) == 36);

// Buffer sizes nvml.h guarantees to be enough.
inline constexpr unsigned int NameBufferSize = 96; // NVML_DEVICE_NAME_V2_BUFFER_SIZE
inline constexpr unsigned int UuidBufferSize = 96; // NVML_DEVICE_UUID_V2_BUFFER_SIZE
inline constexpr unsigned int DriverVersionBufferSize =
    80; // NVML_SYSTEM_DRIVER_VERSION_BUFFER_SIZE

extern "C" {
using InitFunction = Return (*)();
using ShutdownFunction = Return (*)();
using ErrorStringFunction = const char *(*)(Return);
using GetCountFunction = Return (*)(unsigned int *);
using GetHandleByIndexFunction = Return (*)(unsigned int, Device *);
using GetStringFunction = Return (*)(Device, char *, unsigned int);
using GetPciInfoFunction = Return (*)(Device, PciInfo *);
using GetDriverVersionFunction = Return (*)(char *, unsigned int);
using GetComputeCapabilityFunction = Return (*)(Device, int *, int *);
using GetMemoryV1Function = Return (*)(Device, MemoryV1 *);
using GetMemoryV2Function = Return (*)(Device, MemoryV2 *);
using GetProcessesV1Function = Return (*)(Device, unsigned int *, ProcessInfoV1 *);
using GetProcessesV2Function = Return (*)(Device, unsigned int *, ProcessInfoV2 *);
}

} // namespace vramscope::nvml

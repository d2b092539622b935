// The native probes' cost per round, printed, never asserted:
//   bench_probes [--rounds N] [--gpus G] [--processes P]
// 1. NVIDIA: NativeProbe (NVML + sysfs + meminfo) on the fake libnvidia-ml
//    with G GPUs and P processes spread over them, each process's command read
//    from a generated /proc; against one nvidia-smi-like round by a bare C
//    loop over the same library (dlopen once, the same NVML calls, cmdline by
//    read(2), no Qt).
// 2. AMD: DrmSysfsProbe on a generated tree of G amdgpu cards and P processes,
//    each with 16 fds of which 2 are DRM clients, fresh each round (every fd
//    read) and kept (every fd read one round in five, the known DRM fds in
//    between); against a bare C loop that opens and reads every fdinfo file.
// The fake library answers at once, where a real driver spends time in the
// kernel: these figures are vramscope's own work on top of the driver's.
#include "drmsysfsprobe.h"
#include "nativeprobe.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <dirent.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <unistd.h>

using namespace vramscope;
using namespace Qt::StringLiterals;

namespace {

double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

// P processes, each an ollama runner-like command line, with 16 fdinfo files
// of which fds 10 and 11 are DRM clients of card (pid % G).
void writeTree(const QString &root, int gpus, int processes)
{
    writeFile(root + u"/proc/meminfo"_s,
              "MemTotal: 65536000 kB\nMemAvailable: 52428800 kB\nSwapFree: 0 kB\n");
    for (int card = 0; card < gpus; ++card) {
        const QString device =
            root + u"/sys/class/drm/card"_s + QString::number(card) + u"/device/"_s;
        writeFile(device + u"vendor"_s, "0x1002\n");
        writeFile(device + u"unique_id"_s, QByteArray::number(0x1000 + card, 16) + '\n');
        writeFile(device + u"product_name"_s, "AMD Instinct MI300X\n");
        writeFile(device + u"mem_info_vram_total"_s, "205822885888\n");
        writeFile(device + u"mem_info_vram_used"_s, "1073741824\n");
        writeFile(device + u"mem_info_gtt_total"_s, "540000000000\n");
        writeFile(device + u"mem_info_gtt_used"_s, "1000000\n");
        writeFile(device + u"uevent"_s,
                  "PCI_SLOT_NAME=0000:" + QByteArray::number(card + 16, 16) + ":00.0\n");
    }
    for (int i = 0; i < processes; ++i) {
        const int pid = 10000 + i;
        const QString folder = root + u"/proc/"_s + QString::number(pid);
        writeFile(folder + u"/cmdline"_s,
                  QByteArray("/usr/local/bin/ollama\0runner\0--model\0/root/.ollama/models/"
                             "blobs/sha256-0123456789abcdef\0--port\0",
                             80) +
                      QByteArray::number(40000 + i) + '\0');
        for (int fd = 0; fd < 16; ++fd) {
            QByteArray info =
                "pos:\t0\nflags:\t02100002\nmnt_id:\t25\nino:\t" + QByteArray::number(fd) + '\n';
            if (fd == 10 || fd == 11) {
                info += "drm-driver:\tamdgpu\ndrm-client-id:\t" + QByteArray::number(pid) +
                        "\ndrm-pdev:\t0000:" + QByteArray::number(pid % gpus + 16, 16) +
                        ":00.0\npasid:\t32769\ndrm-engine-gfx:\t1234 ns\n"
                        "drm-memory-vram:\t1048576 KiB\ndrm-memory-gtt:\t2048 KiB\n"
                        "drm-memory-cpu:\t0 KiB\n";
            }
            writeFile(folder + u"/fdinfo/"_s + QString::number(fd), info);
        }
    }
}

QByteArray fakeScript(int gpus, int processes)
{
    QByteArray script = "driver 550.54.14\n";
    for (int gpu = 0; gpu < gpus; ++gpu) {
        script += "gpu name=NVIDIA_H100_80GB_HBM3 uuid=GPU-" + QByteArray::number(gpu) +
                  " bus=00000000:" + QByteArray::number(gpu + 16, 16) +
                  ":00.0 total=85520809984 used=1073741824 free=84447068160\n";
    }
    for (int i = 0; i < processes; ++i)
        script += "compute " + QByteArray::number(i % gpus) + ' ' + QByteArray::number(10000 + i) +
                  " 1073741824\n";
    return script;
}

// nvidia-smi's round in plain C: the same NVML calls, commands by read(2).
struct BareNvml
{
    void *handle = nullptr;
    int (*count)(unsigned *) = nullptr;
    int (*byIndex)(unsigned, void **) = nullptr;
    int (*name)(void *, char *, unsigned) = nullptr;
    int (*uuid)(void *, char *, unsigned) = nullptr;
    int (*memory)(void *, void *) = nullptr;
    int (*compute)(void *, unsigned *, void *) = nullptr;
    int (*graphics)(void *, unsigned *, void *) = nullptr;

    struct Entry
    {
        unsigned pid;
        unsigned long long used;
        unsigned gi, ci;
    };

    bool open(const char *path)
    {
        handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
        if (!handle)
            return false;
        auto init = reinterpret_cast<int (*)()>(dlsym(handle, "nvmlInit_v2"));
        count = reinterpret_cast<decltype(count)>(dlsym(handle, "nvmlDeviceGetCount_v2"));
        byIndex =
            reinterpret_cast<decltype(byIndex)>(dlsym(handle, "nvmlDeviceGetHandleByIndex_v2"));
        name = reinterpret_cast<decltype(name)>(dlsym(handle, "nvmlDeviceGetName"));
        uuid = reinterpret_cast<decltype(uuid)>(dlsym(handle, "nvmlDeviceGetUUID"));
        memory = reinterpret_cast<decltype(memory)>(dlsym(handle, "nvmlDeviceGetMemoryInfo_v2"));
        compute = reinterpret_cast<decltype(compute)>(
            dlsym(handle, "nvmlDeviceGetComputeRunningProcesses_v3"));
        graphics = reinterpret_cast<decltype(graphics)>(
            dlsym(handle, "nvmlDeviceGetGraphicsRunningProcesses_v3"));
        return init && count && byIndex && name && uuid && memory && compute && graphics &&
               init() == 0;
    }

    // Answers a checksum so that nothing is optimised away.
    unsigned long long round(const char *procRoot)
    {
        unsigned long long sum = 0;
        unsigned n = 0;
        count(&n);
        for (unsigned i = 0; i < n; ++i) {
            void *device = nullptr;
            byIndex(i, &device);
            char text[96];
            name(device, text, sizeof text);
            uuid(device, text, sizeof text);
            struct
            {
                unsigned version;
                unsigned long long total, reserved, free, used;
            } m = {0x02000028, 0, 0, 0, 0};
            memory(device, &m);
            sum += m.used;
            Entry entries[512];
            for (auto list : {compute, graphics}) {
                unsigned size = 512;
                if (list(device, &size, entries) != 0)
                    continue;
                for (unsigned p = 0; p < size; ++p) {
                    char path[64];
                    std::snprintf(path, sizeof path, "%s/%u/cmdline", procRoot, entries[p].pid);
                    const int fd = ::open(path, O_RDONLY);
                    char command[4096];
                    if (fd >= 0) {
                        sum += ::read(fd, command, sizeof command);
                        ::close(fd);
                    }
                    sum += entries[p].used;
                }
            }
        }
        return sum;
    }
};

// Reading the same fdinfo files with no parsing: the floor for any DRM scan.
unsigned long long bareFdinfoRound(const char *procRoot)
{
    unsigned long long sum = 0;
    DIR *proc = opendir(procRoot);
    while (const dirent *pid = readdir(proc)) {
        if (pid->d_name[0] < '0' || pid->d_name[0] > '9')
            continue;
        char path[512];
        std::snprintf(path, sizeof path, "%s/%s/fdinfo", procRoot, pid->d_name);
        DIR *fds = opendir(path);
        if (!fds)
            continue;
        while (const dirent *fd = readdir(fds)) {
            if (fd->d_name[0] == '.')
                continue;
            const int file = openat(dirfd(fds), fd->d_name, O_RDONLY);
            char text[4096];
            if (file >= 0) {
                sum += ::read(file, text, sizeof text);
                ::close(file);
            }
        }
        closedir(fds);
    }
    closedir(proc);
    return sum;
}

template <typename Round> double microsecondsPerRound(int rounds, Round round)
{
    round(); // warm caches and lazy initialisation
    const double start = cpuSeconds();
    for (int i = 0; i < rounds; ++i)
        round();
    return (cpuSeconds() - start) / rounds * 1e6;
}

void report(const char *what, double micros, double bareMicros)
{
    // At 1 Hz a round every second: µs per round / 1e6 s x 100 %.
    std::printf("%-44s %9.1f us CPU/round  %6.3f %% of one core at 1 Hz  (%.2fx the bare loop)\n",
                what, micros, micros / 1e4, micros / bareMicros);
    std::printf("%-44s %9.1f us CPU/round  %6.3f %% of one core at 1 Hz\n", "  bare C loop",
                bareMicros, bareMicros / 1e4);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"rounds"_s, u"Rounds to time."_s, u"N"_s, u"2000"_s});
    parser.addOption({u"gpus"_s, u"GPUs."_s, u"G"_s, u"8"_s});
    parser.addOption({u"processes"_s, u"Processes."_s, u"P"_s, u"200"_s});
    parser.process(app);
    const int rounds = qMax(1, parser.value(u"rounds"_s).toInt());
    const int gpus = qMax(1, parser.value(u"gpus"_s).toInt());
    const int processes = qMax(0, parser.value(u"processes"_s).toInt());

    QTemporaryDir dir;
    writeTree(dir.path(), gpus, processes);
    writeFile(dir.filePath(u"script"_s), fakeScript(gpus, processes));
    qputenv("FAKENVML_SCRIPT", dir.filePath(u"script"_s).toLocal8Bit());
    qunsetenv("FAKENVML_LOG");
    std::printf("%d rounds, %d GPUs, %d processes (tree in %s)\n", rounds, gpus, processes,
                qPrintable(dir.path()));

    // 1. NVIDIA. The tree's sysfs is left out here (an NVIDIA machine has no
    // amdgpu cards): a root whose /sys is elsewhere.
    const QString nvidiaRoot = dir.filePath(u"nvidia-root"_s);
    QDir().mkpath(nvidiaRoot);
    QFile::link(dir.filePath(u"proc"_s), nvidiaRoot + u"/proc"_s);
    NativeProbe nvidia(nvidiaRoot, QStringLiteral(FAKENVML_LIBRARY));
    const NativeProbeResult sample = nvidia.probe();
    qsizetype seen = 0;
    for (const NativeGpu &gpu : sample.gpus)
        seen += gpu.processes.size();
    std::printf("NativeProbe sees %lld GPUs, %lld processes\n", qlonglong(sample.gpus.size()),
                qlonglong(seen));
    const double probeMicros = microsecondsPerRound(rounds, [&nvidia] { nvidia.probe(); });
    BareNvml bare;
    if (!bare.open(FAKENVML_LIBRARY)) {
        std::fprintf(stderr, "cannot load %s\n", FAKENVML_LIBRARY);
        return 1;
    }
    const QByteArray procRoot = QFile::encodeName(dir.filePath(u"proc"_s));
    volatile unsigned long long sink = 0;
    const double bareMicros =
        microsecondsPerRound(rounds, [&] { sink = sink + bare.round(procRoot.constData()); });
    report("NativeProbe, NVML (fake) + meminfo", probeMicros, bareMicros);

    // 2. AMD. A fresh probe scans every fd of every process; a kept one does
    // that every DrmSysfsProbe::FullScanEvery rounds and re-reads only the
    // known DRM fds in between.
    DrmSysfsProbe amd(dir.path());
    NativeProbeStatus status;
    seen = 0;
    const QList<NativeGpu> amdGpus = amd.probe(&status);
    for (const NativeGpu &gpu : amdGpus)
        seen += gpu.processes.size();
    std::printf("DrmSysfsProbe sees %lld GPUs, %lld processes (%lld fdinfo files)\n",
                qlonglong(amdGpus.size()), qlonglong(seen), qlonglong(processes) * 16);
    const int amdRounds = qMax(1, rounds / 10);
    const double fullMicros = microsecondsPerRound(amdRounds, [&dir] {
        DrmSysfsProbe fresh(dir.path());
        NativeProbeStatus s;
        fresh.probe(&s);
    });
    const double keptMicros = microsecondsPerRound(amdRounds, [&amd] {
        NativeProbeStatus s;
        amd.probe(&s);
    });
    const double bareFdinfo = microsecondsPerRound(
        amdRounds, [&] { sink = sink + bareFdinfoRound(procRoot.constData()); });
    report("DrmSysfsProbe, full scan every round", fullMicros, bareFdinfo);
    report("DrmSysfsProbe, kept (full scan 1 in 5)", keptMicros, bareFdinfo);
    return 0;
}

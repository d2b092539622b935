#include "drmsysfsprobe.h"

#include "drmfdinfo.h"
#include "processcommandreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <optional>

using namespace Qt::StringLiterals;

namespace vramscope {

namespace {

constexpr unsigned int DrmMajor = 226;

QByteArray readSysfs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.read(4096).trimmed();
}

std::optional<quint64> readSysfsNumber(const QString &path)
{
    const QByteArray text = readSysfs(path);
    bool ok = false;
    const quint64 value = text.toULongLong(&ok, 10);
    return ok ? std::optional<quint64>(value) : std::nullopt;
}

QString vendorName(const QByteArray &vendorId)
{
    if (vendorId == "0x1002")
        return u"AMD"_s;
    if (vendorId == "0x8086")
        return u"Intel"_s;
    return QString();
}

// The PCI address of a card's device folder: the name its link points at,
// else the uevent's PCI_SLOT_NAME (a tree copied without links).
QString pciAddress(const QString &devicePath)
{
    const QFileInfo device(devicePath);
    if (device.isSymLink()) {
        const QString linked =
            NativeGpu::normalizedPciId(QFileInfo(device.symLinkTarget()).fileName());
        if (!linked.isEmpty())
            return linked;
    }
    for (const QByteArray &line : readSysfs(devicePath + u"/uevent"_s).split('\n')) {
        if (line.startsWith("PCI_SLOT_NAME="))
            return NativeGpu::normalizedPciId(QString::fromLatin1(line.mid(14)));
    }
    return QString();
}

// A directory's numeric entries (pids, fds), by POSIX calls: this runs for
// every process every round.
QList<quint32> numericEntries(DIR *directory)
{
    QList<quint32> numbers;
    while (const dirent *entry = readdir(directory)) {
        bool numeric = false;
        const quint32 number = QByteArrayView(entry->d_name).toUInt(&numeric, 10);
        if (numeric)
            numbers.append(number);
    }
    return numbers;
}

QByteArray readAt(int directoryFd, const char *name, qsizetype limit)
{
    const int fd = openat(directoryFd, name, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return QByteArray();
    QByteArray bytes(limit, Qt::Uninitialized);
    qsizetype filled = 0;
    while (filled < limit) {
        const ssize_t n = ::read(fd, bytes.data() + filled, size_t(limit - filled));
        if (n <= 0)
            break;
        filled += n;
    }
    ::close(fd);
    bytes.truncate(filled);
    return bytes;
}

// One process's memory on one GPU: per DRM client, once however many fds
// show it; fds without a client id each count.
struct ClientMemory
{
    QHash<quint64, std::optional<quint64>> byClient;
    QList<std::optional<quint64>> unidentified;

    std::optional<quint64> total() const
    {
        std::optional<quint64> sum;
        const auto add = [&sum](const std::optional<quint64> &bytes) {
            if (bytes)
                sum = sum.value_or(0) + *bytes;
        };
        for (const std::optional<quint64> &bytes : byClient)
            add(bytes);
        for (const std::optional<quint64> &bytes : unidentified)
            add(bytes);
        return sum;
    }
};

} // namespace

DrmSysfsProbe::DrmSysfsProbe(const QString &root) : m_root(root) {}

QList<NativeGpu> DrmSysfsProbe::readCards() const
{
    static const QRegularExpression cardName(u"^card(\\d+)$"_s);
    const QDir drm(m_root + u"/sys/class/drm"_s);
    QMap<int, NativeGpu> byCard; // ascending card number
    // Connector entries (card0-DP-1) and render nodes do not match cardN.
    for (const QString &entry : drm.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::System)) {
        const QRegularExpressionMatch match = cardName.match(entry);
        if (!match.hasMatch())
            continue;
        const QString device = drm.filePath(entry + u"/device"_s);
        const QString vendor = vendorName(readSysfs(device + u"/vendor"_s));
        const std::optional<quint64> total = readSysfsNumber(device + u"/mem_info_vram_total"_s);
        if (vendor.isEmpty() || !total)
            continue;
        NativeGpu gpu;
        gpu.vendor = vendor;
        gpu.index = match.captured(1).toInt();
        gpu.id = QString::fromLatin1(readSysfs(device + u"/unique_id"_s));
        gpu.name = QString::fromUtf8(readSysfs(device + u"/product_name"_s));
        if (gpu.name.isEmpty())
            gpu.name = vendor + u' ' + QString::fromLatin1(readSysfs(device + u"/device"_s));
        gpu.pciId = pciAddress(device);
        gpu.source = vendor == u"AMD" ? u"amdgpu sysfs"_s : u"drm sysfs"_s;
        gpu.totalMemory = *total;
        gpu.usedMemory = readSysfsNumber(device + u"/mem_info_vram_used"_s).value_or(0);
        gpu.freeMemory = gpu.totalMemory - qMin(gpu.usedMemory, gpu.totalMemory);
        gpu.gttTotal = readSysfsNumber(device + u"/mem_info_gtt_total"_s);
        gpu.gttUsed = readSysfsNumber(device + u"/mem_info_gtt_used"_s);
        byCard.insert(gpu.index, gpu);
    }
    return byCard.values();
}

int DrmSysfsProbe::readProcesses(QList<NativeGpu> *gpus)
{
    QHash<QString, qsizetype> gpuByPci;
    for (qsizetype i = 0; i < gpus->size(); ++i) {
        if (!gpus->at(i).pciId.isEmpty())
            gpuByPci.insert(gpus->at(i).pciId, i);
    }
    const QByteArray procRoot = QFile::encodeName(m_root + u"/proc"_s);
    const bool fullScan = ++m_roundsSinceFullScan >= FullScanEvery;
    QList<quint32> pids;
    if (fullScan) {
        m_roundsSinceFullScan = 0;
        DIR *proc = opendir(procRoot.constData());
        if (!proc) {
            m_drmFds.clear();
            m_commands.clear();
            return 0;
        }
        pids = numericEntries(proc);
        closedir(proc);
    } else {
        pids = m_drmFds.keys();
    }
    std::sort(pids.begin(), pids.end());

    const ProcessCommandReader commands(m_root + u"/proc"_s);
    QHash<quint32, QList<quint32>> drmFds;
    int unreadable = 0;
    for (const quint32 pid : pids) {
        const QByteArray folder = procRoot + '/' + QByteArray::number(pid);
        const int fdinfo =
            ::open(QByteArray(folder + "/fdinfo").constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fdinfo < 0) {
            if (errno == EACCES && fullScan)
                ++unreadable;
            continue;
        }
        QList<quint32> fds;
        int fdFolder = -1;
        if (fullScan) {
            const int listingFd = ::dup(fdinfo); // closedir() closes it
            if (DIR *listing = listingFd >= 0 ? fdopendir(listingFd) : nullptr) {
                fds = numericEntries(listing);
                closedir(listing);
            } else if (listingFd >= 0) {
                ::close(listingFd);
            }
            fdFolder =
                ::open(QByteArray(folder + "/fd").constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        } else {
            fds = m_drmFds.value(pid);
        }
        QHash<qsizetype, ClientMemory> memoryByGpu;
        for (const quint32 fd : fds) {
            const QByteArray name = QByteArray::number(fd);
            struct stat target;
            if (fdFolder >= 0 && fstatat(fdFolder, name.constData(), &target, 0) == 0 &&
                !(S_ISCHR(target.st_mode) && major(target.st_rdev) == DrmMajor))
                continue; // a real fd, and not DRM: its fdinfo is not worth reading
            // A known fd that was closed, or reused for something else, no
            // longer parses as a DRM client and drops out of the cache.
            const DrmFdInfo info =
                DrmFdInfo::parse(readAt(fdinfo, name.constData(), MaxFdinfoBytes));
            if (!info.isDrmClient())
                continue;
            const auto gpu = gpuByPci.constFind(info.pciId);
            if (gpu == gpuByPci.cend())
                continue;
            drmFds[pid].append(fd);
            ClientMemory &memory = memoryByGpu[*gpu];
            if (info.clientId)
                memory.byClient.insert(*info.clientId, info.vramBytes);
            else
                memory.unidentified.append(info.vramBytes);
        }
        if (fdFolder >= 0)
            ::close(fdFolder);
        ::close(fdinfo);
        if (memoryByGpu.isEmpty())
            continue;
        auto command = m_commands.constFind(pid);
        if (fullScan || command == m_commands.cend())
            command = m_commands.insert(pid, commands.command(pid));
        for (auto it = memoryByGpu.cbegin(); it != memoryByGpu.cend(); ++it)
            (*gpus)[it.key()].processes.append({pid, *command, it.value().total()});
    }
    m_drmFds = drmFds;
    // Forget the commands of processes that no longer hold a DRM fd.
    m_commands.removeIf([&drmFds](const auto &entry) { return !drmFds.contains(entry.key()); });
    return unreadable;
}

QList<NativeGpu> DrmSysfsProbe::probe(NativeProbeStatus *status)
{
    status->probe = u"drm sysfs"_s;
    const QString drm = m_root + u"/sys/class/drm"_s;
    if (!QFileInfo(drm).isDir()) {
        status->state = NativeProbeStatus::State::Unavailable;
        status->message = u"no DRM devices (no "_s + QDir::cleanPath(drm) + u')';
        return {};
    }
    QList<NativeGpu> gpus = readCards();
    if (gpus.isEmpty()) {
        status->state = NativeProbeStatus::State::Unavailable;
        status->message = u"no AMD or Intel GPU with memory in sysfs"_s;
        return gpus;
    }
    const int unreadable = readProcesses(&gpus);
    if (unreadable > 0)
        status->warnings.append(QString::number(unreadable) +
                                u" processes could not be read (another user's fds)"_s);
    status->state = NativeProbeStatus::State::Ok;
    status->message = QString::number(gpus.size()) + (gpus.size() == 1 ? u" GPU"_s : u" GPUs"_s);
    return gpus;
}

} // namespace vramscope

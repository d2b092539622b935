#pragma once

#include "sourcekind.h"

namespace vramscope {

// The GPUs of this machine, read from their drivers: NVML (loaded at run
// time), amdgpu/xe sysfs and DRM fdinfo. The address is the folder that
// stands for "/" (itself, or a container's mount of the host).
class NativeProbeSourceKind : public SourceKind
{
public:
    QString id() const override;
    QString displayName() const override;
    QString addressHint() const override;
    std::optional<QString> parseAddress(const QString &text, bool allowRemote,
                                        QString *error) const override;
    std::unique_ptr<PollSource> create(const QString &address) const override;
};

} // namespace vramscope

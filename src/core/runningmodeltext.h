#pragma once

#include <QDateTime>
#include <QString>

// The columns of `ollama ps` as its ListRunningHandler writes them
// (cmd/cmd.go, format/time.go), so that vramscope shows the same words.
namespace vramscope::RunningModelText {

// "100% GPU" when all of size is on GPUs, "100% CPU" when none, else the
// CPU share rounded half away from zero first: "48%/52% CPU/GPU".
// "Unknown" for a size_vram above size or a zero size with some on a GPU.
QString processor(quint64 size, quint64 sizeVram);

// "4 minutes from now", "Forever" (more than 20 years ahead, as a negative
// keep-alive gives), "Stopping..." once past, "Never" for Go's zero time.
QString until(const QDateTime &expiresAt, const QDateTime &now);

// ollama's format.humanDuration: "Less than a second", "1 second",
// "12 seconds", "About a minute", "4 minutes", "About an hour", "5 hours",
// "3 days", "2 weeks", "3 months", "2 years".
QString humanDuration(qint64 milliseconds);

} // namespace vramscope::RunningModelText

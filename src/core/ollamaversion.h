#pragma once

#include <QString>

#include <optional>

namespace vramscope {

// An ollama version as GET /api/version answers it ("0.30.2",
// "0.12.10-rc1", "0.0.0" for a build from source), and what it says about
// the runners that server starts.
class OllamaVersion
{
public:
    // Which runner a server of this version starts (SOURCES.md section 0).
    enum class Era
    {
        Unknown,     // older than 0.12.4, a dev build, or between eras: said so, not guessed
        GoRunner,    // 0.12.4 to 0.24.x: `ollama runner` with GET /info
        LlamaServer, // 0.30 and later: llama.cpp's llama-server
    };

    // MAJOR.MINOR.PATCH with an optional "-PRERELEASE" (and a leading "v",
    // as git tags write it). On failure answers nothing and sets *error.
    static std::optional<OllamaVersion> parse(const QString &text, QString *error);

    int major() const { return m_major; }
    int minor() const { return m_minor; }
    int patch() const { return m_patch; }
    QString preRelease() const { return m_preRelease; }
    // 0.0.0: built from source without a version; its era is unknown.
    bool isDevelopmentBuild() const { return m_major == 0 && m_minor == 0 && m_patch == 0; }
    Era era() const;
    // "0.12.10-rc1".
    QString toString() const;

    // "Go runner (/info)", "llama-server", "unknown".
    static QString eraName(Era era);

private:
    OllamaVersion(int major, int minor, int patch, const QString &preRelease)
        : m_major(major), m_minor(minor), m_patch(patch), m_preRelease(preRelease)
    {
    }

    int m_major = 0;
    int m_minor = 0;
    int m_patch = 0;
    QString m_preRelease;
};

} // namespace vramscope

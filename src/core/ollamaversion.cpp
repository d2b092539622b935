#include "ollamaversion.h"

#include <QRegularExpression>

#include <tuple>

namespace vramscope {

std::optional<OllamaVersion> OllamaVersion::parse(const QString &text, QString *error)
{
    static const QRegularExpression pattern(
        QStringLiteral("^v?(\\d{1,6})\\.(\\d{1,6})\\.(\\d{1,6})(?:-([0-9A-Za-z.-]{1,64}))?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        if (error) {
            const QString shown = text.size() > 40 ? text.left(40) + u"..." : text;
            *error = u"expected a version like 0.30.2 or 0.12.10-rc1, got '" + shown + u"'";
        }
        return std::nullopt;
    }
    return OllamaVersion(match.captured(1).toInt(), match.captured(2).toInt(),
                         match.captured(3).toInt(), match.captured(4));
}

OllamaVersion::Era OllamaVersion::era() const
{
    if (isDevelopmentBuild())
        return Era::Unknown;
    const auto number = std::make_tuple(m_major, m_minor, m_patch);
    // A pre-release of 0.30.0 already ships llama-server: compare the numbers only.
    if (number >= std::make_tuple(0, 30, 0))
        return Era::LlamaServer;
    // No release between 0.24.x and 0.30.0 exists; whatever claims one is not guessed at.
    if (number >= std::make_tuple(0, 12, 4) && number < std::make_tuple(0, 25, 0))
        return Era::GoRunner;
    return Era::Unknown;
}

QString OllamaVersion::toString() const
{
    QString text = QString::number(m_major) + u'.' + QString::number(m_minor) + u'.' +
                   QString::number(m_patch);
    if (!m_preRelease.isEmpty())
        text += u'-' + m_preRelease;
    return text;
}

QString OllamaVersion::eraName(Era era)
{
    switch (era) {
    case Era::GoRunner:
        return QStringLiteral("Go runner (/info)");
    case Era::LlamaServer:
        return QStringLiteral("llama-server");
    case Era::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace vramscope

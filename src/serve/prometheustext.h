#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace vramscope {

// Prometheus' text exposition format, version 0.0.4: metric families, each
// with its HELP and TYPE lines and then its samples, label values escaped
// as the format requires (backslash, double quote, line feed).
class PrometheusText
{
public:
    using Labels = QList<QPair<QByteArray, QString>>;

    // The Content-Type a scrape is answered with.
    static constexpr const char *ContentType = "text/plain; version=0.0.4; charset=utf-8";

    enum class Type
    {
        Gauge,
        Counter,
    };

    // Starts a family; its samples follow. A family without samples is
    // still written (HELP and TYPE), so that its name is always there.
    void family(const QByteArray &name, Type type, const QByteArray &help);
    // A sample of the family started last.
    void sample(const Labels &labels, quint64 value);
    void sample(const Labels &labels, double value);

    const QByteArray &text() const { return m_text; }

    static QByteArray escapedLabelValue(const QString &value);
    static QByteArray escapedHelp(const QByteArray &help);

private:
    void writeSample(const Labels &labels, const QByteArray &value);

    QByteArray m_name;
    QByteArray m_text;
};

} // namespace vramscope

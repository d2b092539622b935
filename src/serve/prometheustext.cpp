#include "prometheustext.h"

#include <cmath>

namespace vramscope {

void PrometheusText::family(const QByteArray &name, Type type, const QByteArray &help)
{
    m_name = name;
    m_text += "# HELP " + name + ' ' + escapedHelp(help) + "\n# TYPE " + name + ' ' +
              (type == Type::Counter ? "counter" : "gauge") + '\n';
}

void PrometheusText::sample(const Labels &labels, quint64 value)
{
    writeSample(labels, QByteArray::number(value));
}

void PrometheusText::sample(const Labels &labels, double value)
{
    if (std::isnan(value))
        writeSample(labels, "NaN");
    else if (std::isinf(value))
        writeSample(labels, value > 0 ? "+Inf" : "-Inf");
    else
        writeSample(labels, QByteArray::number(value, 'g', 17));
}

void PrometheusText::writeSample(const Labels &labels, const QByteArray &value)
{
    m_text += m_name;
    if (!labels.isEmpty()) {
        m_text += '{';
        for (qsizetype i = 0; i < labels.size(); ++i) {
            if (i > 0)
                m_text += ',';
            m_text += labels[i].first + "=\"" + escapedLabelValue(labels[i].second) + '"';
        }
        m_text += '}';
    }
    m_text += ' ' + value + '\n';
}

QByteArray PrometheusText::escapedLabelValue(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    QByteArray escaped;
    escaped.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '\\')
            escaped += "\\\\";
        else if (c == '"')
            escaped += "\\\"";
        else if (c == '\n')
            escaped += "\\n";
        else
            escaped += c;
    }
    return escaped;
}

QByteArray PrometheusText::escapedHelp(const QByteArray &help)
{
    QByteArray escaped = help;
    escaped.replace('\\', "\\\\").replace('\n', "\\n");
    return escaped;
}

} // namespace vramscope

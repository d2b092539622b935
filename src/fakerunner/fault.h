#pragma once

#include <QString>

#include <limits>
#include <optional>

class QJsonObject;

namespace vramscope {

// A way for the fake runner to misbehave on one path, within a time window.
// Written "PATH=KIND[:ARGUMENT]" on the command line ("/info=500:CUDA error",
// "/health=delay:1500", "*=hang"); kinds:
//   NNN[:text]   answer status NNN with the text (404 alone: Go's "404 page not found")
//   delay:MS     answer correctly, MS milliseconds late
//   hang         never answer; the connection stays open
//   close        send the head and half the body, then close the connection
//   truncate     a complete answer whose body is cut in half
//   malformed    a body that is not JSON
//   endless      a chunked body that never ends (cut off after 64 MiB)
//   wrong-types  the real body with its first number turned into a string
//   redirect     302 to another path
//   exit[:CODE]  the process exits on the request
class Fault
{
public:
    enum class Kind
    {
        Status,
        Delay,
        Hang,
        CloseMidBody,
        Truncate,
        Malformed,
        Endless,
        WrongTypes,
        Redirect,
        Exit,
    };

    static constexpr double Forever = std::numeric_limits<double>::infinity();

    // "PATH=KIND[:ARGUMENT]".
    static std::optional<Fault> parse(const QString &text, QString *error);
    // {"path": "/info", "fault": "500:CUDA error", "from": 4, "until": 8};
    // from and until are seconds since the runner started.
    static std::optional<Fault> fromJson(const QJsonObject &object, QString *error);

    Kind kind() const { return m_kind; }
    QString path() const { return m_path; }
    int status() const { return m_number; }
    int delayMs() const { return m_number; }
    int exitCode() const { return m_number; }
    QString text() const { return m_text; }

    bool appliesTo(const QString &path) const { return m_path == u"*" || m_path == path; }
    // Whether the window holds this time (seconds since start).
    bool isActiveAt(double seconds) const { return seconds >= m_from && seconds < m_until; }
    // "/info=500:CUDA error".
    QString toString() const;

private:
    static std::optional<Fault> parseSpec(const QString &path, const QString &spec, QString *error);

    Kind m_kind = Kind::Status;
    QString m_path;
    int m_number = 0;
    QString m_text;
    double m_from = 0;
    double m_until = Forever;
};

} // namespace vramscope

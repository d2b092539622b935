#pragma once

#include "endpoint.h"
#include "runnerresult.h"

#include <chrono>
#include <optional>

class QCommandLineParser;

namespace vramscope {

struct RunnerRequest;

// What the runner-facing commands share: --endpoint, --timeout and
// --allow-remote, and a query run to its end with ollama's semantics.
class RunnerOptions
{
public:
    // ollama gives a runner's first /info up to 30 s; a script wants less.
    static constexpr std::chrono::milliseconds DefaultTimeout{10000};

    static void addTo(QCommandLineParser &parser);
    // Whether --endpoint was given.
    static bool isSet(const QCommandLineParser &parser);
    // The options, checked; on bad usage returns nothing and sets *error.
    static std::optional<RunnerOptions> read(const QCommandLineParser &parser, QString *error);

    const Endpoint &endpoint() const { return m_endpoint; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Asks until the runner answers for good or the timeout passes.
    RunnerResult query(const RunnerRequest &request) const;

private:
    RunnerOptions(const Endpoint &endpoint, std::chrono::milliseconds timeout)
        : m_endpoint(endpoint), m_timeout(timeout)
    {
    }

    Endpoint m_endpoint;
    std::chrono::milliseconds m_timeout;
};

} // namespace vramscope

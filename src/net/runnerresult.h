#pragma once

#include "deviceinfo.h"
#include "loadresponse.h"
#include "runnerhealth.h"
#include "sourcestate.h"

#include <optional>

namespace vramscope {

// What one request to a runner came to: a decoded value, or the state it
// leaves the endpoint in and why.
struct RunnerResult
{
    // Ok when the decoded value is there.
    SourceState state = SourceState::Connecting;
    // What went wrong, naming the request and the endpoint; empty when ok.
    QString message;
    // The answer's status code; 0 when none arrived.
    int httpStatus = 0;
    // Whether ollama's discovery would ask again: transport failures and
    // unreadable bodies are retried; 404 and other error statuses are final.
    bool retryable = false;

    // Exactly one of these is set when ok, the one the request asked for.
    std::optional<QList<DeviceInfo>> devices;
    std::optional<RunnerHealth> health;
    std::optional<LoadResponse> load;
    // The answer to RunnerRequest::get() or post(), with httpStatus telling
    // what it is; the caller reads it.
    std::optional<QByteArray> body;

    bool isOk() const { return state == SourceState::Ok; }
};

} // namespace vramscope

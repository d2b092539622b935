#pragma once

#include "fault.h"
#include "httprequest.h"
#include "httpresponse.h"

#include <optional>

namespace vramscope {

// What a RunnerServer serves: the answers a healthy server gives, and the
// faults to carry out instead. A runner and the ollama server are both one.
class HttpResponder
{
public:
    virtual ~HttpResponder() = default;

    virtual HttpResponse answer(const HttpRequest &request) = 0;
    // The fault to apply to a request on this path now, if any.
    virtual std::optional<Fault> faultFor(const QString &path) const = 0;
};

} // namespace vramscope

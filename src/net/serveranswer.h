#pragma once

#include "runnerresult.h"

#include <QList>

namespace vramscope {

class RunnerCall;

// Reads the answer to a RunnerRequest::get() or post() sent to a server
// that speaks JSON (the ollama server, llama-server): the body when the
// status is one the caller expects, else a failure that says what stands
// on that port: an authenticating proxy (401, 403), an HTML page (a web
// server or another program), a missing path (404), or the server's own
// error text.
class ServerAnswer
{
public:
    // The body, or nothing with *failure set (state and message naming the
    // request and the endpoint).
    static std::optional<QByteArray> body(const RunnerCall &call, const QList<int> &expected,
                                          RunnerResult *failure);
    // A failure for a body a reader refused: "bad body: <path>: <what>".
    static RunnerResult badBody(const RunnerCall &call, const QString &what);
};

} // namespace vramscope

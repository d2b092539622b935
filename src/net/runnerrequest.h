#pragma once

#include "loadrequest.h"

namespace vramscope {

// One of the requests vramscope sends a runner.
struct RunnerRequest
{
    enum class Kind
    {
        Info,   // GET /info: the devices
        Health, // GET /health: status and load progress
        Load,   // POST /load with a LoadRequest (fit above all)
    };

    Kind kind = Kind::Info;
    LoadRequest load; // the body, for Kind::Load

    static RunnerRequest info() { return {Kind::Info, {}}; }
    static RunnerRequest health() { return {Kind::Health, {}}; }
    static RunnerRequest loadRequest(const LoadRequest &load) { return {Kind::Load, load}; }

    // "GET" or "POST".
    QByteArray method() const;
    // "/info", "/health", "/load".
    QString path() const;
    // The POST body; empty for GETs.
    QByteArray body() const;
};

} // namespace vramscope

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
        Get,    // GET of any path; the caller reads the status and body
        Post,   // POST of a JSON body to any path; the same
    };

    Kind kind = Kind::Info;
    LoadRequest load;   // the body, for Kind::Load
    QString rawPath;    // for Kind::Get and Kind::Post
    QByteArray rawBody; // for Kind::Post
    // Sent as "Authorization: Bearer TOKEN" when set (a vramscope host).
    QByteArray bearerToken;

    static RunnerRequest info() { return {Kind::Info, {}, {}, {}, {}}; }
    static RunnerRequest health() { return {Kind::Health, {}, {}, {}, {}}; }
    static RunnerRequest loadRequest(const LoadRequest &load)
    {
        return {Kind::Load, load, {}, {}, {}};
    }
    // For the ollama server's API and llama-server: RunnerResult::body
    // holds the answer, whatever its status besides a redirect.
    static RunnerRequest get(const QString &path) { return {Kind::Get, {}, path, {}, {}}; }
    static RunnerRequest post(const QString &path, const QByteArray &json)
    {
        return {Kind::Post, {}, path, json, {}};
    }

    // "GET" or "POST".
    QByteArray method() const;
    // "/info", "/health", "/load", or the raw path.
    QString path() const;
    // The POST body; empty for GETs.
    QByteArray body() const;
};

} // namespace vramscope

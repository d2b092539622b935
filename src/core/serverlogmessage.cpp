#include "serverlogmessage.h"

namespace vramscope::ServerLogMessage {

Kind kindOf(QByteArrayView message)
{
    if (message.isEmpty())
        return Kind::Other;
    switch (message.front()) {
    case 'L':
        if (message.startsWith("Listening on "))
            return Kind::Listening;
        break;
    case 'i':
        if (message == "inference compute")
            return Kind::Compute;
        break;
    case 's':
        if (message == "system memory")
            return Kind::SystemMemory;
        if (message == "starting runner" || message == "starting llama server")
            return Kind::StartGo;
        if (message == "starting llama-server")
            return Kind::StartLlamaServer;
        if (message == "stopping llama server" || message == "stopping llama-server")
            return Kind::Stop;
        break;
    case 'g':
        if (message == "gpu memory")
            return Kind::GpuMemory;
        break;
    case 'm':
        if (message == "model weights")
            return Kind::Memory;
        break;
    case 'k':
        if (message == "kv cache")
            return Kind::Memory;
        break;
    case 'c':
        if (message == "compute graph")
            return Kind::Memory;
        break;
    case 't':
        if (message == "total memory")
            return Kind::Memory;
        break;
    case 'o':
        if (message.startsWith("offloaded "))
            return Kind::Offloaded;
        break;
    case 'p':
        if (message == "process no longer running")
            return Kind::Crash;
        break;
    case 'l':
        if (message == "load")
            return Kind::LoadRequest;
        if ((message.startsWith("llama runner started in ") ||
             message.startsWith("llama-server started in ")) &&
            message.endsWith(" seconds"))
            return Kind::Started;
        if (message.startsWith("llama runner terminated") ||
            message.startsWith("llama-server terminated") ||
            message.startsWith("llama runner process has terminated"))
            return Kind::Crash;
        if (message == "llama-server stopped")
            return Kind::Stop;
        if (message.startsWith("llama-server model fits alongside") ||
            message.startsWith("llama-server model predicted to exceed"))
            return Kind::Placement;
        break;
    default:
        break;
    }
    return Kind::Other;
}

} // namespace vramscope::ServerLogMessage

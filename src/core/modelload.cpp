#include "modelload.h"

namespace vramscope {

QString ModelLoad::eraName(Era era)
{
    switch (era) {
    case Era::GoRunner:
        return QStringLiteral("go-runner");
    case Era::LlamaServer:
        return QStringLiteral("llama-server");
    }
    return {};
}

} // namespace vramscope

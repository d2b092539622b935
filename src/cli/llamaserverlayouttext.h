#pragma once

#include <QJsonObject>

class QTextStream;

namespace vramscope {

struct LlamaServerPlan;

// `vramscope layout --era llama-server`'s output: the plan in ollama's
// notation, then why (the GPU choice, each device's target and what filled
// it, what stayed on the CPU), as text or JSON.
class LlamaServerLayoutText
{
public:
    static void print(QTextStream &out, const LlamaServerPlan &plan);
    static QJsonObject toJson(const LlamaServerPlan &plan);
};

} // namespace vramscope

#pragma once

#include <QCoreApplication>
#include <QString>

namespace vramscope {

struct LlamaServerPlan;

// Today's ollama's plan explained for the layer editor, as HTML: the era's
// rules, which GPUs ollama chose and why, each device's target and what
// filled it, and what stayed on the CPU. `vramscope layout --era
// llama-server` prints the same facts as text.
class LlamaServerExplanationText
{
    Q_DECLARE_TR_FUNCTIONS(vramscope::LlamaServerExplanationText)

public:
    // measuredGraphs: devices whose compute buffer came from a logged load
    // rather than an estimate (the logged load's section says which).
    static QString html(const LlamaServerPlan &plan, int measuredGraphs = 0);
};

} // namespace vramscope

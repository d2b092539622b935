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
    static QString html(const LlamaServerPlan &plan);
};

} // namespace vramscope

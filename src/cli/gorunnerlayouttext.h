#pragma once

#include <QJsonObject>

class QTextStream;

namespace vramscope {

struct LayoutPlan;
struct LayoutSettings;

// `vramscope layout`'s output in the Go-runner era: the plan in ollama's
// notation, then each GPU's budget, what stayed on the CPU and why, as text
// or JSON.
class GoRunnerLayoutText
{
public:
    static void print(QTextStream &out, const LayoutPlan &plan, const LayoutSettings &settings);
    static QJsonObject toJson(const LayoutPlan &plan);
};

} // namespace vramscope

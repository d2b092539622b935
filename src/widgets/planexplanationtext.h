#pragma once

#include <QCoreApplication>
#include <QString>

namespace vramscope {

struct LayoutPlan;
struct LayoutSettings;

// ollama's plan explained for the layer editor, as HTML: the split, the
// settings, each GPU's budget, the CPU's share and what kept layers off the
// GPUs. The command line prints the same facts as text.
class PlanExplanationText
{
    Q_DECLARE_TR_FUNCTIONS(vramscope::PlanExplanationText)

public:
    static QString html(const LayoutPlan &plan, const LayoutSettings &settings);
    // A planner error, in the explanation's place.
    static QString errorHtml(const QString &error);
};

} // namespace vramscope

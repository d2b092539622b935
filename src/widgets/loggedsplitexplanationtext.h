#pragma once

#include <QCoreApplication>
#include <QString>

namespace vramscope {

struct LogComparison;

// The layer editor's last paragraphs after a plan: the plan beside the
// watched server log's last load of the same model, per device, as HTML.
// `vramscope layout --log` prints the same facts as text.
class LoggedSplitExplanationText
{
    Q_DECLARE_TR_FUNCTIONS(vramscope::LoggedSplitExplanationText)

public:
    static QString html(const LogComparison &logged);
};

} // namespace vramscope

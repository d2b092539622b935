#pragma once

#include "sourceid.h"

#include <QDockWidget>

#include <memory>
#include <optional>

namespace vramscope {

namespace Ui {
class SourcesDock;
}

class Workspace;

// The sources panel: every watched source of every kind with its state,
// what it is doing and its age; add, edit and remove (each kind with its
// own address and hint), and the selected source's polling interval.
class SourcesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit SourcesDock(Workspace *workspace, QWidget *parent = nullptr);
    ~SourcesDock() override;

    std::optional<SourceId> currentSource() const;
    void setCurrentSource(const SourceId &id);

public slots:
    void promptAdd();
    void editCurrent();
    void removeCurrent();

signals:
    // The selection moved, or the user clicked the selected source again.
    void sourceChosen(const vramscope::SourceId &id);
    // The user added, changed or removed a source (what is kept between sessions).
    void userSourcesEdited();

private:
    void onCurrentChanged();
    void applyInterval(double seconds);

    std::unique_ptr<Ui::SourcesDock> m_ui;
    Workspace *m_workspace;
};

} // namespace vramscope

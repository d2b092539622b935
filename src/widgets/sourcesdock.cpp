#include "sourcesdock.h"

#include "poller.h"
#include "sourcedelegate.h"
#include "sourcedialog.h"
#include "sourcelistmodel.h"
#include "ui_sourcesdock.h"
#include "workspace.h"

namespace vramscope {

SourcesDock::SourcesDock(Workspace *workspace, QWidget *parent)
    : QDockWidget(parent), m_ui(std::make_unique<Ui::SourcesDock>()), m_workspace(workspace)
{
    m_ui->setupUi(this);
    m_ui->sourceList->setModel(workspace->sourceModel());
    m_ui->sourceList->setItemDelegate(new SourceDelegate(m_ui->sourceList));
    connect(m_ui->addButton, &QToolButton::clicked, this, &SourcesDock::promptAdd);
    connect(m_ui->editButton, &QToolButton::clicked, this, &SourcesDock::editCurrent);
    connect(m_ui->removeButton, &QToolButton::clicked, this, &SourcesDock::removeCurrent);
    connect(m_ui->sourceList, &QListView::doubleClicked, this, &SourcesDock::editCurrent);
    connect(m_ui->sourceList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SourcesDock::onCurrentChanged);
    // Clicking the selected source again brings the editor back to it (after a file).
    connect(m_ui->sourceList, &QListView::clicked, this, [this] {
        if (const std::optional<SourceId> id = currentSource())
            emit sourceChosen(*id);
    });
    connect(m_ui->intervalSpin, &QDoubleSpinBox::valueChanged, this, &SourcesDock::applyInterval);
    // The first source to arrive is selected, so that the editor has devices.
    connect(workspace->sourceModel(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_ui->sourceList->currentIndex().isValid())
            m_ui->sourceList->setCurrentIndex(m_workspace->sourceModel()->index(0));
    });
    onCurrentChanged();
}

SourcesDock::~SourcesDock() = default;

std::optional<SourceId> SourcesDock::currentSource() const
{
    const QModelIndex index = m_ui->sourceList->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return m_workspace->sourceModel()->entry(index.row()).id;
}

void SourcesDock::setCurrentSource(const SourceId &id)
{
    const int row = m_workspace->sourceModel()->rowOf(id);
    if (row >= 0)
        m_ui->sourceList->setCurrentIndex(m_workspace->sourceModel()->index(row));
}

void SourcesDock::promptAdd()
{
    SourceDialog dialog(
        m_workspace->registry(),
        [this](const QString &kind, const QString &address, bool remote, QString *error) {
            return m_workspace->checkSource(kind, address, remote, {}, error).has_value();
        },
        this);
    dialog.setWindowTitle(tr("Add Source"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    SourceId added;
    if (m_workspace->addSource(dialog.kind(), dialog.address(), dialog.allowRemote(),
                               dialog.interval(), Workspace::Origin::User, &error, &added)) {
        setCurrentSource(added);
        emit userSourcesEdited();
    }
}

void SourcesDock::editCurrent()
{
    const std::optional<SourceId> current = currentSource();
    if (!current)
        return;
    const SourceListModel::Entry &entry =
        m_workspace->sourceModel()->entry(m_workspace->sourceModel()->rowOf(*current));
    const SourceId old = *current;
    SourceDialog dialog(
        m_workspace->registry(),
        [this, old](const QString &kind, const QString &address, bool remote, QString *error) {
            return m_workspace->checkSource(kind, address, remote, old, error).has_value();
        },
        this);
    dialog.setWindowTitle(tr("Edit Source"));
    dialog.setSource(entry.id.kind, entry.id.address, entry.remote,
                     m_workspace->poller()->interval(old));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const std::optional<SourceId> edited = m_workspace->checkSource(
        dialog.kind(), dialog.address(), dialog.allowRemote(), old, &error);
    if (edited && m_workspace->replaceSource(old, dialog.kind(), dialog.address(),
                                             dialog.allowRemote(), dialog.interval(), &error)) {
        setCurrentSource(*edited);
        onCurrentChanged();
        emit userSourcesEdited();
    }
}

void SourcesDock::removeCurrent()
{
    if (const std::optional<SourceId> current = currentSource()) {
        m_workspace->removeSource(*current);
        emit userSourcesEdited();
    }
}

void SourcesDock::onCurrentChanged()
{
    const std::optional<SourceId> current = currentSource();
    m_ui->editButton->setEnabled(current.has_value());
    m_ui->removeButton->setEnabled(current.has_value());
    m_ui->intervalSpin->setEnabled(current.has_value());
    if (!current)
        return;
    {
        const QSignalBlocker blocker(m_ui->intervalSpin);
        m_ui->intervalSpin->setValue(double(m_workspace->poller()->interval(*current).count()) /
                                     1000.0);
    }
    emit sourceChosen(*current);
}

void SourcesDock::applyInterval(double seconds)
{
    if (const std::optional<SourceId> current = currentSource()) {
        m_workspace->setInterval(*current, std::chrono::milliseconds(qRound64(seconds * 1000.0)));
        emit userSourcesEdited();
    }
}

} // namespace vramscope

#include "devicesplitrow.h"

#include "devicecolors.h"
#include "layerranges.h"
#include "layersplit.h"
#include "layerstrip.h"
#include "ui_devicesplitrow.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFontDatabase>
#include <QMimeData>
#include <QPainter>

namespace vramscope {

DeviceSplitRow::DeviceSplitRow(int device, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DeviceSplitRow>()), m_device(device)
{
    m_ui->setupUi(this);
    setAcceptDrops(true);
    QPixmap swatch(16, 16);
    swatch.fill(DeviceColors::color(device));
    if (device == LayerSplit::Cpu) {
        QPainter painter(&swatch);
        painter.fillRect(swatch.rect(), DeviceColors::cpuHatch());
    }
    m_ui->swatchLabel->setPixmap(swatch);
    m_ui->notationLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QPalette errorPalette = m_ui->errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, DeviceColors::shortColor());
    m_ui->errorLabel->setPalette(errorPalette);
    m_ui->errorLabel->hide();

    if (device == LayerSplit::Cpu) {
        // The CPU holds whatever no GPU does: its field only shows.
        m_ui->rangesEdit->setReadOnly(true);
        m_ui->rangesEdit->setPlaceholderText(tr("none"));
        m_ui->rangesEdit->setToolTip(tr("The layers no GPU holds; they run on the CPU from "
                                        "system memory"));
        m_ui->notationLabel->hide();
    } else {
        connect(m_ui->rangesEdit, &QLineEdit::editingFinished, this,
                &DeviceSplitRow::onEditingFinished);
        auto *revertAction = new QAction(m_ui->rangesEdit);
        revertAction->setShortcut(QKeySequence(Qt::Key_Escape));
        revertAction->setShortcutContext(Qt::WidgetShortcut);
        m_ui->rangesEdit->addAction(revertAction);
        connect(revertAction, &QAction::triggered, this, &DeviceSplitRow::revert);
    }
}

DeviceSplitRow::~DeviceSplitRow() = default;

void DeviceSplitRow::setTitle(const QString &title, const QString &toolTip)
{
    m_ui->titleLabel->setText(title);
    m_ui->titleLabel->setToolTip(toolTip);
    m_ui->rangesEdit->setAccessibleName(tr("Layers on %1").arg(title));
    m_ui->fitBar->setAccessibleName(tr("Memory of %1").arg(title));
}

void DeviceSplitRow::setLayers(const QString &ranges, const QString &notation)
{
    QLineEdit *edit = m_ui->rangesEdit;
    const bool typing = edit->hasFocus() && edit->isModified();
    // Same text again (a poll) must not move the cursor or the selection.
    if (!typing && m_error.isEmpty() && edit->text() != ranges)
        edit->setText(ranges);
    m_ranges = ranges;
    m_ui->notationLabel->setText(notation);
}

void DeviceSplitRow::setFit(const QList<FitBar::Part> &parts, quint64 room, quint64 swap,
                            const QString &toolTip)
{
    m_ui->fitBar->setValues(parts, room, swap);
    m_ui->fitBar->setToolTip(toolTip);
}

void DeviceSplitRow::setError(const QString &error)
{
    m_error = error;
    m_ui->errorLabel->setText(error);
    m_ui->errorLabel->setVisible(!error.isEmpty());
    // Red text in the field too, so that the refused ranges stand out.
    QPalette palette = m_ui->rangesEdit->palette();
    palette.setColor(QPalette::Text, error.isEmpty() ? this->palette().color(QPalette::Text)
                                                     : DeviceColors::shortColor());
    m_ui->rangesEdit->setPalette(palette);
}

QString DeviceSplitRow::notation() const
{
    return m_ui->notationLabel->text();
}

QLineEdit *DeviceSplitRow::rangesEdit() const
{
    return m_ui->rangesEdit;
}

FitBar *DeviceSplitRow::fitBar() const
{
    return m_ui->fitBar;
}

void DeviceSplitRow::onEditingFinished()
{
    const QString text = m_ui->rangesEdit->text();
    m_ui->rangesEdit->setModified(false);
    if (text == m_ranges && m_error.isEmpty())
        return;
    emit rangesEdited(m_device, text);
}

void DeviceSplitRow::revert()
{
    setError(QString());
    m_ui->rangesEdit->setText(m_ranges);
    m_ui->rangesEdit->setModified(false);
}

void DeviceSplitRow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(LayerStrip::mimeType()))
        event->acceptProposedAction();
}

void DeviceSplitRow::dropEvent(QDropEvent *event)
{
    const QString ranges = QString::fromUtf8(event->mimeData()->data(LayerStrip::mimeType()));
    const std::optional<QList<int>> layers = LayerRanges::parse(ranges, -1, nullptr);
    if (!layers || layers->isEmpty())
        return;
    event->acceptProposedAction();
    emit layersDropped(m_device, *layers);
}

} // namespace vramscope

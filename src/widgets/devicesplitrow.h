#pragma once

#include "fitbar.h"

#include <QWidget>

#include <memory>

class QLineEdit;

namespace vramscope {

namespace Ui {
class DeviceSplitRow;
}

// One device in the layer editor (or the CPU): its colour and name, its
// layers as editable ranges, its part in ollama's notation and its fit bar.
// Layers dragged from the strip can be dropped on it.
class DeviceSplitRow : public QWidget
{
    Q_OBJECT

public:
    // device: its index in the editor's list, or LayerSplit::Cpu.
    explicit DeviceSplitRow(int device, QWidget *parent = nullptr);
    ~DeviceSplitRow() override;

    int device() const { return m_device; }
    void setTitle(const QString &title, const QString &toolTip);
    // The device's layers as ranges and in ollama's notation. A field the
    // user is typing in, or one showing an error, keeps its text.
    void setLayers(const QString &ranges, const QString &notation);
    void setFit(const QList<FitBar::Part> &parts, quint64 room, quint64 swap,
                const QString &toolTip);
    // Why the typed ranges were refused; empty clears it.
    void setError(const QString &error);

    QString error() const { return m_error; }
    QString notation() const;
    QLineEdit *rangesEdit() const;
    FitBar *fitBar() const;

signals:
    // The user finished typing ranges that differ from the device's layers.
    void rangesEdited(int device, const QString &ranges);
    void layersDropped(int device, const QList<int> &layers);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void onEditingFinished();
    void revert();

    std::unique_ptr<Ui::DeviceSplitRow> m_ui;
    int m_device;
    QString m_ranges; // the model's, as last shown
    QString m_error;
};

} // namespace vramscope

#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

namespace vramscope {

// One device's memory as a bar: what a split needs, part by part, against
// the room there is. Past the room the bar turns red and says by how much it
// falls short; system memory may also have swap, which holds the excess
// slowly (orange) before it falls short.
class FitBar : public QWidget
{
    Q_OBJECT

public:
    struct Part
    {
        QString label; // "weights", "KV cache", ...
        quint64 bytes = 0;
        QColor color;
    };

    enum class State
    {
        Fits,
        Swaps, // past the room but within room + swap
        Short,
    };

    explicit FitBar(QWidget *parent = nullptr);

    void setValues(const QList<Part> &parts, quint64 room, quint64 swap = 0);

    const QList<Part> &parts() const { return m_parts; }
    quint64 need() const;
    quint64 room() const { return m_room; }
    quint64 swap() const { return m_swap; }
    State state() const;
    // What does not fit even in room + swap.
    quint64 shortfall() const;
    // The words on the bar: "9.6 GiB of 22.7 GiB (13.1 GiB left)".
    QString caption() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Part> m_parts;
    quint64 m_room = 0;
    quint64 m_swap = 0;
};

} // namespace vramscope

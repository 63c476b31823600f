#pragma once

#include <QList>
#include <QWidget>

//! A strip of bars: entries and errors per time bucket, oldest on the left, in the palette's
//! colours (Highlight for entries; for errors, its saturation and lightness in red). Knows
//! nothing of logs beyond counts.
class LogHistogram : public QWidget
{
    Q_OBJECT
public:
    explicit LogHistogram(QWidget *parent = nullptr);

    //! Counts per bucket over [fromMs, toMs]; empty lists clear the strip.
    void setCounts(qint64 fromMs, qint64 toMs, const QList<int> &entries, const QList<int> &errors);
    int bucketCount() const { return int(m_entries.size()); }
    int total() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    int bucketAt(int x) const;

    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    QList<int> m_entries;
    QList<int> m_errors;
};

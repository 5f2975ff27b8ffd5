#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace strata {

/// The status bar's busy indicator while a load runs: stage text, a progress bar (busy when
/// the amount is unknown) and a Cancel button.
class LoadProgressWidget : public QWidget
{
    Q_OBJECT

public:
    explicit LoadProgressWidget(QWidget *parent = nullptr);

    /// Shows the widget in busy mode with `stage` as its text.
    void begin(const QString &stage);
    /// Updates the stage; `total` 0 keeps the bar busy.
    void setProgress(const QString &stage, int done, int total);
    void end();

    QString stageText() const;
    QProgressBar *progressBar() const { return m_bar; }
    QToolButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_stage;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace strata

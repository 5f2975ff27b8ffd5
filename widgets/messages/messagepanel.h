#pragma once

#include "messagemodel.h"

#include <QWidget>

class QTreeView;

namespace strata {

/// The "Messages" dock's contents: severity icon, time and text per line, newest visible.
class MessagePanel : public QWidget
{
    Q_OBJECT

public:
    explicit MessagePanel(QWidget *parent = nullptr);

    void info(const QString &text);
    void warning(const QString &text);
    void error(const QString &text);

    MessageModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

private:
    void append(MessageModel::Severity severity, const QString &text);

    MessageModel *m_model;
    QTreeView *m_view;
};

} // namespace strata

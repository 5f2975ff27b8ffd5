#pragma once

// Small helpers the main-window tests share: files on disk, and what the window shows.

#include "mainwindow.h"
#include "messages/messagemodel.h"
#include "messages/messagepanel.h"
#include "schema/schemabrowser.h"
#include "widgettestenv.h"

#include <QFile>
#include <QTreeView>

namespace strata::test {

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Rows of the messages panel with `severity`, as their exact texts.
inline QStringList messages(MainWindow &window, MessageModel::Severity severity)
{
    QStringList texts;
    const MessageModel *model = window.messagePanel()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, MessageModel::TextColumn);
        if (index.data(MessageModel::SeverityRole).toInt() == int(severity))
            texts.append(index.data(MessageModel::TextRole).toString());
    }
    return texts;
}

/// The tables of the first schema in the tree, as the tree shows them.
inline QStringList tableNames(MainWindow &window)
{
    const QAbstractItemModel *tree = window.schemaBrowser()->treeView()->model();
    return tree->rowCount() > 0 ? childNames(tree, tree->index(0, 0)) : QStringList();
}

} // namespace strata::test

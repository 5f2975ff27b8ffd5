#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace strata {

/// The log the "Messages" dock shows: what loads did, their warnings and errors, oldest first.
class MessageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Severity
    {
        Info,
        Warning,
        Error
    };
    Q_ENUM(Severity)

    enum Columns
    {
        TimeColumn,
        TextColumn,
        ColumnCount
    };
    enum Roles
    {
        /// int(Severity).
        SeverityRole = Qt::UserRole + 1,
        /// The message exactly as reported (DisplayRole folds line breaks).
        TextRole,
        TimestampRole
    };

    /// Older rows are dropped beyond this many.
    static constexpr int MaxMessages = 2000;

    explicit MessageModel(QObject *parent = nullptr);

    void append(Severity severity, const QString &text);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Message
    {
        Severity severity;
        QDateTime time;
        QString text;
    };
    QList<Message> m_messages;
};

} // namespace strata

#include "messagemodel.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QStyle>

namespace strata {
namespace {

QIcon severityIcon(MessageModel::Severity severity)
{
    QStyle *style = QApplication::style();
    switch (severity) {
    case MessageModel::Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case MessageModel::Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case MessageModel::Severity::Info:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxInformation);
}

QString severityName(MessageModel::Severity severity)
{
    switch (severity) {
    case MessageModel::Severity::Warning:
        return MessageModel::tr("Warning");
    case MessageModel::Severity::Error:
        return MessageModel::tr("Error");
    case MessageModel::Severity::Info:
        break;
    }
    return MessageModel::tr("Information");
}

} // namespace

MessageModel::MessageModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MessageModel::append(Severity severity, const QString &text)
{
    if (m_messages.size() >= MaxMessages) {
        beginRemoveRows({}, 0, 0);
        m_messages.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_messages.size());
    beginInsertRows({}, row, row);
    m_messages.append({severity, QDateTime::currentDateTime(), text});
    endInsertRows();
}

void MessageModel::clear()
{
    beginResetModel();
    m_messages.clear();
    endResetModel();
}

int MessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int MessageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Message &message = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TimeColumn)
            return message.time.toString(QStringLiteral("HH:mm:ss"));
        return QString(message.text).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case Qt::DecorationRole:
        return index.column() == TimeColumn ? QVariant(severityIcon(message.severity)) : QVariant();
    case Qt::ToolTipRole:
        return QString(severityName(message.severity) + QStringLiteral(" — ") +
                       QLocale().toString(message.time, QLocale::LongFormat) + QLatin1Char('\n') +
                       message.text);
    case SeverityRole:
        return int(message.severity);
    case TextRole:
        return message.text;
    case TimestampRole:
        return message.time;
    default:
        return {};
    }
}

QVariant MessageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TimeColumn ? tr("Time") : tr("Message");
}

} // namespace strata

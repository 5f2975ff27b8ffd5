#include "maskedexpression.h"

#include "url/databaseurl.h"

#include <QStringList>

namespace strata {
namespace {

const QString kMask = QStringLiteral("****");

/// The passwords maskPasswordsIn() hid in `written`, in order: the text between the pieces
/// the masked text shares with it.
QStringList hiddenPasswords(const QString &written, const QString &masked)
{
    const QStringList pieces = masked.split(kMask);
    QStringList passwords;
    qsizetype position = pieces.constFirst().size();
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        const QString &piece = pieces.at(i);
        const qsizetype end = piece.isEmpty() ? written.size() : written.indexOf(piece, position);
        if (end < position)
            return {};
        passwords.append(written.mid(position, end - position));
        position = end + piece.size();
    }
    return passwords;
}

} // namespace

QString maskedExpression(const QString &written)
{
    return maskPasswordsIn(written);
}

QString unmaskedExpression(const QString &edited, const QString &written)
{
    const QString masked = maskPasswordsIn(written);
    if (masked == written)
        return edited;
    const QStringList passwords = hiddenPasswords(written, masked);
    const QStringList pieces = edited.split(kMask);
    if (passwords.isEmpty() || pieces.size() - 1 != passwords.size())
        return edited;
    QString result = pieces.constFirst();
    for (qsizetype i = 1; i < pieces.size(); ++i)
        result += passwords.at(i - 1) + pieces.at(i);
    return result;
}

} // namespace strata

#pragma once

#include <QList>
#include <QString>

namespace strata {

/// One statement of a MySQL script, with the line it starts on (1-based) for messages.
struct MysqlStatement
{
    QString text;
    int line = 1;
};

/// Splits a MySQL/MariaDB script on `;` outside quotes ('', "", ``) and comments (--, #,
/// /* */), honouring `DELIMITER` lines as the mysql client does. Comment-only pieces are
/// dropped; statements keep their comments so executable /*! ... */ comments still run.
QList<MysqlStatement> splitMysqlStatements(const QString &script);

} // namespace strata

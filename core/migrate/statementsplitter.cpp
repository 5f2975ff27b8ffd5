#include "statementsplitter.h"

#include "statementscanner.h"

namespace strata {

QString SplitFailure::message() const
{
    if (line == 0)
        return reason;
    return QStringLiteral("%1:%2: %3").arg(line).arg(column).arg(reason);
}

Expected<QList<MigrationStatement>> splitStatements(const QByteArray &content,
                                                    const SplitRules &rules, SplitFailure *failure)
{
    StatementScanner scanner(rules, content);
    const auto failed = [&]() -> Error {
        if (failure)
            *failure = scanner.failure();
        return Error{scanner.failure().message()};
    };
    if (!scanner.init())
        return failed();
    QList<MigrationStatement> statements;
    // Lines are counted incrementally: statements come in file order.
    qsizetype countedUpTo = 0;
    int line = 1;
    for (;;) {
        StatementScanner::Statement scanned;
        const StatementScanner::Step step = scanner.next(scanned);
        if (step == StatementScanner::Step::End)
            return statements;
        if (step == StatementScanner::Step::Failed)
            return failed();
        const qsizetype offset = qBound(qsizetype(0), scanned.offset, content.size());
        // A GO batch's offset can point back into its own text (Atlas's Pos): count afresh.
        if (offset < countedUpTo) {
            countedUpTo = 0;
            line = 1;
        }
        line += int(QByteArrayView(content).sliced(countedUpTo, offset - countedUpTo).count('\n'));
        countedUpTo = offset;
        MigrationStatement statement;
        statement.text = QString::fromUtf8(scanned.text);
        statement.offset = offset;
        statement.line = line;
        for (const QByteArray &comment : std::as_const(scanned.comments))
            statement.comments.append(QString::fromUtf8(comment));
        statements.append(statement);
    }
}

} // namespace strata

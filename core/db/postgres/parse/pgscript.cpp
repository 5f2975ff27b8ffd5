#include "pgscript_p.h"

#include "pgexpression.h"
#include "pgjson.h"
#include "pgnames.h"
#include "pgtableeditor.h"
#include "pgtypename.h"

#include <QHash>
#include <QRegularExpression>

namespace strata {

using namespace pgjson;

namespace {

/// A cancel is noticed within this many statements.
constexpr int kCancelCheckInterval = 64;

/// What a statement the model does not hold is called in the "ignored" warning.
QString statementLabel(QLatin1StringView type, const pgjson::Object &statement,
                       const QByteArray &text)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("CreateTrigStmt"), QStringLiteral("CREATE TRIGGER")},
        {QStringLiteral("CreateExtensionStmt"), QStringLiteral("CREATE EXTENSION")},
        {QStringLiteral("ViewStmt"), QStringLiteral("CREATE VIEW")},
        {QStringLiteral("InsertStmt"), QStringLiteral("INSERT")},
        {QStringLiteral("UpdateStmt"), QStringLiteral("UPDATE")},
        {QStringLiteral("DeleteStmt"), QStringLiteral("DELETE")},
        {QStringLiteral("SelectStmt"), QStringLiteral("SELECT")},
        {QStringLiteral("CreateSeqStmt"), QStringLiteral("CREATE SEQUENCE")},
        {QStringLiteral("AlterSeqStmt"), QStringLiteral("ALTER SEQUENCE")},
        {QStringLiteral("DoStmt"), QStringLiteral("DO")},
        {QStringLiteral("VariableSetStmt"), QStringLiteral("SET")},
        {QStringLiteral("CreateDomainStmt"), QStringLiteral("CREATE DOMAIN")},
        {QStringLiteral("CompositeTypeStmt"), QStringLiteral("CREATE TYPE")},
        {QStringLiteral("CreatePolicyStmt"), QStringLiteral("CREATE POLICY")},
        {QStringLiteral("RuleStmt"), QStringLiteral("CREATE RULE")},
        {QStringLiteral("CreateRoleStmt"), QStringLiteral("CREATE ROLE")},
        {QStringLiteral("TruncateStmt"), QStringLiteral("TRUNCATE")},
        {QStringLiteral("CopyStmt"), QStringLiteral("COPY")},
        {QStringLiteral("CreateTableAsStmt"), QStringLiteral("CREATE TABLE AS")},
        {QStringLiteral("AlterOwnerStmt"), QStringLiteral("ALTER OWNER")},
        {QStringLiteral("CreateEventTrigStmt"), QStringLiteral("CREATE EVENT TRIGGER")},
        {QStringLiteral("AlterDefaultPrivilegesStmt"), QStringLiteral("ALTER DEFAULT PRIVILEGES")},
    };
    if (type == QLatin1String("CreateFunctionStmt")) {
        return statement.value(QLatin1String("is_procedure")).toBool()
                   ? QStringLiteral("CREATE PROCEDURE")
                   : QStringLiteral("CREATE FUNCTION");
    }
    if (type == QLatin1String("GrantStmt") || type == QLatin1String("GrantRoleStmt")) {
        return statement.value(QLatin1String("is_grant")).toBool() ? QStringLiteral("GRANT")
                                                                   : QStringLiteral("REVOKE");
    }
    if (const auto it = labels.constFind(QString(type)); it != labels.constEnd())
        return *it;
    // Anything else: the statement's first two words, as written.
    static const QRegularExpression words(QStringLiteral("^\\s*([A-Za-z]+)(?:\\s+([A-Za-z]+))?"));
    const QRegularExpressionMatch match = words.match(QString::fromUtf8(text.left(64)));
    return match.captured(0).simplified().toUpper();
}

} // namespace

PgScript::PgScript(const QByteArray &utf8, const QString &sourceName, const QString &defaultSchema)
    : m_utf8(utf8)
    , m_map(utf8)
    , m_sourceName(sourceName)
    , m_builder(defaultSchema)
{}

Status PgScript::step(const PgQueryStatement &entry, const TaskControl &control)
{
    if (++m_done % kCancelCheckInterval == 0 && control.isCancelled())
        return Error::cancellation();
    m_location = m_map.statementStart(entry.location);
    // The statement's own text, without a copy: the script outlives the step.
    m_statementText =
        QByteArray::fromRawData(m_utf8.constData() + entry.sourceOffset, entry.sourceLength);
    if (QString error = statement(entry.tree); !error.isEmpty())
        return Error{located(m_location, error)};
    return Ok{};
}

QString PgScript::located(qsizetype byteOffset, const QString &message) const
{
    const SourcePoint point = m_map.at(byteOffset);
    return QStringLiteral("%1:%2:%3: %4")
        .arg(m_sourceName)
        .arg(point.line)
        .arg(point.column)
        .arg(message);
}

void PgScript::ignore(const QString &label)
{
    m_warnings.append(
        PgDdlParserTr::tr("ignored: %1 at line %2 of %3").arg(label).arg(line()).arg(m_sourceName));
}

void PgScript::ignoreStatement(QLatin1StringView type, const pgjson::Object &stmt)
{
    ignore(statementLabel(type, stmt, m_utf8.mid(m_location, 64)));
}

QString PgScript::statement(const pgjson::Value &node)
{
    const QLatin1StringView type = nodeType(node);
    const pgjson::Object stmt = body(node);
    if (type == QLatin1String("CreateStmt"))
        return createTable(stmt);
    if (type == QLatin1String("AlterTableStmt"))
        return alterTable(stmt);
    if (type == QLatin1String("IndexStmt"))
        return createIndex(stmt);
    if (type == QLatin1String("CreateEnumStmt"))
        return createEnum(stmt);
    if (type == QLatin1String("AlterEnumStmt"))
        return alterEnum(stmt);
    if (type == QLatin1String("CreateSchemaStmt"))
        return createSchema(stmt);
    if (type == QLatin1String("CommentStmt"))
        return comment(stmt);
    if (type == QLatin1String("DropStmt"))
        return drop(stmt);
    if (type == QLatin1String("RenameStmt"))
        return rename(stmt);
    if (type == QLatin1String("VariableSetStmt") &&
        text(stmt, "name") == QLatin1String("search_path"))
        return searchPath(stmt);
    if (type == QLatin1String("TransactionStmt")) {
        const QString kind = text(stmt, "kind");
        // A script's own BEGIN/COMMIT frame the same changes; only a rollback undoes them.
        if (kind.contains(QLatin1String("ROLLBACK")))
            ignore(QStringLiteral("ROLLBACK"));
        return {};
    }
    ignoreStatement(type, stmt);
    return {};
}

RelationName PgScript::relation(const pgjson::Object &rangeVar) const
{
    const QString schema = text(rangeVar, "schemaname");
    return {schema.isEmpty() ? m_builder.defaultSchema() : pgTruncateIdentifier(schema),
            pgTruncateIdentifier(text(rangeVar, "relname"))};
}

RelationName PgScript::qualified(const QStringList &names) const
{
    if (names.size() >= 2)
        return {names.at(names.size() - 2), names.constLast()};
    return {m_builder.defaultSchema(), names.value(0)};
}

QString PgScript::missingSchema(const QString &schema) const
{
    return PgDdlParserTr::tr("schema \"%1\" does not exist").arg(schema);
}

void PgScript::noteEditor(const PgTableEditor &editor)
{
    for (const QString &expression : editor.approximations()) {
        m_warnings.append(PgDdlParserTr::tr("%1:%2: the expression %3 may be printed "
                                            "differently by the server")
                              .arg(m_sourceName)
                              .arg(line())
                              .arg(expression));
    }
    for (const QString &type : editor.unknownTypes()) {
        m_warnings.append(PgDdlParserTr::tr("%1:%2: type \"%3\" is not built in and not "
                                            "created by the script; kept as written")
                              .arg(m_sourceName)
                              .arg(line())
                              .arg(type));
    }
}

void PgScript::approximate(const QString &expression)
{
    m_warnings.append(PgDdlParserTr::tr("%1:%2: the expression %3 may be printed differently "
                                        "by the server")
                          .arg(m_sourceName)
                          .arg(line())
                          .arg(expression));
}

} // namespace strata

#include "postgrescolumnalteration.h"

#include "hcl/gostring.h"
#include "postgresdialect.h"
#include "postgresplannames.h"
#include "postgresplansteps.h"
#include "postgresserialcolumn.h"
#include "postgrestype.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <limits>

namespace strata {

namespace {

constexpr qint64 kUnbounded = std::numeric_limits<qint64>::max();

/// How many characters a string type holds; -1 for other types.
qint64 textCapacity(const QString &type)
{
    if (type == QLatin1String("text") || type == QLatin1String("character varying"))
        return kUnbounded;
    static const QRegularExpression varchar(QStringLiteral("^character varying\\((\\d+)\\)$"));
    const QRegularExpressionMatch match = varchar.match(type);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

class Alteration
{
public:
    Alteration(const Column &from, const Column &to, const QString &name, const QString &table,
               const QString &schema, const PostgresPlanNames &names,
               const PostgresDialect &dialect)
        : m_from(from)
        , m_to(to)
        , m_prefix(QLatin1String("ALTER COLUMN ") + postgresQuotedIdentifier(name) +
                   QLatin1Char(' '))
        , m_table(table)
        , m_schema(schema)
        , m_names(names)
        , m_dialect(dialect)
    {}

    Expected<ColumnAlteration> run(ColumnAspects aspects)
    {
        if (aspects &
            (ColumnAspect::Charset | ColumnAspect::AutoIncrement | ColumnAspect::OnUpdate)) {
            return planError(subject(), QCoreApplication::translate(
                                            "strata::PostgresPlanner",
                                            "PostgreSQL columns have no charset, AUTO_INCREMENT "
                                            "or ON UPDATE attribute; remove it from the schema."));
        }
        if (aspects & (ColumnAspect::Type | ColumnAspect::Collation)) {
            alterType();
            m_result.losesData =
                (aspects & ColumnAspect::Type) && postgresTypeChangeLosesData(m_from, m_to);
        }
        if (aspects & ColumnAspect::Null) {
            if (const Status null = alterNull(); !null)
                return null.error();
        }
        // A serial column's default is its sequence, set with the type above.
        if ((aspects & ColumnAspect::Default) && !isPostgresSerial(m_to.type))
            alterDefault();
        if (aspects & ColumnAspect::Identity)
            alterIdentity();
        if (aspects & ColumnAspect::Generated) {
            if (const Status generated = alterGeneration(); !generated)
                return generated.error();
        }
        m_result.clause = m_parts.join(QLatin1String(", "));
        return m_result;
    }

private:
    QString subject() const
    {
        return QCoreApplication::translate("strata::PostgresPlanner", "column %1 of table %2")
            .arg(goQuoted(m_to.name), goQuoted(m_table));
    }

    QString typeSql(const Column &column) const
    {
        return m_dialect.columnTypeSql(m_names.column(column, m_schema));
    }

    /// Serial columns gain or lose their sequence with the type, as Atlas's alterType does.
    void alterType()
    {
        const bool fromSerial = isPostgresSerial(m_from.type);
        const bool toSerial = isPostgresSerial(m_to.type);
        const QString sequence =
            m_names.objectName(m_schema, postgresSerialSequence(m_table, m_to.name));
        if (fromSerial && !toSerial) {
            m_parts.append(m_prefix + QLatin1String("DROP DEFAULT"));
            m_result.after.append(
                {QLatin1String("Drop sequence used by serial column ") + goQuoted(m_from.name),
                 QLatin1String("DROP SEQUENCE IF EXISTS ") + sequence});
            if (const QString to = typeSql(m_to); to != postgresIntegerTypeOf(m_from.type))
                m_parts.append(m_prefix + QLatin1String("TYPE ") + to);
        } else if (!fromSerial && toSerial) {
            m_result.before.append(
                {QLatin1String("Create sequence for serial column ") + goQuoted(m_to.name),
                 QLatin1String("CREATE SEQUENCE IF NOT EXISTS ") + sequence +
                     QLatin1String(" OWNED BY ") + m_names.tableName(m_schema, m_table) +
                     QLatin1Char('.') + postgresQuotedIdentifier(m_to.name)});
            m_parts.append(m_prefix + QLatin1String("SET DEFAULT nextval('") + sequence +
                           QLatin1String("')"));
            if (const QString to = postgresIntegerTypeOf(m_to.type); to != typeSql(m_from))
                m_parts.append(m_prefix + QLatin1String("TYPE ") + to);
        } else if (fromSerial && toSerial) {
            m_parts.append(m_prefix + QLatin1String("TYPE ") + postgresIntegerTypeOf(m_to.type));
        } else {
            m_parts.append(m_prefix + QLatin1String("TYPE ") + typeSql(m_to));
        }
        if (!m_to.collation.isEmpty())
            m_parts.last() += QLatin1String(" COLLATE ") + postgresQuotedIdentifier(m_to.collation);
    }

    Status alterNull()
    {
        if (!m_to.nullable) {
            m_parts.append(m_prefix + QLatin1String("SET NOT NULL"));
            return Ok{};
        }
        if (const Status serial = checkSerialNotNull(m_to, m_table); !serial)
            return serial;
        m_parts.append(m_prefix + QLatin1String("DROP NOT NULL"));
        return Ok{};
    }

    void alterDefault()
    {
        if (!m_to.defaultValue)
            m_parts.append(m_prefix + QLatin1String("DROP DEFAULT"));
        else
            m_parts.append(m_prefix + QLatin1String("SET DEFAULT ") +
                           m_dialect.defaultValueSql(*m_to.defaultValue));
    }

    /// Atlas alters an existing identity's sequence options; adding or dropping the identity
    /// itself uses PostgreSQL's ADD GENERATED / DROP IDENTITY.
    void alterIdentity()
    {
        if (m_from.identity && m_to.identity) {
            const Identity &to = *m_to.identity;
            const QString generation =
                to.generation.isEmpty() ? QStringLiteral("BY DEFAULT") : to.generation;
            QString sql = m_prefix + QLatin1String("SET GENERATED ") + generation +
                          QLatin1String(" SET START WITH ") + QString::number(to.start) +
                          QLatin1String(" SET INCREMENT BY ") + QString::number(to.increment);
            // Atlas restarts the sequence when it has not reached the new start yet; the model
            // has no current value, so a raised start is what tells.
            if (to.start > m_from.identity->start)
                sql += QLatin1String(" RESTART");
            m_parts.append(sql);
        } else if (m_to.identity) {
            m_parts.append(m_prefix + QLatin1String("ADD ") +
                           m_dialect.identitySql(*m_to.identity));
        } else {
            m_parts.append(m_prefix + QLatin1String("DROP IDENTITY"));
        }
    }

    Status alterGeneration()
    {
        if (!m_from.generated || m_to.generated) {
            return planError(subject(), QCoreApplication::translate(
                                            "strata::PostgresPlanner",
                                            "PostgreSQL can only drop a generation expression "
                                            "in place. Drop the column and add it again."));
        }
        m_parts.append(m_prefix + QLatin1String("DROP EXPRESSION"));
        m_result.reversible = false;
        return Ok{};
    }

    const Column &m_from;
    const Column &m_to;
    const QString m_prefix;
    const QString m_table;
    const QString m_schema;
    const PostgresPlanNames &m_names;
    const PostgresDialect &m_dialect;
    QStringList m_parts;
    ColumnAlteration m_result;
};

} // namespace

Expected<ColumnAlteration> alterPostgresColumn(const Column &from, const Column &to,
                                               ColumnAspects aspects, const QString &name,
                                               const QString &table, const QString &schema,
                                               const PostgresPlanNames &names,
                                               const PostgresDialect &dialect)
{
    return Alteration(from, to, name, table, schema, names, dialect).run(aspects);
}

bool postgresTypeChangeLosesData(const Column &from, const Column &to)
{
    if (!from.type.enumName.isEmpty()) {
        const bool sameEnum =
            to.type.enumName == from.type.enumName && to.type.enumSchema == from.type.enumSchema;
        // An enum's labels fit any unbounded text type.
        return !sameEnum && textCapacity(to.type.normalized) != kUnbounded;
    }
    if (!to.type.enumName.isEmpty())
        return true;
    const QString a = postgresIntegerTypeOf(from.type);
    const QString b = postgresIntegerTypeOf(to.type);
    if (a == b)
        return false;
    const int fromRank = postgresNumericRank(a);
    const int toRank = postgresNumericRank(b);
    const auto isInteger = [](int rank) {
        return rank >= 1 && rank <= 3;
    };
    if (isInteger(fromRank) && isInteger(toRank))
        return toRank < fromRank;
    if ((isInteger(fromRank) || fromRank == 4) && b == QLatin1String("numeric"))
        return false;
    if (a == QLatin1String("real") && b == QLatin1String("double precision"))
        return false;
    const qint64 fromCapacity = textCapacity(a);
    const qint64 toCapacity = textCapacity(b);
    if (fromCapacity >= 0 && toCapacity >= 0)
        return toCapacity < fromCapacity;
    return true;
}

} // namespace strata

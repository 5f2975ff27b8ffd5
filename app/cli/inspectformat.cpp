#include "inspectformat.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace strata::cli {

Expected<InspectFormat> InspectFormat::parse(const QString &text)
{
    InspectFormat format;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return format;
    static const QRegularExpression sqlTemplate(
        QStringLiteral("^\\{\\{\\s*sql\\s+\\.\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"\\s*)?\\}\\}$"));
    const QRegularExpressionMatch match = sqlTemplate.match(trimmed);
    if (!match.hasMatch()) {
        return Error{QCoreApplication::translate(
                         "strata::cli::InspectFormat",
                         "Unsupported --format \"%1\": use '{{ sql . }}' or '{{ sql . \"  \" }}' "
                         "(the default prints Atlas HCL).")
                         .arg(text)};
    }
    format.kind = Kind::Sql;
    format.indent = match.captured(1).replace(QLatin1String("\\t"), QLatin1String("\t"));
    return format;
}

} // namespace strata::cli

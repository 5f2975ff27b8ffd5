#include "envedits.h"

#include "project/project.h"

#include <QRegularExpression>

namespace strata {

QList<EnvFormField> envFormFields()
{
    return {{QStringLiteral("url"), true},      {QStringLiteral("dev"), true},
            {QStringLiteral("src"), false},     {QStringLiteral("migration.dir"), false},
            {QStringLiteral("schemas"), false}, {QStringLiteral("exclude"), false}};
}

Expected<QString> applyEnvEdits(const QString &text, const QString &envName,
                                const QList<AttributeEdit> &edits, int *failedEdit)
{
    QString result = text;
    for (qsizetype i = 0; i < edits.size(); ++i) {
        Expected<QString> next =
            rewriteEnvAttribute(result, envName, edits.at(i).path, edits.at(i).expression);
        if (!next) {
            if (failedEdit)
                *failedEdit = int(i);
            return next.error();
        }
        result = std::move(next.value());
    }
    return result;
}

QString expressionFromInput(const QString &input)
{
    static const QRegularExpression bareUrl(
        QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://[^\\s\"\\\\(){}\\[\\],]*$"));
    const QString text = input.trimmed();
    if (bareUrl.match(text).hasMatch())
        return QLatin1Char('"') + text + QLatin1Char('"');
    return text;
}

} // namespace strata

#include "hcl/parse/document.h"
#include "project.h"

#include <QCoreApplication>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class HclProjectTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::HclProject)
};

} // namespace

Expected<QString> rewriteEnvAttribute(const QString &originalText, const QString &envName,
                                      const QString &attributePath,
                                      const QString &newExpressionText)
{
    Expected<hcl::Document> document =
        hcl::Document::parse(originalText.toUtf8(), QStringLiteral("atlas.hcl"));
    if (!document)
        return document.error();
    const QList<hcl::BlockSelector> envPath{{QStringLiteral("env"), {envName}}};
    const qsizetype blocks = document->findBlocks(envPath).size();
    if (blocks == 0)
        return Error{HclProjectTr::tr("atlas.hcl has no block env \"%1\"").arg(envName)};
    if (blocks > 1)
        return Error{HclProjectTr::tr("env \"%1\" is defined by %2 blocks; edit the file by hand")
                         .arg(envName)
                         .arg(blocks)};
    QStringList steps = attributePath.split(QLatin1Char('.'));
    if (steps.contains(QString()))
        return Error{HclProjectTr::tr("invalid attribute path \"%1\"").arg(attributePath)};
    const QString name = steps.takeLast();
    QList<hcl::BlockSelector> path = envPath;
    for (const QString &step : std::as_const(steps))
        path.append({step, {}});
    if (Status status = document->setAttributeValue(path, name, newExpressionText); !status)
        return status.error();
    return QString::fromUtf8(document->text());
}

} // namespace strata

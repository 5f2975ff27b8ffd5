#include "atlaspositions.h"

#include <QDir>
#include <QRegularExpression>

namespace strata {

QHash<QString, SourcePosition> parseAtlasPositions(const QString &ddl, const QString &baseDirectory)
{
    // `-- atlas:pos <name>[type=table] <path>:<first>-<last>`; the path may contain spaces and
    // colons, so the line range is matched from the end.
    static const QRegularExpression directive(
        QStringLiteral(
            R"(^[ \t]*--[ \t]*atlas:pos[ \t]+(.+?)\[type=table\][ \t]+(.+):(\d+)(?:-(\d+))?[ \t]*\r?$)"),
        QRegularExpression::MultilineOption);
    QHash<QString, SourcePosition> positions;
    if (!ddl.contains(QLatin1String("atlas:pos")))
        return positions;
    const QDir base(baseDirectory);
    auto it = directive.globalMatch(ddl);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        SourcePosition position;
        position.file = QDir::cleanPath(base.absoluteFilePath(match.captured(2).trimmed()));
        position.firstLine = match.captured(3).toInt();
        position.lastLine = match.hasCaptured(4) ? match.captured(4).toInt() : position.firstLine;
        if (position.firstLine <= 0 || position.lastLine < position.firstLine)
            continue;
        positions.insert(match.captured(1).trimmed(), position);
    }
    return positions;
}

void applyAtlasPositions(Realm &realm, const QHash<QString, SourcePosition> &positions)
{
    if (positions.isEmpty())
        return;
    for (Schema &schema : realm.schemas) {
        for (Table &table : schema.tables) {
            const auto found = positions.constFind(table.name);
            if (found != positions.cend())
                table.source = found.value();
        }
    }
}

} // namespace strata

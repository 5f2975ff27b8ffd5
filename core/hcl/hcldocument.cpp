#include "hcldocument.h"

namespace strata {

void HclDocument::beginBlock(const QString &type, const QStringList &labels)
{
    flushAttributes();
    QString line = indent() + type;
    for (const QString &label : labels)
        line += QLatin1Char(' ') + hclString(label);
    m_text += line + QLatin1String(" {\n");
    ++m_depth;
}

void HclDocument::endBlock()
{
    flushAttributes();
    if (m_depth == 0)
        return;
    --m_depth;
    m_text += indent() + QLatin1String("}\n");
}

void HclDocument::addAttribute(const QString &name, const QString &expression)
{
    m_pending.append({name, expression, {}});
}

void HclDocument::addAttributes(const QList<HclAttribute> &attributes)
{
    for (const HclAttribute &attribute : attributes)
        addAttribute(attribute.name, attribute.expression);
}

void HclDocument::addHeredoc(const QString &name, const QString &text, const QString &marker)
{
    QStringList lines;
    QString body = text;
    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    for (const QString &line : body.split(QLatin1Char('\n')))
        lines.append(line.isEmpty() ? line : indent() + line);
    lines.append(indent() + marker);
    m_pending.append({name, QLatin1String("<<-") + marker, lines});
}

QString HclDocument::toString() const
{
    return m_text + renderAttributes();
}

QString HclDocument::indent() const
{
    return QString(m_depth * 2, QLatin1Char(' '));
}

void HclDocument::flushAttributes()
{
    m_text += renderAttributes();
    m_pending.clear();
}

QString HclDocument::renderAttributes() const
{
    qsizetype width = 0;
    for (const PendingAttribute &attribute : m_pending)
        width = qMax(width, attribute.name.size());
    QString out;
    const QString prefix = indent();
    for (const PendingAttribute &attribute : m_pending) {
        out += prefix + attribute.name.leftJustified(width) + QLatin1String(" = ") +
               attribute.expression + QLatin1Char('\n');
        for (const QString &line : attribute.continuation)
            out += line + QLatin1Char('\n');
    }
    return out;
}

} // namespace strata

#include "functions_p.h"

#include <QUrl>

#include <algorithm>

namespace strata::hcl::functions {
namespace {

QUrl parseUrl(const ValueList &args, const char *function)
{
    const QString text = stringArg(args, 0, function);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        throw FunctionError{
            FunctionsTr::tr("%1: invalid URL: %2").arg(QLatin1String(function), url.errorString()),
            0};
    }
    return url;
}

QString queryDecode(QString text)
{
    text.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QUrl::fromPercentEncoding(text.toUtf8());
}

// Go's url.QueryEscape, which Atlas uses: unreserved characters stay, a space becomes "+".
QString queryEscape(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text).replace("%20", "+"));
}

} // namespace

Value urlSetPath(const ValueList &args, const FunctionContext &)
{
    QUrl url = parseUrl(args, "urlsetpath");
    QString path = stringArg(args, 1, "urlsetpath");
    if (!url.authority().isEmpty() && !path.isEmpty() && !path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    url.setPath(path, QUrl::DecodedMode);
    return Value::string(url.toString(QUrl::FullyEncoded));
}

// Like Go's Values.Set + Encode: the key gets exactly one value, and keys come out sorted.
Value urlQuerySet(const ValueList &args, const FunctionContext &)
{
    QUrl url = parseUrl(args, "urlqueryset");
    const QString key = stringArg(args, 1, "urlqueryset");
    const QString value = stringArg(args, 2, "urlqueryset");
    QList<QPair<QString, QString>> items;
    const QStringList pairs =
        url.query(QUrl::FullyEncoded).split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString name = queryDecode(eq < 0 ? pair : pair.left(eq));
        if (name != key)
            items.append({name, eq < 0 ? QString() : queryDecode(pair.mid(eq + 1))});
    }
    items.append({key, value});
    std::stable_sort(items.begin(), items.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList encoded;
    for (const auto &[name, itemValue] : std::as_const(items))
        encoded.append(queryEscape(name) + QLatin1Char('=') + queryEscape(itemValue));
    url.setQuery(encoded.join(QLatin1Char('&')), QUrl::StrictMode);
    return Value::string(url.toString(QUrl::FullyEncoded));
}

Value urlEscape(const ValueList &args, const FunctionContext &)
{
    return Value::string(queryEscape(stringArg(args, 0, "urlescape")));
}

} // namespace strata::hcl::functions

#include "mysqlconnectoptions.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class MysqlConnectOptionsTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::MysqlConnectOptions)
};

/// A Go duration ("10s", "500ms", "1m") or a plain number of seconds; rounded up to whole
/// seconds because the client library counts seconds. -1 when unreadable.
int timeoutSeconds(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+(?:\\.\\d+)?)(ms|s|m|h)?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return -1;
    double seconds = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    if (unit == QLatin1String("ms"))
        seconds /= 1000.0;
    else if (unit == QLatin1String("m"))
        seconds *= 60.0;
    else if (unit == QLatin1String("h"))
        seconds *= 3600.0;
    return std::max(1, int(std::ceil(seconds)));
}

QString firstValue(const DatabaseUrl &url, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString name = QString::fromLatin1(key);
        if (url.hasQueryItem(name))
            return url.queryValue(name);
    }
    return {};
}

} // namespace

Expected<MysqlConnectOptions> MysqlConnectOptions::fromUrl(const DatabaseUrl &url)
{
    MysqlConnectOptions options;
    // Like the Go driver Atlas uses: no host means the local server over TCP.
    options.host = url.host().isEmpty() ? QStringLiteral("127.0.0.1") : url.host();
    options.port = url.port(3306);
    options.user = url.user().isEmpty() ? QStringLiteral("root") : url.user();
    options.password = url.password();
    options.database = url.path();

    const QString timeout = firstValue(url, {"timeout", "connect_timeout", "connect-timeout"});
    if (!timeout.isEmpty()) {
        options.connectTimeoutSeconds = timeoutSeconds(timeout);
        if (options.connectTimeoutSeconds < 0) {
            return Error{MysqlConnectOptionsTr::tr(
                             "The connect timeout \"%1\" in %2 is not a duration: write it as "
                             "timeout=10s.")
                             .arg(timeout, url.toString())};
        }
    }

    const QString tls = firstValue(url, {"tls"}).toLower();
    if (!tls.isEmpty()) {
        if (tls == QLatin1String("true") || tls == QLatin1String("1")) {
            options.tlsRequired = true;
            options.tlsVerifyServer = true;
        } else if (tls == QLatin1String("skip-verify")) {
            options.tlsRequired = true;
        } else if (tls != QLatin1String("false") && tls != QLatin1String("0") &&
                   tls != QLatin1String("preferred")) {
            return Error{MysqlConnectOptionsTr::tr(
                             "tls=%1 in %2 is not a TLS mode Strata knows: use true, skip-verify, "
                             "preferred or false.")
                             .arg(tls, url.toString())};
        }
    }
    const QString sslMode = firstValue(url, {"ssl-mode", "ssl_mode", "sslmode"}).toUpper();
    if (!sslMode.isEmpty()) {
        if (sslMode == QLatin1String("REQUIRED")) {
            options.tlsRequired = true;
        } else if (sslMode == QLatin1String("VERIFY_CA") ||
                   sslMode == QLatin1String("VERIFY_IDENTITY")) {
            options.tlsRequired = true;
            options.tlsVerifyServer = true;
        } else if (sslMode != QLatin1String("DISABLED") && sslMode != QLatin1String("PREFERRED")) {
            return Error{MysqlConnectOptionsTr::tr(
                             "ssl-mode=%1 in %2 is not an SSL mode: use DISABLED, PREFERRED, "
                             "REQUIRED, VERIFY_CA or VERIFY_IDENTITY.")
                             .arg(sslMode, url.toString())};
        }
    }
    options.tlsCa = firstValue(url, {"ssl-ca", "ssl_ca", "sslrootcert"});
    options.tlsCaPath = firstValue(url, {"ssl-capath", "ssl_capath"});
    options.tlsCert = firstValue(url, {"ssl-cert", "ssl_cert", "sslcert"});
    options.tlsKey = firstValue(url, {"ssl-key", "ssl_key", "sslkey"});
    options.tlsCipher = firstValue(url, {"ssl-cipher", "ssl_cipher"});
    return options;
}

} // namespace strata

#include "mysqlcharsets.h"

namespace strata {

QString mysqlCanonicalCharset(const QString &charset)
{
    const QString lower = charset.toLower();
    if (lower == QLatin1String("utf8"))
        return QStringLiteral("utf8mb3");
    return lower;
}

QString mysqlCanonicalCollation(const QString &collation)
{
    const QString lower = collation.toLower();
    if (lower.startsWith(QLatin1String("utf8_")))
        return QLatin1String("utf8mb3_") + lower.mid(5);
    return lower;
}

QString mysqlDefaultCollation(const QString &charset, const MysqlParseOptions &options)
{
    const QString name = mysqlCanonicalCharset(charset);
    if (name == QLatin1String("utf8mb4")) {
        if (options.defaultCharset.compare(QLatin1String("utf8mb4"), Qt::CaseInsensitive) == 0 &&
            !options.defaultCollation.isEmpty())
            return options.defaultCollation.toLower();
        return options.isMariaDb() ? QStringLiteral("utf8mb4_general_ci")
                                   : QStringLiteral("utf8mb4_0900_ai_ci");
    }
    if (name == QLatin1String("binary"))
        return name;
    static const struct
    {
        const char *charset;
        const char *collation;
    } exceptions[] = {
        {"latin1", "latin1_swedish_ci"},   {"big5", "big5_chinese_ci"},
        {"gbk", "gbk_chinese_ci"},         {"gb2312", "gb2312_chinese_ci"},
        {"sjis", "sjis_japanese_ci"},      {"ujis", "ujis_japanese_ci"},
        {"cp932", "cp932_japanese_ci"},    {"eucjpms", "eucjpms_japanese_ci"},
        {"euckr", "euckr_korean_ci"},      {"latin5", "latin5_turkish_ci"},
        {"tis620", "tis620_thai_ci"},      {"cp1250", "cp1250_general_ci"},
        {"gb18030", "gb18030_chinese_ci"},
    };
    for (const auto &entry : exceptions) {
        if (name == QLatin1String(entry.charset))
            return QLatin1String(entry.collation);
    }
    return name + QLatin1String("_general_ci");
}

QString mysqlCharsetOfCollation(const QString &collation)
{
    const QString lower = collation.toLower();
    const qsizetype underscore = lower.indexOf(QLatin1Char('_'));
    return mysqlCanonicalCharset(underscore < 0 ? lower : lower.left(underscore));
}

QString mysqlBinaryCollation(const QString &charset)
{
    const QString name = mysqlCanonicalCharset(charset);
    return name == QLatin1String("binary") ? name : name + QLatin1String("_bin");
}

} // namespace strata

#include "hashfile.h"

#include "directives.h"
#include "goutf8.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class HashFileTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::HashFile)
};

const QByteArray kHashPrefix("h1:");

/// The lines bufio.Scanner yields: split at `\n`, a trailing `\r` dropped, no empty last line.
QList<QByteArrayView> scannerLines(QByteArrayView text)
{
    QList<QByteArrayView> lines;
    while (!text.isEmpty()) {
        const qsizetype newline = text.indexOf('\n');
        QByteArrayView line = newline < 0 ? text : text.first(newline);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(line);
        text = newline < 0 ? QByteArrayView() : text.sliced(newline + 1);
    }
    return lines;
}

} // namespace

HashFile::HashFile(QList<HashEntry> entries)
    : m_entries(std::move(entries))
{}

HashFile HashFile::compute(const QList<MigrationFile> &files)
{
    QList<HashEntry> entries;
    QCryptographicHash running(QCryptographicHash::Sha256);
    for (const MigrationFile &file : files) {
        running.addData(file.name.toUtf8());
        if (isSumIgnored(file.bytes))
            continue;
        running.addData(file.bytes);
        // result() is a snapshot: the running hash goes on over the next files.
        entries.append({file.name, QString::fromLatin1(running.result().toBase64())});
    }
    return HashFile(entries);
}

Expected<HashFile> HashFile::parse(const QByteArray &text, ParseFailure *failure)
{
    const QList<QByteArrayView> lines = scannerLines(text);
    QByteArrayView stored = lines.value(0);
    if (stored.startsWith(kHashPrefix))
        stored = stored.sliced(kHashPrefix.size());
    QList<HashEntry> entries;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        const qsizetype split = line.indexOf(kHashPrefix);
        if (split < 0) {
            if (failure)
                *failure = ParseFailure::FormatInvalid;
            return Error{HashFileTr::tr("checksum file format invalid")};
        }
        entries.append({QString::fromUtf8(goutf8::trimSpace(line.first(split))),
                        QString::fromUtf8(line.sliced(split + kHashPrefix.size()))});
    }
    HashFile file(entries);
    if (file.sum().toUtf8() != stored) {
        if (failure)
            *failure = ParseFailure::Mismatch;
        return Error{HashFileTr::tr("checksum mismatch")};
    }
    return file;
}

QByteArray HashFile::serialize() const
{
    QByteArray text = kHashPrefix + sum().toLatin1() + '\n';
    for (const HashEntry &entry : m_entries)
        text += entry.name.toUtf8() + ' ' + kHashPrefix + entry.hash.toUtf8() + '\n';
    return text;
}

QString HashFile::sum() const
{
    QCryptographicHash total(QCryptographicHash::Sha256);
    for (const HashEntry &entry : m_entries) {
        total.addData(entry.name.toUtf8());
        total.addData(entry.hash.toUtf8());
    }
    return QString::fromLatin1(total.result().toBase64());
}

std::optional<QString> HashFile::hashOf(const QString &name) const
{
    for (const HashEntry &entry : m_entries) {
        if (entry.name == name)
            return entry.hash;
    }
    return std::nullopt;
}

} // namespace strata

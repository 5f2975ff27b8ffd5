#include "checksumcheck.h"

#include <QCoreApplication>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class ChecksumCheckTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::ChecksumCheck)
};

bool containsFile(const HashFile &file, const QString &name)
{
    return file.hashOf(name).has_value();
}

} // namespace

QString ChecksumProblem::reasonText() const
{
    switch (reason) {
    case Reason::Added:
        return QStringLiteral("added");
    case Reason::Edited:
        return QStringLiteral("edited");
    case Reason::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

QString ChecksumReport::errorText() const
{
    switch (outcome) {
    case Outcome::Valid:
        return {};
    case Outcome::SumFileMissing:
        return ChecksumCheckTr::tr("checksum file not found");
    case Outcome::FormatInvalid:
        return ChecksumCheckTr::tr("checksum file format invalid");
    case Outcome::Mismatch:
        return ChecksumCheckTr::tr("checksum mismatch");
    }
    return {};
}

QString ChecksumReport::guidance() const
{
    if (isValid())
        return {};
    // cmd/atlas/internal/cmdapi/migrate.go printChecksumError, uncoloured.
    QString text = ChecksumCheckTr::tr("You have a checksum error in your migration directory.\n");
    if (problem) {
        text += QStringLiteral("\n\tL%1: %2 was %3\n\n")
                    .arg(problem->line)
                    .arg(problem->file, problem->reasonText());
    }
    text += ChecksumCheckTr::tr("Please check your migration files and run 'atlas migrate hash' "
                                "to re-hash the contents\n\n");
    return text;
}

std::optional<ChecksumProblem> firstChecksumProblem(const HashFile &stored,
                                                    const HashFile &computed)
{
    const QList<HashEntry> &was = stored.entries();
    const QList<HashEntry> &now = computed.entries();
    for (qsizetype i = 0; i < was.size(); ++i) {
        if (i < now.size() && was.at(i) == now.at(i))
            continue;
        const int line = int(i) + 2;
        if (!containsFile(computed, was.at(i).name) || i >= now.size())
            return ChecksumProblem{line, was.at(i).name, ChecksumProblem::Reason::Removed};
        if (now.at(i).name == was.at(i).name)
            return ChecksumProblem{line, was.at(i).name, ChecksumProblem::Reason::Edited};
        return ChecksumProblem{line, now.at(i).name, ChecksumProblem::Reason::Added};
    }
    if (now.size() > was.size()) {
        return ChecksumProblem{int(was.size()) + 2, now.at(was.size()).name,
                               ChecksumProblem::Reason::Added};
    }
    return std::nullopt;
}

Expected<ChecksumReport> validateChecksum(const MigrationDir &dir)
{
    auto sumText = dir.readSumFile();
    if (!sumText)
        return sumText.error();
    auto files = dir.files();
    if (!files)
        return files.error();
    ChecksumReport report;
    if (!sumText->has_value()) {
        if (!files->isEmpty())
            report.outcome = ChecksumReport::Outcome::SumFileMissing;
        return report;
    }
    const QByteArray &text = **sumText;
    HashFile::ParseFailure failure = HashFile::ParseFailure::Mismatch;
    auto stored = HashFile::parse(text, &failure);
    if (!stored) {
        report.outcome = failure == HashFile::ParseFailure::FormatInvalid
                             ? ChecksumReport::Outcome::FormatInvalid
                             : ChecksumReport::Outcome::Mismatch;
        return report;
    }
    const HashFile computed = HashFile::compute(files.value());
    if (stored->sum() != computed.sum()) {
        report.outcome = ChecksumReport::Outcome::Mismatch;
        report.problem = firstChecksumProblem(stored.value(), computed);
    }
    return report;
}

} // namespace strata

#pragma once

#include "configblock.h"
#include "hcl/parse/sourcefile.h"
#include "util/expected.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace strata {

/// Where an env attribute is written, so a form can show the expression as typed
/// (`getenv("DB_URL")`) and replace exactly that text on save.
struct AttributeSource
{
    hcl::SourceRange range;
    int line = 0;
    int column = 0;
    QString text;
};

/// `migration { ... }` of an env (reference §5.1).
struct MigrationConfig
{
    QString dir;
    /// atlas, golang-migrate, goose, flyway, liquibase or dbmate; empty when not set.
    QString format;
    QString revisionsSchema;
    QString baseline;
    /// LINEAR, LINEAR_SKIP or NON_LINEAR; empty when not set.
    QString execOrder;
    QString lockTimeout;
};

/// `format { migrate { ... } schema { ... } }`: Go templates per command, keyed by command.
struct FormatConfig
{
    QMap<QString, QString> migrate;
    QMap<QString, QString> schema;
};

/// The typed view of a `diff` block.
struct DiffPolicy
{
    /// Change kinds under `skip` set to true: drop_schema, drop_table, ...
    QStringList skip;
    bool concurrentIndexCreate = false;
    bool concurrentIndexDrop = false;
};

/// The typed view of a `lint` block.
struct LintPolicy
{
    int latest = 0;
    QString gitDir;
    QString gitBase;
    /// Analyzers whose findings fail the run (`destructive { error = true }`).
    QStringList errorAnalyzers;
};

/// One environment of atlas.hcl after evaluation. A `for_each` env yields one Env per element,
/// all with the same name.
struct Env
{
    QString name;
    /// Declared as `env { name = ... }` rather than with a label.
    bool dynamic = false;
    /// `each.key` / `each.value` of a `for_each` env.
    std::optional<hcl::Value> eachKey;
    std::optional<hcl::Value> eachValue;

    QString url;
    QString dev;
    /// `src`, or `schema { src = ... }`; a string becomes one item.
    QStringList src;
    QStringList schemas;
    QStringList exclude;
    QStringList include;
    MigrationConfig migration;
    FormatConfig format;
    /// Own blocks, or the top-level ones when the env has none.
    std::optional<ConfigBlock> diff;
    std::optional<ConfigBlock> lint;
    std::optional<ConfigBlock> test;
    /// Attributes Atlas does not define: template variables, kept as strings.
    QMap<QString, QString> extra;
    /// Blocks and nested attributes Strata does not know, kept as written (also warned about).
    QList<ConfigBlock> unknownBlocks;
    QMap<QString, QString> unknownAttributes;

    /// Attribute path ("url", "migration.dir", "format.migrate.diff") to where it is written.
    QMap<QString, AttributeSource> sources;
    /// The env block in the file, and "file:line:column" of it.
    hcl::SourceRange blockRange;
    QString location;
    /// Why evaluating this env failed; empty when it did not. Other envs stay usable.
    QString evaluationError;

    DiffPolicy diffPolicy() const;
    LintPolicy lintPolicy() const;

    /// Resolves `env://url`, `env://dev`, `env://src` (the first), `env://schema.src`,
    /// `env://migration.dir` and `env://<extra attribute>` against this env; anything else comes
    /// back unchanged. An env:// value that points to another env:// URL is an error.
    Expected<QString> resolveEnvUrl(const QString &url) const;
};

} // namespace strata

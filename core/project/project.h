#pragma once

#include "configblock.h"
#include "env.h"
#include "util/expected.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace strata {

class ProjectLoader;

/// `--var name=value` pairs in command-line order; naming a list variable twice makes a list.
using VariableOverrides = QList<QPair<QString, QString>>;

/// How to read a project: the env chosen with --env (what `atlas.env` evaluates to) and --var.
struct ProjectOptions
{
    QString envName;
    VariableOverrides variables;
};

/// `data "external_schema" "name"`: a program whose stdout is the desired schema as SQL.
struct ExternalSchema
{
    QString name;
    QStringList program;
    /// Absolute; the config's folder when `working_dir` is not set.
    QString workingDirectory;
    /// "file:line:column" of the block.
    QString location;

    /// What `data.external_schema.<name>.url` evaluates to, and what externalSchema() resolves.
    QString url() const { return QStringLiteral("external_schema://") + name; }
};

/// An atlas.hcl after parsing and evaluation: variables, locals, data sources and envs, plus
/// the text it came from so a form can edit it (see rewriteEnvAttribute()). A value type; one
/// load does no I/O beyond reading the file (and whatever file() in it reads).
class Project
{
public:
    /// Reads and evaluates `configPath`. Syntax errors, undefined variables, cycles among locals
    /// and missing required variables fail the load with "file:line:column: message"; an env
    /// whose attributes do not evaluate is kept with Env::evaluationError set.
    static Expected<Project> load(const QString &configPath, const ProjectOptions &options = {});
    /// The same from text already in memory; `configPath` names it and anchors relative paths.
    static Expected<Project> fromText(const QByteArray &text, const QString &configPath,
                                      const ProjectOptions &options = {});

    QString configPath() const { return m_configPath; }
    /// The folder relative paths (file(), working_dir) resolve against.
    QString directory() const { return m_directory; }
    const QByteArray &text() const { return m_text; }

    /// Every env, `for_each` expansions included, in file order.
    const QList<Env> &envs() const { return m_envs; }
    /// Distinct env names in file order, for a picker.
    QStringList envNames() const;
    QList<Env> envsNamed(const QString &name) const;
    /// The one env called `name`; an error when there is none, several, or it failed to evaluate.
    Expected<Env> env(const QString &name) const;

    const QList<ExternalSchema> &externalSchemas() const { return m_externalSchemas; }
    /// The external schema a `src` such as "external_schema://sequelize" points to.
    std::optional<ExternalSchema> externalSchema(const QString &url) const;

    const hcl::ValueMap &variables() const { return m_variables; }
    const hcl::ValueMap &locals() const { return m_locals; }
    /// Top-level `lint`, `diff` and `test` blocks.
    const QList<ConfigBlock> &sharedBlocks() const { return m_sharedBlocks; }
    /// Top-level blocks and attributes Strata does not know (unsupported data sources too).
    const QList<ConfigBlock> &unknownBlocks() const { return m_unknownBlocks; }
    /// "file:line:column: message" for everything kept but not understood.
    const QStringList &warnings() const { return m_warnings; }

private:
    friend class ProjectLoader;

    QString m_configPath;
    QString m_directory;
    QByteArray m_text;
    QList<Env> m_envs;
    QList<ExternalSchema> m_externalSchemas;
    hcl::ValueMap m_variables;
    hcl::ValueMap m_locals;
    QList<ConfigBlock> m_sharedBlocks;
    QList<ConfigBlock> m_unknownBlocks;
    QStringList m_warnings;
};

/// Returns `originalText` with the env attribute at `attributePath` ("url", "migration.dir",
/// "format.migrate.diff") set to the HCL expression `newExpressionText`. Only that expression's
/// bytes change; a missing attribute (or nested block) is added at the end of the env block,
/// indented like its siblings. The env must be a labeled block named `envName`.
Expected<QString> rewriteEnvAttribute(const QString &originalText, const QString &envName,
                                      const QString &attributePath,
                                      const QString &newExpressionText);

} // namespace strata

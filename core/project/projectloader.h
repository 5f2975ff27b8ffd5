#pragma once

#include "hcl/parse/document.h"
#include "hcl/parse/evaluator.h"
#include "project.h"

#include <QStringList>

namespace strata {

/// Turns a parsed atlas.hcl into a Project: variables with --var overrides, data sources,
/// locals in dependency order, shared blocks, then envs (envloader.cpp). Internal to Project.
class ProjectLoader
{
public:
    ProjectLoader(const hcl::Document &document, const QString &configPath,
                  const ProjectOptions &options);

    Expected<Project> run();

private:
    struct EnvBuild;

    void classify();
    void loadVariables();
    void loadData();
    void loadLocals();
    void evaluateLocal(const QString &name, QStringList &chain);
    /// External schemas, unsupported data sources, shared and unknown blocks.
    void loadExternalSchemas();
    void loadEnvs();
    void loadEnvBlock(const hcl::Block &block, const QStringList &labeledNames);
    Env loadEnv(const hcl::Block &block, const hcl::EvalContext &context, const QString &name,
                bool dynamic, bool warnings);
    void loadEnvAttribute(EnvBuild &build, const hcl::Attribute &attribute);
    void loadMigration(EnvBuild &build, const hcl::Block &block);
    void loadFormat(EnvBuild &build, const hcl::Block &block);
    void loadSchemaBlock(EnvBuild &build, const hcl::Block &block);

    hcl::EvalContext context() const;
    hcl::Value evaluate(const hcl::Expression &expression, const hcl::EvalContext &context) const;
    ConfigBlock keepBlock(const hcl::Block &block, const hcl::EvalContext &context, bool strict,
                          const QString &path, EnvBuild *build);
    void warn(qsizetype offset, const QString &message);
    [[noreturn]] void fail(qsizetype offset, const QString &message) const;

    const hcl::Document &m_document;
    const hcl::SourceFile &m_file;
    ProjectOptions m_options;
    Project m_project;
    QList<const hcl::Block *> m_variableBlocks;
    QList<const hcl::Block *> m_localsBlocks;
    QList<const hcl::Block *> m_dataBlocks;
    QList<const hcl::Block *> m_envBlocks;
    QList<const hcl::Block *> m_unknownBlocks;
    QMap<QString, const hcl::Attribute *> m_localDefinitions;
    hcl::ValueMap m_data;
};

} // namespace strata

#include "projectloader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class HclProjectTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::HclProject)
};

struct EnvFailure
{
    Error error;
};

const QStringList kMigrationStrings{QStringLiteral("dir"), QStringLiteral("revisions_schema"),
                                    QStringLiteral("baseline"), QStringLiteral("lock_timeout")};
const QStringList kMigrationEnums{QStringLiteral("format"), QStringLiteral("exec_order")};

QString jsonText(const hcl::Value &value)
{
    const QByteArray array =
        QJsonDocument(QJsonArray{value.toJson()}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace

struct ProjectLoader::EnvBuild
{
    Env env;
    hcl::EvalContext context;
    bool warnings = true;
    const hcl::SourceFile &file;

    void record(const QString &path, const hcl::Attribute &attribute)
    {
        const hcl::SourceRange range = attribute.expression->range;
        const hcl::SourcePosition position = file.position(range.begin);
        env.sources.insert(
            path, AttributeSource{range, position.line, position.column, file.slice(range)});
    }

    hcl::Value evaluate(const hcl::Attribute &attribute) const
    {
        Expected<hcl::Value> value = hcl::Evaluator(file, context).evaluate(*attribute.expression);
        if (!value)
            throw EnvFailure{value.error()};
        return *value;
    }

    [[noreturn]] void fail(const hcl::Attribute &attribute, const QString &message) const
    {
        throw EnvFailure{file.error(attribute.expression->range.begin, message)};
    }

    QString string(const hcl::Attribute &attribute)
    {
        const hcl::Value value = evaluate(attribute);
        if (value.isNull())
            return {};
        if (!value.asString())
            fail(attribute, HclProjectTr::tr("%1 must be a string, found %2")
                                .arg(attribute.name, value.typeName()));
        return *value.asString();
    }

    /// Bare words such as `format = golang-migrate` or `exec_order = LINEAR` name a value.
    QString word(const hcl::Attribute &attribute)
    {
        if (attribute.expression->kind == hcl::ExprKind::Variable)
            return attribute.expression->name;
        return string(attribute);
    }

    QStringList strings(const hcl::Attribute &attribute)
    {
        const hcl::Value value = evaluate(attribute);
        if (value.isNull())
            return {};
        if (value.isString())
            return {value.toText()};
        if (!value.isSequence())
            fail(attribute, HclProjectTr::tr("%1 must be a string or a list of strings, found %2")
                                .arg(attribute.name, value.typeName()));
        QStringList out;
        for (const hcl::Value &item : value.items()) {
            if (!item.asString())
                fail(attribute,
                     HclProjectTr::tr("%1 must be a list of strings, found an item of type %2")
                         .arg(attribute.name, item.typeName()));
            out.append(*item.asString());
        }
        return out;
    }
};

void ProjectLoader::loadEnvs()
{
    QStringList labeledNames;
    for (const hcl::Block *block : std::as_const(m_envBlocks)) {
        if (block->labels.size() == 1)
            labeledNames.append(block->labels.front());
    }
    for (const hcl::Block *block : std::as_const(m_envBlocks))
        loadEnvBlock(*block, labeledNames);
}

void ProjectLoader::loadEnvBlock(const hcl::Block &block, const QStringList &labeledNames)
{
    const bool dynamic = block.labels.isEmpty();
    const hcl::Attribute *nameAttribute = block.body.attribute(QStringLiteral("name"));
    if (dynamic && !nameAttribute)
        fail(block.range.begin,
             HclProjectTr::tr("an env block without a label needs a name attribute, such "
                              "as name = atlas.env"));
    const hcl::EvalContext base = context();
    std::vector<std::pair<hcl::Value, hcl::Value>> elements;
    const hcl::Attribute *forEach = block.body.attribute(QStringLiteral("for_each"));
    if (forEach) {
        Expected<hcl::Value> collection =
            hcl::Evaluator(m_file, base).evaluate(*forEach->expression);
        if (collection && collection->type() == hcl::Value::Type::Set) {
            for (const hcl::Value &item : collection->items())
                elements.emplace_back(item, item);
        } else if (collection && collection->isSequence()) {
            for (size_t i = 0; i < collection->items().size(); ++i)
                elements.emplace_back(hcl::Value::number(double(i)), collection->items()[i]);
        } else if (collection && collection->isObject()) {
            for (auto it = collection->fields().cbegin(); it != collection->fields().cend(); ++it)
                elements.emplace_back(hcl::Value::string(it.key()), it.value());
        } else {
            Env broken;
            broken.name = dynamic ? QString() : block.labels.front();
            broken.blockRange = block.range;
            broken.location = m_file.location(block.range.begin);
            broken.evaluationError =
                collection ? m_file
                                 .error(forEach->expression->range.begin,
                                        HclProjectTr::tr(
                                            "for_each must be a set, a list or an object, found "
                                            "%1; wrap a list in toset()")
                                            .arg(collection->typeName()))
                                 .message
                           : collection.error().message;
            if (dynamic)
                warn(block.range.begin, broken.evaluationError);
            else
                m_project.m_envs.append(broken);
            return;
        }
    } else {
        elements.emplace_back();
    }
    bool first = true;
    for (const auto &[key, value] : elements) {
        hcl::EvalContext context = base;
        if (forEach) {
            context.variables.insert(QStringLiteral("each"),
                                     hcl::Value::object({{QStringLiteral("key"), key},
                                                         {QStringLiteral("value"), value}}));
        }
        QString name;
        if (dynamic) {
            Expected<hcl::Value> evaluated =
                hcl::Evaluator(m_file, context).evaluate(*nameAttribute->expression);
            if (!evaluated || !evaluated->isString()) {
                warn(nameAttribute->range.begin,
                     evaluated ? HclProjectTr::tr("the name of a dynamic env must be a string")
                               : evaluated.error().message);
                continue;
            }
            name = evaluated->toText();
            if (name.isEmpty() || labeledNames.contains(name))
                continue;
        } else {
            name = block.labels.front();
        }
        Env env = loadEnv(block, context, name, dynamic, first);
        first = false;
        if (forEach) {
            env.eachKey = key;
            env.eachValue = value;
        }
        m_project.m_envs.append(env);
    }
}

Env ProjectLoader::loadEnv(const hcl::Block &block, const hcl::EvalContext &context,
                           const QString &name, bool dynamic, bool warnings)
{
    EnvBuild build{Env{}, context, warnings, m_file};
    Env &env = build.env;
    env.name = name;
    env.dynamic = dynamic;
    env.blockRange = block.range;
    env.location = m_file.location(block.range.begin);
    try {
        for (const hcl::Attribute &attribute : block.body.attributes)
            loadEnvAttribute(build, attribute);
        for (const hcl::Block &child : block.body.blocks) {
            if (child.type == QLatin1String("migration")) {
                loadMigration(build, child);
            } else if (child.type == QLatin1String("format")) {
                loadFormat(build, child);
            } else if (child.type == QLatin1String("schema")) {
                loadSchemaBlock(build, child);
            } else if (child.type == QLatin1String("diff")) {
                env.diff = keepBlock(child, context, true, child.type, &build);
            } else if (child.type == QLatin1String("lint")) {
                env.lint = keepBlock(child, context, true, child.type, &build);
            } else if (child.type == QLatin1String("test")) {
                env.test = keepBlock(child, context, true, child.type, &build);
            } else {
                if (warnings)
                    warn(child.range.begin,
                         HclProjectTr::tr("unknown block \"%1\" in env \"%2\"; Strata keeps "
                                          "it but does not use it")
                             .arg(child.type, name));
                env.unknownBlocks.append(keepBlock(child, context, false, child.type, &build));
            }
        }
    } catch (const EnvFailure &failure) {
        env.evaluationError = failure.error.message;
    }
    for (const ConfigBlock &shared : std::as_const(m_project.m_sharedBlocks)) {
        std::optional<ConfigBlock> &own = shared.type == QLatin1String("lint")   ? env.lint
                                          : shared.type == QLatin1String("diff") ? env.diff
                                                                                 : env.test;
        if (!own)
            own = shared;
    }
    return env;
}

void ProjectLoader::loadEnvAttribute(EnvBuild &build, const hcl::Attribute &attribute)
{
    const QString &name = attribute.name;
    if (name == QLatin1String("for_each") || (build.env.dynamic && name == QLatin1String("name")))
        return;
    build.record(name, attribute);
    Env &env = build.env;
    if (name == QLatin1String("url")) {
        env.url = build.string(attribute);
    } else if (name == QLatin1String("dev")) {
        env.dev = build.string(attribute);
    } else if (name == QLatin1String("src")) {
        env.src = build.strings(attribute);
    } else if (name == QLatin1String("schemas")) {
        env.schemas = build.strings(attribute);
    } else if (name == QLatin1String("exclude")) {
        env.exclude = build.strings(attribute);
    } else if (name == QLatin1String("include")) {
        env.include = build.strings(attribute);
    } else {
        const hcl::Value value = build.evaluate(attribute);
        env.extra.insert(name, value.isNull()                 ? QString()
                               : value.asString().has_value() ? *value.asString()
                                                              : jsonText(value));
    }
}

void ProjectLoader::loadMigration(EnvBuild &build, const hcl::Block &block)
{
    MigrationConfig &migration = build.env.migration;
    for (const hcl::Attribute &attribute : block.body.attributes) {
        const QString path = QLatin1String("migration.") + attribute.name;
        build.record(path, attribute);
        const QString &name = attribute.name;
        if (name == QLatin1String("format") || name == QLatin1String("exec_order")) {
            (name == QLatin1String("format") ? migration.format : migration.execOrder) =
                build.word(attribute);
        } else if (kMigrationStrings.contains(name)) {
            const QString value = build.string(attribute);
            if (name == QLatin1String("dir"))
                migration.dir = value;
            else if (name == QLatin1String("revisions_schema"))
                migration.revisionsSchema = value;
            else if (name == QLatin1String("baseline"))
                migration.baseline = value;
            else
                migration.lockTimeout = value;
        } else {
            build.env.unknownAttributes.insert(path, m_file.slice(attribute.expression->range));
            if (build.warnings)
                warn(attribute.range.begin,
                     HclProjectTr::tr("unknown attribute \"%1\" in migration; Strata "
                                      "keeps it but does not use it")
                         .arg(name));
        }
    }
    for (const hcl::Block &child : block.body.blocks) {
        if (build.warnings)
            warn(child.range.begin,
                 HclProjectTr::tr("unknown block \"%1\" in migration; Strata keeps it but "
                                  "does not use it")
                     .arg(child.type));
        build.env.unknownBlocks.append(keepBlock(child, build.context, false,
                                                 QLatin1String("migration.") + child.type, &build));
    }
}

void ProjectLoader::loadFormat(EnvBuild &build, const hcl::Block &block)
{
    for (const hcl::Attribute &attribute : block.body.attributes) {
        build.record(QLatin1String("format.") + attribute.name, attribute);
        build.env.unknownAttributes.insert(QLatin1String("format.") + attribute.name,
                                           m_file.slice(attribute.expression->range));
        if (build.warnings)
            warn(attribute.range.begin,
                 HclProjectTr::tr("unknown attribute \"%1\" in format; expected the "
                                  "blocks migrate and schema")
                     .arg(attribute.name));
    }
    for (const hcl::Block &child : block.body.blocks) {
        const bool migrate = child.type == QLatin1String("migrate");
        if (!migrate && child.type != QLatin1String("schema")) {
            if (build.warnings)
                warn(child.range.begin,
                     HclProjectTr::tr("unknown block \"%1\" in format; Strata keeps it but "
                                      "does not use it")
                         .arg(child.type));
            build.env.unknownBlocks.append(keepBlock(
                child, build.context, false, QLatin1String("format.") + child.type, &build));
            continue;
        }
        QMap<QString, QString> &templates =
            migrate ? build.env.format.migrate : build.env.format.schema;
        for (const hcl::Attribute &attribute : child.body.attributes) {
            build.record(QLatin1String("format.") + child.type + QLatin1Char('.') + attribute.name,
                         attribute);
            templates.insert(attribute.name, build.string(attribute));
        }
    }
}

void ProjectLoader::loadSchemaBlock(EnvBuild &build, const hcl::Block &block)
{
    for (const hcl::Attribute &attribute : block.body.attributes) {
        const QString path = QLatin1String("schema.") + attribute.name;
        build.record(path, attribute);
        if (attribute.name == QLatin1String("src")) {
            const QStringList src = build.strings(attribute);
            if (build.env.src.isEmpty())
                build.env.src = src;
            else if (build.warnings)
                warn(attribute.range.begin,
                     HclProjectTr::tr("the env sets both src and schema.src; src is used"));
        } else {
            build.env.unknownAttributes.insert(path, m_file.slice(attribute.expression->range));
            if (build.warnings)
                warn(attribute.range.begin,
                     HclProjectTr::tr("unknown attribute \"%1\" in schema; Strata keeps "
                                      "it but does not use it")
                         .arg(attribute.name));
        }
    }
    for (const hcl::Block &child : block.body.blocks) {
        if (build.warnings)
            warn(child.range.begin,
                 HclProjectTr::tr("unknown block \"%1\" in schema; Strata keeps it but does "
                                  "not use it")
                     .arg(child.type));
        build.env.unknownBlocks.append(
            keepBlock(child, build.context, false, QLatin1String("schema.") + child.type, &build));
    }
}

ConfigBlock ProjectLoader::keepBlock(const hcl::Block &block, const hcl::EvalContext &context,
                                     bool strict, const QString &path, EnvBuild *build)
{
    ConfigBlock kept;
    kept.type = block.type;
    kept.labels = block.labels;
    kept.location = m_file.location(block.range.begin);
    for (const hcl::Attribute &attribute : block.body.attributes) {
        kept.expressions.insert(attribute.name, m_file.slice(attribute.expression->range));
        if (build)
            build->record(path + QLatin1Char('.') + attribute.name, attribute);
        Expected<hcl::Value> value =
            hcl::Evaluator(m_file, context).evaluate(*attribute.expression);
        if (!value && strict)
            throw EnvFailure{value.error()};
        kept.attributes.insert(attribute.name, value ? *value : hcl::Value());
    }
    for (const hcl::Block &child : block.body.blocks)
        kept.blocks.append(
            keepBlock(child, context, strict, path + QLatin1Char('.') + child.type, build));
    return kept;
}

} // namespace strata

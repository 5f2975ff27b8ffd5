#include "projectloader.h"

#include "url/databaseurl.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class HclProjectTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::HclProject)
};

struct LoadFailure
{
    Error error;
};

const QStringList kSharedBlocks{QStringLiteral("lint"), QStringLiteral("diff"),
                                QStringLiteral("test")};

Expected<hcl::Value> convertScalar(const QString &type, const QString &name, const QString &text)
{
    if (type == QLatin1String("number")) {
        const std::optional<double> number = hcl::Value::string(text).asNumber();
        if (!number)
            return Error{HclProjectTr::tr("--var %1=%2: variable \"%1\" is a number")
                             .arg(name, maskPasswordsIn(text))};
        return hcl::Value::number(*number);
    }
    if (type == QLatin1String("bool")) {
        const std::optional<bool> flag = hcl::Value::string(text).asBool();
        if (!flag)
            return Error{HclProjectTr::tr("--var %1=%2: variable \"%1\" is a bool (true or false)")
                             .arg(name, maskPasswordsIn(text))};
        return hcl::Value::boolean(*flag);
    }
    return hcl::Value::string(text);
}

/// --var values typed by the variable's `type`: list(...) and set(...) take every value given.
Expected<hcl::Value> convertOverride(QString type, const QString &name, const QStringList &values)
{
    type.remove(QLatin1Char(' '));
    const bool list = type.startsWith(QLatin1String("list("));
    const bool set = type.startsWith(QLatin1String("set("));
    if (!list && !set)
        return convertScalar(type, name, values.last());
    const QString element = type.mid(type.indexOf(QLatin1Char('(')) + 1).chopped(1);
    hcl::ValueList items;
    for (const QString &value : values) {
        Expected<hcl::Value> item = convertScalar(element, name, value);
        if (!item)
            return item.error();
        items.push_back(*item);
    }
    return list ? hcl::Value::tuple(std::move(items)) : hcl::Value::set(std::move(items));
}

} // namespace

ProjectLoader::ProjectLoader(const hcl::Document &document, const QString &configPath,
                             const ProjectOptions &options)
    : m_document(document)
    , m_file(document.source())
    , m_options(options)
{
    m_project.m_configPath = configPath;
    m_project.m_directory = QFileInfo(configPath).absolutePath();
    m_project.m_text = document.text();
}

Expected<Project> ProjectLoader::run()
{
    try {
        classify();
        loadVariables();
        loadData();
        loadLocals();
        loadExternalSchemas();
        loadEnvs();
    } catch (const LoadFailure &failure) {
        return failure.error;
    }
    return m_project;
}

void ProjectLoader::warn(qsizetype offset, const QString &message)
{
    const QString warning = m_file.location(offset) + QLatin1String(": ") + message;
    if (!m_project.m_warnings.contains(warning))
        m_project.m_warnings.append(warning);
}

void ProjectLoader::fail(qsizetype offset, const QString &message) const
{
    throw LoadFailure{m_file.error(offset, message)};
}

hcl::EvalContext ProjectLoader::context() const
{
    hcl::EvalContext context;
    context.baseDirectory = m_project.m_directory;
    context.variables.insert(QStringLiteral("var"), hcl::Value::object(m_project.m_variables));
    context.variables.insert(QStringLiteral("local"), hcl::Value::object(m_project.m_locals));
    context.variables.insert(QStringLiteral("data"), hcl::Value::object(m_data));
    context.variables.insert(
        QStringLiteral("atlas"),
        hcl::Value::object({{QStringLiteral("env"), hcl::Value::string(m_options.envName)}}));
    return context;
}

hcl::Value ProjectLoader::evaluate(const hcl::Expression &expression,
                                   const hcl::EvalContext &context) const
{
    Expected<hcl::Value> value = hcl::Evaluator(m_file, context).evaluate(expression);
    if (!value)
        throw LoadFailure{value.error()};
    return *value;
}

void ProjectLoader::classify()
{
    const hcl::Body &body = m_document.body();
    ConfigBlock topLevel;
    for (const hcl::Attribute &attribute : body.attributes) {
        topLevel.expressions.insert(attribute.name, m_file.slice(attribute.expression->range));
        warn(attribute.range.begin,
             HclProjectTr::tr("unknown top-level attribute \"%1\"; Strata keeps it but "
                              "does not use it")
                 .arg(attribute.name));
    }
    if (!topLevel.expressions.isEmpty())
        m_project.m_unknownBlocks.append(topLevel);
    for (const hcl::Block &block : body.blocks) {
        if (block.type == QLatin1String("variable")) {
            m_variableBlocks.append(&block);
        } else if (block.type == QLatin1String("locals")) {
            m_localsBlocks.append(&block);
        } else if (block.type == QLatin1String("data")) {
            m_dataBlocks.append(&block);
        } else if (block.type == QLatin1String("env")) {
            if (block.labels.size() > 1)
                fail(block.labelRanges.at(1).begin,
                     HclProjectTr::tr("an env block takes at most one label, its name"));
            m_envBlocks.append(&block);
        } else if (!kSharedBlocks.contains(block.type)) {
            warn(block.range.begin,
                 HclProjectTr::tr("unknown block \"%1\"; Strata keeps it but does not use it")
                     .arg(block.type));
            m_unknownBlocks.append(&block);
        }
    }
}

void ProjectLoader::loadVariables()
{
    QStringList declared;
    for (const hcl::Block *block : std::as_const(m_variableBlocks)) {
        if (block->labels.size() != 1)
            fail(block->range.begin,
                 HclProjectTr::tr("a variable block needs exactly one label, its name: "
                                  "variable \"name\" { ... }"));
        const QString name = block->labels.front();
        if (declared.contains(name))
            fail(block->labelRanges.front().begin,
                 HclProjectTr::tr("variable \"%1\" is declared more than once").arg(name));
        declared.append(name);
        QString type;
        const hcl::Attribute *defaultValue = nullptr;
        for (const hcl::Attribute &attribute : block->body.attributes) {
            if (attribute.name == QLatin1String("type"))
                type = m_file.slice(attribute.expression->range);
            else if (attribute.name == QLatin1String("default"))
                defaultValue = &attribute;
            else if (attribute.name != QLatin1String("description"))
                warn(attribute.range.begin,
                     HclProjectTr::tr("unknown attribute \"%1\" in variable \"%2\"; it is ignored")
                         .arg(attribute.name, name));
        }
        for (const hcl::Block &nested : block->body.blocks)
            warn(nested.range.begin,
                 HclProjectTr::tr("unknown block \"%1\" in variable \"%2\"; it is ignored")
                     .arg(nested.type, name));
        QStringList values;
        for (const auto &[key, value] : std::as_const(m_options.variables)) {
            if (key == name)
                values.append(value);
        }
        if (!values.isEmpty()) {
            Expected<hcl::Value> value = convertOverride(type, name, values);
            if (!value)
                throw LoadFailure{Error{m_file.location(block->range.begin) + QLatin1String(": ") +
                                        value.error().message}};
            m_project.m_variables.insert(name, *value);
        } else if (defaultValue) {
            hcl::EvalContext constants;
            constants.baseDirectory = m_project.m_directory;
            m_project.m_variables.insert(name, evaluate(*defaultValue->expression, constants));
        } else {
            fail(block->labelRanges.front().begin,
                 HclProjectTr::tr(
                     "variable \"%1\" has no value: pass --var %1=VALUE or give it a default")
                     .arg(name));
        }
    }
    for (const auto &[key, value] : std::as_const(m_options.variables)) {
        Q_UNUSED(value);
        if (!declared.contains(key)) {
            const QString warning =
                m_project.m_configPath +
                HclProjectTr::tr(": --var %1: no variable \"%1\" is declared; the value "
                                 "is ignored")
                    .arg(key);
            if (!m_project.m_warnings.contains(warning))
                m_project.m_warnings.append(warning);
        }
    }
}

void ProjectLoader::loadData()
{
    QMap<QString, hcl::ValueMap> byType;
    for (const hcl::Block *block : std::as_const(m_dataBlocks)) {
        if (block->labels.size() != 2)
            fail(block->range.begin,
                 HclProjectTr::tr("a data block needs two labels, its type and its name: "
                                  "data \"external_schema\" \"name\" { ... }"));
        const QString type = block->labels.at(0);
        const QString name = block->labels.at(1);
        if (byType.value(type).contains(name))
            fail(block->labelRanges.at(1).begin,
                 HclProjectTr::tr("data \"%1\" \"%2\" is declared more than once").arg(type, name));
        const QString url = type + QLatin1String("://") + name;
        byType[type].insert(name,
                            hcl::Value::object({{QStringLiteral("url"), hcl::Value::string(url)}}));
    }
    for (auto it = byType.cbegin(); it != byType.cend(); ++it)
        m_data.insert(it.key(), hcl::Value::object(it.value()));
}

void ProjectLoader::loadLocals()
{
    for (const hcl::Block *block : std::as_const(m_localsBlocks)) {
        if (!block->labels.isEmpty())
            fail(block->labelRanges.front().begin,
                 HclProjectTr::tr("a locals block takes no labels"));
        for (const hcl::Block &nested : block->body.blocks)
            warn(
                nested.range.begin,
                HclProjectTr::tr("unknown block \"%1\" in locals; it is ignored").arg(nested.type));
        for (const hcl::Attribute &attribute : block->body.attributes) {
            if (const hcl::Attribute *previous = m_localDefinitions.value(attribute.name)) {
                fail(attribute.range.begin,
                     HclProjectTr::tr("local value \"%1\" is already defined at line %2")
                         .arg(attribute.name)
                         .arg(m_file.position(previous->range.begin).line));
            }
            m_localDefinitions.insert(attribute.name, &attribute);
        }
    }
    for (auto it = m_localDefinitions.cbegin(); it != m_localDefinitions.cend(); ++it) {
        QStringList chain;
        evaluateLocal(it.key(), chain);
    }
}

void ProjectLoader::evaluateLocal(const QString &name, QStringList &chain)
{
    if (m_project.m_locals.contains(name))
        return;
    const hcl::Attribute *definition = m_localDefinitions.value(name);
    if (chain.contains(name)) {
        QStringList cycle = chain.mid(chain.indexOf(name));
        cycle.append(name);
        for (QString &step : cycle)
            step.prepend(QLatin1String("local."));
        fail(definition->range.begin, HclProjectTr::tr("local value \"%1\" depends on itself: %2")
                                          .arg(name, cycle.join(QLatin1String(" -> "))));
    }
    chain.append(name);
    for (const QStringList &reference : definition->expression->references()) {
        if (reference.size() >= 2 && reference.front() == QLatin1String("local") &&
            m_localDefinitions.contains(reference.at(1)))
            evaluateLocal(reference.at(1), chain);
    }
    chain.removeLast();
    m_project.m_locals.insert(name, evaluate(*definition->expression, context()));
}

void ProjectLoader::loadExternalSchemas()
{
    const hcl::EvalContext base = context();
    for (const hcl::Block *block : std::as_const(m_dataBlocks)) {
        if (block->labels.at(0) != QLatin1String("external_schema")) {
            warn(block->range.begin,
                 HclProjectTr::tr("data source \"%1\" is not supported by Strata; it is "
                                  "kept but never run")
                     .arg(block->labels.at(0)));
            m_unknownBlocks.append(block);
            continue;
        }
        ExternalSchema schema;
        schema.name = block->labels.at(1);
        schema.location = m_file.location(block->range.begin);
        schema.workingDirectory = m_project.m_directory;
        const hcl::Attribute *program = block->body.attribute(QStringLiteral("program"));
        if (!program)
            fail(block->range.begin,
                 HclProjectTr::tr("data \"external_schema\" \"%1\" needs a program, such "
                                  "as program = [\"node\", \"load.js\"]")
                     .arg(schema.name));
        for (const hcl::Attribute &attribute : block->body.attributes) {
            const hcl::Value value = evaluate(*attribute.expression, base);
            if (attribute.name == QLatin1String("program")) {
                for (const hcl::Value &item : value.items()) {
                    if (!item.asString())
                        fail(attribute.expression->range.begin,
                             HclProjectTr::tr("program must be a list of strings, found %1")
                                 .arg(item.typeName()));
                    schema.program.append(*item.asString());
                }
                if (!value.isSequence() || schema.program.isEmpty())
                    fail(attribute.expression->range.begin,
                         HclProjectTr::tr("program must be a non-empty list of strings, such as "
                                          "[\"node\", \"load.js\"]"));
            } else if (attribute.name == QLatin1String("working_dir")) {
                if (!value.isString())
                    fail(attribute.expression->range.begin,
                         HclProjectTr::tr("working_dir must be a string, found %1")
                             .arg(value.typeName()));
                schema.workingDirectory =
                    QDir::cleanPath(QDir(m_project.m_directory).absoluteFilePath(value.toText()));
            } else {
                warn(attribute.range.begin,
                     HclProjectTr::tr(
                         "unknown attribute \"%1\" in data \"external_schema\"; it is ignored")
                         .arg(attribute.name));
            }
        }
        m_project.m_externalSchemas.append(schema);
    }
    std::sort(
        m_unknownBlocks.begin(), m_unknownBlocks.end(),
        [](const hcl::Block *a, const hcl::Block *b) { return a->range.begin < b->range.begin; });
    for (const hcl::Block *block : std::as_const(m_unknownBlocks))
        m_project.m_unknownBlocks.append(keepBlock(*block, base, false, {}, nullptr));
    for (const hcl::Block &block : m_document.body().blocks) {
        if (kSharedBlocks.contains(block.type))
            m_project.m_sharedBlocks.append(keepBlock(block, base, false, block.type, nullptr));
    }
}

} // namespace strata

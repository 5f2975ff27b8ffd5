#include "projecttestsupport.h"

#include "project/envselection.h"

#include <QTest>

using namespace strata;
using namespace projecttest;

/// selectEnvs() is the one way the CLI's --env and the Project dock choose envs: Atlas's rules for
/// for_each envs (one, the chosen instance, or all) and its messages.
class TestEnvSelection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void singleEnv();
    void singleRefusesSeveralInstances();
    void instanceTakesTheChosenOne();
    void instanceOutOfRange();
    void everyFansOutInFileOrder();
    void unknownNameListsTheEnvs();
    void instanceKeys();

private:
    std::optional<Project> m_project;
};

void TestEnvSelection::initTestCase()
{
    auto project = Project::load(fixture(QStringLiteral("project_full.hcl")), withVars(kToken));
    QVERIFY2(project, qPrintable(project ? QString() : project.error().message));
    m_project = project.value();
}

void TestEnvSelection::singleEnv()
{
    const QString name = m_project->envNames().constFirst();
    const auto envs = selectEnvs(*m_project, name, EnvChoice::single());
    QVERIFY2(envs, qPrintable(envs ? QString() : envs.error().message));
    QCOMPARE(envs->size(), 1);
    QCOMPARE(envs->front().name, name);
}

void TestEnvSelection::singleRefusesSeveralInstances()
{
    const auto envs = selectEnvs(*m_project, QStringLiteral("tenant"), EnvChoice::single());
    QVERIFY(!envs);
    QCOMPARE(envs.error().message, QStringLiteral("multiple envs found for \"tenant\""));
}

void TestEnvSelection::instanceTakesTheChosenOne()
{
    const auto second = selectEnvs(*m_project, QStringLiteral("tenant"), EnvChoice::at(1));
    QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
    QCOMPARE(second->size(), 1);
    QCOMPARE(second->front().url, QStringLiteral("postgres://app@db.internal:5432/globex"));
}

void TestEnvSelection::instanceOutOfRange()
{
    const auto envs = selectEnvs(*m_project, QStringLiteral("tenant"), EnvChoice::at(2));
    QVERIFY(!envs);
    QCOMPARE(envs.error().message,
             QStringLiteral("env \"tenant\" has no instance 3; its instances are: acme, globex"));
}

void TestEnvSelection::everyFansOutInFileOrder()
{
    const auto envs = selectEnvs(*m_project, QStringLiteral("tenant"), EnvChoice::every());
    QVERIFY2(envs, qPrintable(envs ? QString() : envs.error().message));
    QStringList keys;
    for (const Env &env : *envs)
        keys.append(envInstanceKey(env));
    QCOMPARE(keys, QStringList({QStringLiteral("acme"), QStringLiteral("globex")}));
}

void TestEnvSelection::unknownNameListsTheEnvs()
{
    const auto envs = selectEnvs(*m_project, QStringLiteral("nope"), EnvChoice::every());
    QVERIFY(!envs);
    QCOMPARE(envs.error().message,
             QStringLiteral("env \"nope\" is not defined in %1; it defines: %2")
                 .arg(m_project->configPath(), m_project->envNames().join(QLatin1String(", "))));
}

void TestEnvSelection::instanceKeys()
{
    const QString plain = m_project->envNames().constFirst();
    QCOMPARE(envInstanceKey(m_project->envsNamed(plain).front()), QString());
    QCOMPARE(envInstanceKey(m_project->envsNamed(QStringLiteral("tenant")).front()),
             QStringLiteral("acme"));
}

QTEST_GUILESS_MAIN(TestEnvSelection)
#include "tst_envselection.moc"

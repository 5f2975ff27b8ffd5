#include "model/schema.h"
#include "schema/schemafilterproxymodel.h"
#include "schema/schematreemodel.h"
#include "widgettestenv.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace strata;

namespace {

Column column(const QString &name, const QString &type, bool nullable = true)
{
    Column c;
    c.name = name;
    c.type.raw = type;
    c.type.normalized = type.toLower();
    c.nullable = nullable;
    return c;
}

Index index(const QString &name, const QStringList &columns, bool unique)
{
    Index i;
    i.name = name;
    i.unique = unique;
    for (const QString &c : columns) {
        IndexPart part;
        part.column = c;
        i.parts.append(part);
    }
    return i;
}

/// Users(id PK, email UNIQUE NOT NULL, name DEFAULT 'anon') and Tasks(id PK, user_id FK, title).
Realm twoTables()
{
    Table users;
    users.name = QStringLiteral("Users");
    users.columns = {column(QStringLiteral("id"), QStringLiteral("INTEGER"), false),
                     column(QStringLiteral("email"), QStringLiteral("TEXT"), false),
                     column(QStringLiteral("name"), QStringLiteral("TEXT"))};
    users.columns[2].defaultValue =
        ColumnDefault{ColumnDefault::Kind::Literal, QStringLiteral("'anon'")};
    users.primaryKey = index(QString(), {QStringLiteral("id")}, true);
    users.indexes = {
        index(QStringLiteral("sqlite_autoindex_Users_1"), {QStringLiteral("email")}, true)};

    Table tasks;
    tasks.name = QStringLiteral("Tasks");
    tasks.columns = {column(QStringLiteral("id"), QStringLiteral("INTEGER"), false),
                     column(QStringLiteral("user_id"), QStringLiteral("INTEGER"), false),
                     column(QStringLiteral("title"), QStringLiteral("TEXT"), false)};
    tasks.primaryKey = index(QString(), {QStringLiteral("id")}, true);
    ForeignKey fk;
    fk.name = QStringLiteral("0");
    fk.columns = {QStringLiteral("user_id")};
    fk.refTable = QStringLiteral("Users");
    fk.refColumns = {QStringLiteral("id")};
    fk.onDelete = ReferenceAction::Cascade;
    tasks.foreignKeys = {fk};
    tasks.checks = {Check{QString(), QStringLiteral("(length(title) > 0)")}};

    Schema main;
    main.name = QStringLiteral("main");
    main.tables = {tasks, users};
    return Realm{{main}};
}

QModelIndex child(const QAbstractItemModel &model, const QModelIndex &parent, const QString &name)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == name)
            return index;
    }
    return {};
}

QStringList names(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(parent); ++row)
        result.append(model.index(row, 0, parent).data().toString());
    return result;
}

QString cell(const QModelIndex &index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}

} // namespace

class TestSchemaTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpWidgetTest(); }

    void emptyRealm()
    {
        SchemaTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRealm(Realm{});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(SchemaTreeModel::ColumnCount));
        QCOMPARE(model.tableCount(), 0);
        QCOMPARE(model.headerData(SchemaTreeModel::TypeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Type"));
    }

    void twoTableRealm()
    {
        SchemaTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRealm(twoTables());
        QCOMPARE(model.tableCount(), 2);
        QCOMPARE(names(model, {}), QStringList{QStringLiteral("main")});
        const QModelIndex main = model.index(0, 0);
        QCOMPARE(cell(main, SchemaTreeModel::DetailColumn), QStringLiteral("2 tables"));
        QCOMPARE(names(model, main),
                 (QStringList{QStringLiteral("Tasks"), QStringLiteral("Users")}));

        const QModelIndex users = child(model, main, QStringLiteral("Users"));
        QCOMPARE(users, model.tableIndex(QStringLiteral("main"), QStringLiteral("Users")));
        QCOMPARE(SchemaNodeKind(users.data(SchemaTreeModel::KindRole).toInt()),
                 SchemaNodeKind::Table);
        QCOMPARE(names(model, users),
                 (QStringList{QStringLiteral("Columns (3)"), QStringLiteral("Indexes (2)")}));
        const QModelIndex userColumns = child(model, users, QStringLiteral("Columns (3)"));
        QCOMPARE(
            names(model, userColumns),
            (QStringList{QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("name")}));
        const QModelIndex id = child(model, userColumns, QStringLiteral("id"));
        QCOMPARE(cell(id, SchemaTreeModel::TypeColumn), QStringLiteral("INTEGER"));
        QCOMPARE(cell(id, SchemaTreeModel::DetailColumn), QStringLiteral("PK, NOT NULL"));
        QVERIFY(!id.data(Qt::DecorationRole).value<QIcon>().isNull());
        const QModelIndex email = child(model, userColumns, QStringLiteral("email"));
        QCOMPARE(cell(email, SchemaTreeModel::TypeColumn), QStringLiteral("TEXT"));
        QCOMPARE(cell(email, SchemaTreeModel::DetailColumn), QStringLiteral("NOT NULL, UNIQUE"));
        QVERIFY(
            email.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Users.email: TEXT")));
        QCOMPARE(email.data(SchemaTreeModel::TableNameRole).toString(), QStringLiteral("Users"));
        const QModelIndex name = child(model, userColumns, QStringLiteral("name"));
        QCOMPARE(cell(name, SchemaTreeModel::DetailColumn), QStringLiteral("DEFAULT 'anon'"));

        const QModelIndex tasks = child(model, main, QStringLiteral("Tasks"));
        QCOMPARE(names(model, tasks),
                 (QStringList{QStringLiteral("Columns (3)"), QStringLiteral("Indexes (1)"),
                              QStringLiteral("Foreign keys (1)"), QStringLiteral("Checks (1)")}));
        const QModelIndex userId = child(model, child(model, tasks, QStringLiteral("Columns (3)")),
                                         QStringLiteral("user_id"));
        QCOMPARE(cell(userId, SchemaTreeModel::DetailColumn),
                 QStringLiteral("FK → Users(id), NOT NULL"));
        const QModelIndex fk =
            model.index(0, 0, child(model, tasks, QStringLiteral("Foreign keys (1)")));
        QCOMPARE(cell(fk, SchemaTreeModel::TypeColumn), QStringLiteral("FOREIGN KEY"));
        QCOMPARE(cell(fk, SchemaTreeModel::DetailColumn),
                 QStringLiteral("(user_id) → Users(id) ON DELETE CASCADE"));
        const QModelIndex pk =
            model.index(0, 0, child(model, tasks, QStringLiteral("Indexes (1)")));
        QCOMPARE(SchemaNodeKind(pk.data(SchemaTreeModel::KindRole).toInt()),
                 SchemaNodeKind::PrimaryKey);
        QCOMPARE(cell(pk, SchemaTreeModel::DetailColumn), QStringLiteral("(id)"));
        const QModelIndex check =
            model.index(0, 0, child(model, tasks, QStringLiteral("Checks (1)")));
        QCOMPARE(cell(check, SchemaTreeModel::DetailColumn), QStringLiteral("(length(title) > 0)"));
    }

    void resetWithAnotherRealm()
    {
        SchemaTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRealm(twoTables());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        Realm other = twoTables();
        other.schemas[0].name = QStringLiteral("shop");
        other.schemas[0].tables.removeFirst();
        other.schemas[0].tables[0].name = QStringLiteral("Orders");
        model.setRealm(other);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.tableCount(), 1);
        QCOMPARE(names(model, {}), QStringList{QStringLiteral("shop")});
        QCOMPARE(names(model, model.index(0, 0)), QStringList{QStringLiteral("Orders")});
        QVERIFY(!model.tableIndex(QStringLiteral("main"), QStringLiteral("Users")).isValid());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void filterKeepsMatchesAndAncestors()
    {
        SchemaTreeModel model;
        SchemaFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRealm(twoTables());
        proxy.setFilterFixedString(QStringLiteral("email"));
        QCOMPARE(names(proxy, {}), QStringList{QStringLiteral("main")});
        const QModelIndex main = proxy.index(0, 0);
        QCOMPARE(names(proxy, main), QStringList{QStringLiteral("Users")});
        const QModelIndex users = proxy.index(0, 0, main);
        QCOMPARE(names(proxy, users), QStringList{QStringLiteral("Columns (3)")});
        QCOMPARE(names(proxy, proxy.index(0, 0, users)), QStringList{QStringLiteral("email")});

        // A matching table keeps all its rows; matching is case-insensitive.
        proxy.setFilterFixedString(QStringLiteral("USER"));
        QCOMPARE(names(proxy, main),
                 (QStringList{QStringLiteral("Tasks"), QStringLiteral("Users")}));
        const QModelIndex usersTable = child(proxy, main, QStringLiteral("Users"));
        QCOMPARE(proxy.rowCount(usersTable), 2);
        const QModelIndex tasks = child(proxy, main, QStringLiteral("Tasks"));
        QCOMPARE(names(proxy, tasks), QStringList{QStringLiteral("Columns (3)")});
        QCOMPARE(names(proxy, proxy.index(0, 0, tasks)), QStringList{QStringLiteral("user_id")});

        proxy.setFilterFixedString(QStringLiteral("nothing-like-this"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterFixedString(QString());
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 2);
    }
};

QTEST_MAIN(TestSchemaTreeModel)
#include "tst_schematreemodel.moc"

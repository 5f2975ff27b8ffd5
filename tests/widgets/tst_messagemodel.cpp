#include "messages/messagemodel.h"
#include "messages/messagepanel.h"
#include "widgettestenv.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QTest>
#include <QTreeView>

using namespace strata;

class TestMessageModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpWidgetTest(); }

    void appendsWithSeverityTimeAndText()
    {
        MessageModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.append(MessageModel::Severity::Info, QStringLiteral("Loading x.db"));
        model.append(MessageModel::Severity::Error, QStringLiteral("Cannot open x.db:\nno file."));
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex text = model.index(1, MessageModel::TextColumn);
        QCOMPARE(text.data().toString(), QStringLiteral("Cannot open x.db: no file."));
        QCOMPARE(text.data(MessageModel::TextRole).toString(),
                 QStringLiteral("Cannot open x.db:\nno file."));
        QCOMPARE(MessageModel::Severity(text.data(MessageModel::SeverityRole).toInt()),
                 MessageModel::Severity::Error);
        const QModelIndex time = model.index(1, MessageModel::TimeColumn);
        QVERIFY(!time.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(time.data().toString(), time.data(MessageModel::TimestampRole)
                                             .toDateTime()
                                             .toString(QStringLiteral("HH:mm:ss")));
        QVERIFY(text.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Error — ")));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void dropsOldestBeyondTheLimit()
    {
        MessageModel model;
        for (int i = 0; i < MessageModel::MaxMessages + 5; ++i)
            model.append(MessageModel::Severity::Warning, QString::number(i));
        QCOMPARE(model.rowCount(), MessageModel::MaxMessages);
        QCOMPARE(model.index(0, MessageModel::TextColumn).data().toString(), QStringLiteral("5"));
    }

    void panelShowsMessages()
    {
        MessagePanel panel;
        panel.warning(QStringLiteral("careful"));
        panel.error(QStringLiteral("broken"));
        QCOMPARE(panel.view()->model()->rowCount(), 2);
        QCOMPARE(MessageModel::Severity(
                     panel.model()->index(0, 0).data(MessageModel::SeverityRole).toInt()),
                 MessageModel::Severity::Warning);
    }
};

QTEST_MAIN(TestMessageModel)
#include "tst_messagemodel.moc"

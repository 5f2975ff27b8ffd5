// Unit tests of the PostgreSQL DDL parser, without a server.

#include "pgparse/pgddlparser.h"

#include <QTest>

using namespace strata;

class TestPgDdlParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placeholder() {}
};

QTEST_GUILESS_MAIN(TestPgDdlParser)
#include "tst_pgddlparser.moc"

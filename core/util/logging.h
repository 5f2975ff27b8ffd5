#pragma once

#include <QLoggingCategory>

// One category per area, so `QT_LOGGING_RULES="strata.sqlite.debug=true"` narrows the output.
Q_DECLARE_LOGGING_CATEGORY(lcLoad)
Q_DECLARE_LOGGING_CATEGORY(lcSqlite)
Q_DECLARE_LOGGING_CATEGORY(lcMysql)
Q_DECLARE_LOGGING_CATEGORY(lcPostgres)
Q_DECLARE_LOGGING_CATEGORY(lcHcl)
Q_DECLARE_LOGGING_CATEGORY(lcProgram)
Q_DECLARE_LOGGING_CATEGORY(lcDocker)

#include "logging.h"

Q_LOGGING_CATEGORY(lcLoad, "strata.load", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSqlite, "strata.sqlite", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMysql, "strata.mysql", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPostgres, "strata.postgres", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHcl, "strata.hcl", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProgram, "strata.program", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDocker, "strata.docker", QtInfoMsg)

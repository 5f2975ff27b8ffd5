#pragma once

#include <QCoreApplication>

namespace strata {

/// Gives lupdate and QCoreApplication::translate one context for the planner's messages.
class MysqlPlannerTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::MysqlPlanner)
};

} // namespace strata

#include "lint/lintplan.h"

namespace strata::lint {

Findings lintPlan(const Plan &plan, const LintPolicy &policy)
{
    QList<StatementChanges> statements;
    int line = 1;
    for (int i = 0; i < plan.statements.size(); ++i) {
        const PlannedStatement &planned = plan.statements.at(i);
        StatementChanges s;
        s.statement = i;
        s.line = line + 1; // after the `-- Comment` line
        s.text = planned.sql;
        if (planned.change >= 0 && planned.change < plan.changes.size())
            s.changes.append(plan.changes.at(planned.change));
        statements.append(s);
        line += 1 + int(planned.sql.count(QLatin1Char('\n'))) + 1;
    }
    return analyze(statements, policy);
}

} // namespace strata::lint

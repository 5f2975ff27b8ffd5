#pragma once

#include "model/schema.h"
#include "util/expected.h"
#include "util/taskcontrol.h"

#include <QString>

namespace strata {

/// A private, empty place on a dev database (Atlas's --dev-url) where statements run one by
/// one and what they made is read back as a model: replaying a migration directory, checking
/// what a plan does. Each database makes it its own way (an in-memory SQLite, a scratch MySQL
/// schema, a scratch PostgreSQL database); the scratch space is removed when the session ends,
/// also after an error or a cancel.
class DevSession
{
public:
    virtual ~DevSession() = default;

    /// Runs one statement; the Error carries the server's message.
    virtual Status execute(const QString &statement, const TaskControl &control) = 0;
    /// The first column of the first row a query returns, as text (empty for NULL or no row):
    /// for checks such as row counts.
    virtual Expected<QString> queryValue(const QString &query, const TaskControl &control) = 0;
    /// What the statements made, named as the dev URL names it (its database or search_path;
    /// the scratch name never shows), in a constant number of catalog queries.
    virtual Expected<Realm> inspect(const TaskControl &control) = 0;
};

} // namespace strata

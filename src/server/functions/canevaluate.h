#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace stitchlocal {

//! What a function's can_evaluate expression may refer to: %%user, %%args, %%values.
struct EvaluationScope
{
    QJsonObject user; //!< {id, type, data, identities}
    QJsonArray arguments;
    QJsonObject values;
};

//! Evaluates a function's can_evaluate rule the way Stitch's rule expressions read: an empty
//! expression allows; every field of an object must hold ({"%%user.id": "%%args.0"},
//! {"%%true": true}); %and / %or take arrays of expressions; a field's value may be an operator
//! object with %eq, %ne, %in, %nin or %exists. An expression it cannot read denies, and *error
//! says why (a rule that is not understood must not let calls through).
bool canEvaluate(const QJsonObject &expression, const EvaluationScope &scope, QString *error);

} // namespace stitchlocal

#pragma once

#include <QList>
#include <QString>

//! Fuzzy matching for the command palette: every character of the pattern must appear in the
//! text in order, case-insensitively ("fnpn" finds "Functions panel"). Pure, for tests.
namespace fuzzymatch {

//! -1 when the pattern does not match; otherwise a score, higher for better matches: a prefix,
//! characters at word starts, and runs of consecutive characters count more, long texts less.
int score(const QString &pattern, const QString &text);
//! The positions in text of the pattern's characters in the best match found (for highlighting);
//! empty when it does not match.
QList<int> positions(const QString &pattern, const QString &text);

} // namespace fuzzymatch

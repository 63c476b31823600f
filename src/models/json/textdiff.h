#pragma once

#include <QList>
#include <QString>

//! A line-level diff of two texts (dtl's shortest edit script) and its unified-diff rendering.
class TextDiff
{
public:
    enum Op { Common, Removed, Added };

    struct Line
    {
        Op op = Common;
        QString text; // without its line break
        int oldLine = 0; // 1-based; 0 when the line is not in the old text
        int newLine = 0; // 1-based; 0 when the line is not in the new text
        bool missingNewline = false; // the last line of its text, with no line break after it
    };

    struct Hunk
    {
        int oldStart = 0;
        int oldCount = 0;
        int newStart = 0;
        int newCount = 0;
        QList<Line> lines;
    };

    //! One row of a side-by-side view: indices into the lines of compute(), -1 for a gap. A
    //! row with both sides and a change is a changed line; removals and additions that look
    //! alike are paired, the others face a gap.
    struct Row
    {
        int left = -1;
        int right = -1;
    };

    //! Every line of both texts in order: common lines once, removals before additions.
    static QList<Line> compute(const QString &oldText, const QString &newText);
    //! The changed regions with \a context common lines around each; close regions merge.
    static QList<Hunk> hunks(const QList<Line> &lines, int context = 3);
    //! Unified-diff text that `patch` applies to \a oldText to give \a newText; empty when equal.
    static QString unified(const QString &oldName, const QString &newName, const QString &oldText,
                           const QString &newText, int context = 3);

    static QList<Row> sideBySide(const QList<Line> &lines);

    static int count(const QList<Line> &lines, Op op);

    //! One file of a unified diff ("--- a/x", "+++ b/x", hunks). A path is empty for
    //! /dev/null: an added file has no old path, a deleted one no new path.
    struct FilePatch
    {
        QString oldPath;
        QString newPath;
        QList<Hunk> hunks; // removals before additions within each changed run
        int added = 0;
        int removed = 0;
        QString path() const { return newPath.isEmpty() ? oldPath : newPath; }
    };
    //! Parses unified-diff text of one or more files; lines outside a file or hunk are skipped.
    static QList<FilePatch> parseUnified(const QString &text);

    //! A run of characters in a line: start and length.
    struct Span
    {
        int start = 0;
        int length = 0;
    };
    //! The words (identifiers, numbers, runs of spaces, single punctuation) that differ between
    //! a removed line and the added line it became, as spans of each.
    static void changedWords(const QString &oldLine, const QString &newLine, QList<Span> *oldSpans,
                             QList<Span> *newSpans);
};

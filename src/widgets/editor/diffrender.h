#pragma once

#include "diffview.h"

//! What DiffView shows, computed on a worker thread: the panes of both layouts with their
//! margins, markers and changed words. Pure computation: no widget is touched.
namespace diffrender {

//! The difference between two texts.
DiffView::Result fromTexts(const QString &leftText, const QString &rightText);
//! A unified diff (one or more files): only its hunks, the regions between them folded.
DiffView::Result fromPatch(const QString &unifiedDiff);

} // namespace diffrender

#pragma once

#include <QByteArray>

#include <memory>

class QsciScintilla;

//! A Scintilla document filled away from the UI thread and then shown by an editor in one step.
//! Setting a large text on an editor inserts it and finds every line start on the UI thread
//! (10 ms and more for 10,000+ lines); a document made with Scintilla's loader
//! (SCI_CREATELOADER) is filled on a worker thread instead, and the editor only swaps it in.
//!
//! create() runs on the UI thread (any editor makes the loader); append() on any one thread at
//! a time; showIn() on the UI thread, once. A document never shown is released when its last
//! copy goes, on whichever thread that is: no editor ever saw it. Copies share one document.
class SciDocument
{
public:
    SciDocument() = default;
    //! An empty document to fill; null if Scintilla refused (out of memory).
    static SciDocument create(QsciScintilla *anyEditor, qsizetype reserveBytes = 0);

    bool isNull() const { return !m_state; }
    //! Adds UTF-8 text at the end. False if the document is null, shown or out of memory.
    bool append(const QByteArray &utf8);
    //! Makes editor show this document in place of its own (which it releases). What belongs
    //! to the document rather than the view is set again for it: read-only, UTF-8, the
    //! editor's lexer, the top line and the caret at the start. The editor owns the document
    //! from then on; further calls do nothing. False when null or already shown.
    bool showIn(QsciScintilla *editor);

private:
    struct State;
    std::shared_ptr<State> m_state;
};

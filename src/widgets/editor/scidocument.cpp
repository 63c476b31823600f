#include "scidocument.h"

#include <Qsci/qscilexer.h>
#include <Qsci/qsciscintilla.h>

#include <atomic>
#include <cstddef>

// Not in an anonymous namespace: with no class deriving from it in sight, the compiler would
// take every call through it for a pure virtual one.
namespace scintillaloader {

//! Scintilla's document-loading interface (include/ILoader.h in Scintilla), which QScintilla
//! does not install: the object SCI_CREATELOADER returns. Its layout is Scintilla's public
//! contract for background loading.
class ILoader
{
public:
    virtual int Release() = 0;
    //! Returns an SC_STATUS_* code, 0 when fine.
    virtual int AddData(const char *data, std::ptrdiff_t length) = 0;
    //! The document pointer for SCI_SETDOCPOINTER; its reference count is the loader's.
    virtual void *ConvertToDocument() = 0;

protected:
    ~ILoader() = default;
};

} // namespace scintillaloader

namespace {

using scintillaloader::ILoader;

// QScintilla's highest keyword set index (QsciScintillaBase::KEYWORDSET_MAX is not public).
constexpr int KeywordSetMax = 8;

} // namespace

struct SciDocument::State
{
    ILoader *loader = nullptr;
    //! Whether this handle still holds the loader's reference (false once an editor has it).
    std::atomic<bool> owned { true };

    ~State()
    {
        if (loader && owned.exchange(false))
            loader->Release();
    }
};

SciDocument SciDocument::create(QsciScintilla *anyEditor, qsizetype reserveBytes)
{
    SciDocument document;
    const auto pointer = anyEditor->SendScintilla(QsciScintillaBase::SCI_CREATELOADER,
                                                  static_cast<unsigned long>(reserveBytes), 0L);
    if (!pointer)
        return document;
    document.m_state = std::make_shared<State>();
    document.m_state->loader = reinterpret_cast<ILoader *>(pointer);
    return document;
}

bool SciDocument::append(const QByteArray &utf8)
{
    if (!m_state || !m_state->owned.load())
        return false;
    return utf8.isEmpty() || m_state->loader->AddData(utf8.constData(), utf8.size()) == 0;
}

bool SciDocument::showIn(QsciScintilla *editor)
{
    if (!m_state || !m_state->owned.exchange(false))
        return false;
    const bool readOnly = editor->isReadOnly(); // the old document's flag
    void *document = m_state->loader->ConvertToDocument();
    // The editor takes a reference of its own and releases its old document; the loader's
    // reference is then dropped, leaving the editor the only owner.
    editor->SendScintilla(QsciScintillaBase::SCI_SETDOCPOINTER, 0UL, document);
    editor->SendScintilla(QsciScintillaBase::SCI_RELEASEDOCUMENT, 0UL, document);
    // What Scintilla keeps per document, not per view.
    editor->SendScintilla(QsciScintillaBase::SCI_SETCODEPAGE, QsciScintillaBase::SC_CP_UTF8);
    editor->SendScintilla(QsciScintillaBase::SCI_SETREADONLY, readOnly);
    if (QsciLexer *lexer = editor->lexer()) {
        if (lexer->lexer())
            editor->SendScintilla(QsciScintillaBase::SCI_SETLEXERLANGUAGE, 0UL, lexer->lexer());
        else
            editor->SendScintilla(QsciScintillaBase::SCI_SETLEXER, lexer->lexerId());
        for (int set = 0; set <= KeywordSetMax; ++set) {
            const char *words = lexer->keywords(set + 1);
            editor->SendScintilla(QsciScintillaBase::SCI_SETKEYWORDS, set, words ? words : "");
        }
        lexer->refreshProperties();
    }
    editor->SendScintilla(QsciScintillaBase::SCI_SETFIRSTVISIBLELINE, 0);
    editor->SendScintilla(QsciScintillaBase::SCI_GOTOPOS, 0);
    return true;
}

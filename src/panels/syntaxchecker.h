#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QProcess;
class QTimer;

//! Checks JavaScript syntax while the user types, off the UI thread: one long-lived Node.js
//! process (started on the first check) parses each source with acorn (Debian's node-acorn) and
//! answers with the first error. Requests and answers are lines of JSON on its stdin and stdout.
//! Without node or acorn the check is off, said by unavailableReason(); nothing fails loudly.
class SyntaxChecker : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool checked = false; //!< false: the check is off or its process failed
        int line = 0; //!< of the first error, from 1; 0 when the source parses
        int column = 0; //!< from 1
        QString message; //!< acorn's, without its "(line:column)"
        bool hasError() const { return checked && line > 0; }
    };
    using Callback = std::function<void(const Result &)>;
    //! A check unanswered this long means the process is stuck: it is killed, the checks in
    //! flight are answered as unchecked, and the next one starts a fresh process.
    static constexpr int AnswerTimeoutMs = 5000;

    //! The node the function runtime uses (first on PATH) and acorn where Debian puts it.
    explicit SyntaxChecker(QObject *parent = nullptr);
    SyntaxChecker(const QString &nodePath, const QStringList &acornPaths,
                  QObject *parent = nullptr);
    ~SyntaxChecker() override;

    //! The checker the editor tabs share (one process for the whole console).
    static SyntaxChecker *shared();
    static QStringList defaultAcornPaths();

    //! Parses source as a function's source file; done is called once, later, from the event
    //! loop, unless context is gone by then.
    void check(const QString &source, QObject *context, Callback done);
    //! How long a check may go unanswered (AnswerTimeoutMs unless set; tests set less).
    void setAnswerTimeout(int ms);
    bool isAvailable() const { return m_unavailable.isEmpty(); }
    //! Why the check is off (no node, no acorn, the process kept failing); empty while it works.
    QString unavailableReason() const { return m_unavailable; }

signals:
    void availabilityChanged(bool available);

private:
    struct Pending
    {
        QPointer<QObject> context;
        Callback done;
    };
    void startProcess();
    void readAnswers();
    void processEnded();
    void setUnavailable(const QString &why);
    void answer(quint64 id, const Result &result);
    void failPending();

    QString m_node;
    QStringList m_acornPaths;
    QProcess *m_process = nullptr;
    QTimer *m_watchdog;
    QByteArray m_buffer;
    QString m_unavailable;
    quint64 m_lastId = 0;
    int m_crashes = 0;
    QHash<quint64, Pending> m_pending;
};

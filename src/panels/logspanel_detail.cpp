// The detail half of LogsPanel: every field of the selected entry, its messages, the function
// call's arguments as a tree, the error; user and request ids are links that filter by them.
#include "logspanel.h"
#include "ui_logspanel.h"

#include <models/json/jsontreemodel.h>
#include <models/logmodel.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QShowEvent>

namespace {

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isNull() || value.isUndefined())
        return QString();
    return QString::fromUtf8(value.isObject()
                                 ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
}

QString row(const QString &key, const QString &valueHtml)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
        .arg(key.toHtmlEscaped(), valueHtml);
}

} // namespace

void LogsPanel::showDetails()
{
    const int current = m_ui->logTable->currentIndex().row();
    if (current < 0 || current >= m_model->rowCount()) {
        m_ui->detailBrowser->setHtml(
            QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("Select an entry to see its details.").toHtmlEscaped()));
        m_callModel->setJson(QJsonValue(QJsonValue::Undefined)); // no rows, not a "null" one
        return;
    }
    const LogRecord &record = m_model->record(current);
    const QJsonValue entry = m_model->entry(current);
    QString html;
    if (record.isMalformed()) {
        html += QStringLiteral("<p><b>%1</b></p><pre>%2</pre>")
                    .arg(m_model->malformedReason(record).toHtmlEscaped(),
                         textOf(entry).toHtmlEscaped());
    }
    const QJsonObject o = entry.toObject();
    const QJsonObject called = o.value(QLatin1String("function_call")).toObject();
    if (o.value(QLatin1String("type")).toString() == QLatin1String("FUNCTION")
        && !called.value(QLatin1String("name")).toString().isEmpty()) {
        const QJsonObject replay { { QStringLiteral("name"), called.value(QLatin1String("name")) },
                                   { QStringLiteral("arguments"),
                                     called.value(QLatin1String("arguments")).toArray() },
                                   { QStringLiteral("user_id"), o.value(QLatin1String("user_id")) } };
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(
            QString::fromUtf8(QJsonDocument(replay).toJson(QJsonDocument::Compact))));
        html += QStringLiteral(
                    "<p><a href=\"run-again:%1\">%2</a> · <a href=\"save-case:%1\">%3</a></p>")
                    .arg(encoded, tr("Run again in the function editor").toHtmlEscaped(),
                         tr("Save as a run case…").toHtmlEscaped());
    }
    if (!o.isEmpty()) {
        const QString error = textOf(o.value(QLatin1String("error")));
        if (!error.isEmpty())
            html += QStringLiteral("<p><b>%1</b> %2<br/><code>%3</code></p>")
                        .arg(tr("Error:").toHtmlEscaped(), error.toHtmlEscaped(),
                             textOf(o.value(QLatin1String("error_code"))).toHtmlEscaped());
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QString key = it.key();
            if (key == QLatin1String("messages") || key == QLatin1String("function_call"))
                continue;
            const QString value = textOf(it.value());
            QString cell = value.toHtmlEscaped();
            if (!value.isEmpty() && key == QLatin1String("user_id"))
                cell = QStringLiteral("<a href=\"filter-user:%1\">%2</a>")
                           .arg(QString::fromLatin1(QUrl::toPercentEncoding(value)), cell);
            else if (!value.isEmpty() && key == QLatin1String("co_id"))
                cell = QStringLiteral("<a href=\"filter-request:%1\">%2</a>")
                           .arg(QString::fromLatin1(QUrl::toPercentEncoding(value)), cell);
            html += row(key, cell);
        }
        html += QStringLiteral("</table>");
        const QJsonArray messages = o.value(QLatin1String("messages")).toArray();
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Messages").toHtmlEscaped());
        if (messages.isEmpty()) {
            html += QStringLiteral("<p><i>%1</i></p>").arg(tr("none").toHtmlEscaped());
        } else {
            html += QStringLiteral("<pre>");
            for (const QJsonValue &line : messages)
                html += textOf(line).toHtmlEscaped() + QLatin1Char('\n');
            html += QStringLiteral("</pre>");
        }
    }
    m_ui->detailBrowser->setHtml(html);
    const QJsonObject call = o.value(QLatin1String("function_call")).toObject();
    m_callModel->setJson(call.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(call));
    m_ui->callTree->expandToDepth(1);
    m_ui->callTree->setVisible(!call.isEmpty());
}

void LogsPanel::onDetailLink(const QUrl &url)
{
    const QString value = QUrl::fromPercentEncoding(url.path().toLatin1());
    if (url.scheme() == QLatin1String("filter-user"))
        filterByUser(value);
    else if (url.scheme() == QLatin1String("filter-request"))
        filterByRequest(value);
    else if (url.scheme() == QLatin1String("run-again"))
        emit navigateRequested(QStringLiteral("functions"), QStringLiteral("replay:") + value);
    else if (url.scheme() == QLatin1String("save-case"))
        emit navigateRequested(QStringLiteral("functions"), QStringLiteral("case:") + value);
}

void LogsPanel::showEvent(QShowEvent *event)
{
    Panel::showEvent(event);
    if (!m_detailWidthChosen && m_ui->logsSplitter->width() > 0) {
        m_detailWidthChosen = true;
        giveDetailsDefaultWidth();
    }
}

void LogsPanel::giveDetailsDefaultWidth()
{
    // A third reads well at any window size; 320 px keeps a field name and its value on one
    // line on a narrow window, as long as the table keeps most of the rest.
    const int total = m_ui->logsSplitter->width() - m_ui->logsSplitter->handleWidth();
    const int details = qMin(qMax(total / 3, 320), total / 2);
    m_ui->logsSplitter->setSizes({ total - details, details });
}

void LogsPanel::openDetails()
{
    if (m_ui->logsSplitter->sizes().value(1) == 0)
        giveDetailsDefaultWidth(); // the user had dragged the pane shut
    m_ui->detailBrowser->setFocus(Qt::OtherFocusReason);
}

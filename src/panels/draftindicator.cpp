#include "draftindicator.h"

#include <models/draftstate.h>
#include <models/sharedmodels.h>
#include <session/session.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

DraftIndicator::DraftIndicator(Session *session, std::function<void()> review, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_state(SharedModels::of(session)->draft())
    , m_label(new QLabel(this))
    , m_review(new QPushButton(tr("Review && Deploy"), this))
{
    setObjectName(QStringLiteral("draftIndicator"));
    m_label->setObjectName(QStringLiteral("draftIndicatorLabel"));
    m_review->setObjectName(QStringLiteral("reviewDeployButton"));
    m_review->setToolTip(tr("Review the draft's changes and deploy them"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 0, 4, 0);
    // The toolbar sizes its widgets once; room for the longest text keeps it from clipping.
    m_label->setMinimumWidth(m_label->fontMetrics().horizontalAdvance(tr("Draft: 10,000 changes"))
                             + 8);
    layout->addWidget(m_label);
    layout->addWidget(m_review);
    connect(m_review, &QPushButton::clicked, this, [review] { review(); });
    connect(m_state, &DraftState::changed, this, &DraftIndicator::update);
    connect(session, &Session::currentAppChanged, this, &DraftIndicator::update);
    update();
}

QString DraftIndicator::text() const
{
    return m_label->text();
}

void DraftIndicator::update()
{
    // Always in the toolbar (a toolbar widget is hidden through its action, which is the
    // window's); without an app it says nothing and offers nothing.
    const bool hasApp = !m_session->currentApp().isNull();
    m_label->setText(hasApp ? m_state->summary() : QString());
    m_label->setAccessibleName(m_label->text());
    QFont font = m_label->font();
    font.setBold(m_state->hasDraft());
    m_label->setFont(font);
    m_review->setEnabled(hasApp);
    updateGeometry();
}

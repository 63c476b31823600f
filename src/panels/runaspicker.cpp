#include "runaspicker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStyle>

namespace {

// The short name of each item, for run labels: the item's text carries the id as well.
constexpr int LabelRole = Qt::UserRole + 1;

} // namespace

RunAsPicker::RunAsPicker(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("runAsCombo"));
    setAccessibleName(tr("Run as"));
    setToolTip(tr("Run as System or as an app user: type part of an email or an id to find one"));
    setEditable(true);
    // What is typed searches; it never becomes an item of its own.
    setInsertPolicy(QComboBox::NoInsert);
    setMinimumContentsLength(32);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    lineEdit()->setPlaceholderText(tr("Email or id"));
    // The field is what keyboard focus lands in: it needs the name too (the combo box's own
    // name is its current text to assistive tools).
    lineEdit()->setAccessibleName(accessibleName());

    auto *completer = new QCompleter(model(), this);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    connect(lineEdit(), &QLineEdit::editingFinished, this, &RunAsPicker::pickTyped);
    // The email first: a long "email · id" would otherwise show its tail.
    connect(this, &QComboBox::currentIndexChanged, lineEdit(),
            [this] { lineEdit()->setCursorPosition(0); });

    addUser(tr("System"), tr("System"), QString());
}

void RunAsPicker::addUser(const QString &text, const QString &label, const QString &userId)
{
    addItem(text, userId);
    setItemData(count() - 1, label, LabelRole);
    if (!userId.isEmpty())
        setItemData(count() - 1, userId, Qt::ToolTipRole);
}

void RunAsPicker::setUsers(const QList<AppUser> &users)
{
    const QString current = userId();
    clear();
    addUser(tr("System"), tr("System"), QString());
    for (const AppUser &user : users) {
        // The id beside the email: two users may share a name, and a log names users by id.
        QString text = user.displayName() == user.id
            ? user.id
            : tr("%1 · %2").arg(user.displayName(), user.id);
        if (user.disabled)
            text = tr("%1 (disabled)").arg(text);
        addUser(text, user.displayName(), user.id);
    }
    setUserId(current);
    // The search's list as wide as its widest entry, not cut to the box's width.
    int widest = 0;
    for (int i = 0; i < count(); ++i)
        widest = std::max(widest, fontMetrics().horizontalAdvance(itemText(i)));
    completer()->popup()->setMinimumWidth(
        widest + 2 * style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this));
}

bool RunAsPicker::setUserId(const QString &userId)
{
    const int index = findData(userId);
    setCurrentIndex(std::max(0, index));
    return index >= 0;
}

void RunAsPicker::addUserById(const QString &userId, const QString &label)
{
    if (findData(userId) < 0)
        addUser(label, userId, userId);
    setUserId(userId);
}

QString RunAsPicker::userLabel() const
{
    return itemData(currentIndex(), LabelRole).toString();
}

void RunAsPicker::pickTyped()
{
    const QString typed = lineEdit()->text().trimmed();
    if (typed == itemText(currentIndex()))
        return;
    for (int i = 0; !typed.isEmpty() && i < count(); ++i) {
        if (itemText(i).contains(typed, Qt::CaseInsensitive)) {
            setCurrentIndex(i);
            setEditText(itemText(i));
            lineEdit()->setCursorPosition(0);
            return;
        }
    }
    setEditText(itemText(currentIndex()));
    lineEdit()->setCursorPosition(0);
}

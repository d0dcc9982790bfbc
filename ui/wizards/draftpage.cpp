// SPDX-License-Identifier: Apache-2.0
#include "draftpage.h"

#include "browser/statusstyle.h"

#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {

DraftPage::DraftPage(Workspace *workspace, QWidget *parent)
    : QWizardPage(parent)
    , m_workspace(workspace)
{
}

ValidationContext DraftPage::context() const
{
    ValidationContext context;
    context.operation = m_targetId.isEmpty() ? Operation::Create : Operation::Update;
    context.targetId = m_targetId;
    if (m_workspace) {
        context.capabilities = m_workspace->capabilities();
        if (m_workspace->hasSnapshot())
            context.state = &m_workspace->state();
    }
    return context;
}

QString accessibleLabelText(const QString &labelText)
{
    QString text;
    text.reserve(labelText.size());
    for (qsizetype i = 0; i < labelText.size(); ++i) {
        // "&&" is a literal ampersand, a single "&" marks the mnemonic.
        if (labelText[i] == u'&' && i + 1 < labelText.size() && labelText[i + 1] != u'&')
            continue;
        if (labelText[i] == u'&')
            ++i;
        text += labelText[i];
    }
    text = text.trimmed();
    if (text.endsWith(u':'))
        text.chop(1);
    return text;
}

QWidget *focusTarget(QWidget *editor)
{
    if (!editor)
        return nullptr;
    // A composite (the key and its Show button, the DPD row, a stack): its first focusable part.
    if ((editor->focusPolicy() & Qt::TabFocus) && !qobject_cast<QStackedWidget *>(editor))
        return editor;
    if (auto *stack = qobject_cast<QStackedWidget *>(editor); stack && stack->currentWidget())
        return focusTarget(stack->currentWidget());
    const QList<QWidget *> children = editor->findChildren<QWidget *>();
    for (QWidget *child : children) {
        if ((child->focusPolicy() & Qt::TabFocus) && !child->isWindow())
            return child;
    }
    return editor;
}

void labelEditor(QLabel *label, QWidget *editor)
{
    QWidget *target = focusTarget(editor);
    label->setBuddy(target);
    // The label sits beside the editor's column, not in it: Qt's buddy lookup (siblings only)
    // would not find it, so the editor carries the label's text as its accessible name.
    target->setAccessibleName(accessibleLabelText(label->text()));
}

QLabel *DraftPage::addField(QFormLayout *form, const QString &field, const QString &label, QWidget *editor,
                            const QString &hint)
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    if (!hint.isEmpty()) {
        auto *hintLabel = new QLabel(hint, column);
        hintLabel->setWordWrap(true);
        hintLabel->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(hintLabel);
    }
    auto *message = new QLabel(column);
    message->setObjectName(u"message_"_s + field);
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    message->hide();
    layout->addWidget(message);
    QLabel *formLabel = nullptr;
    if (label.isEmpty()) {
        form->addRow(static_cast<QWidget *>(nullptr), column);
    } else {
        formLabel = new QLabel(label, this);
        formLabel->setObjectName(u"label_"_s + field);
        labelEditor(formLabel, editor);
        form->addRow(formLabel, column);
    }
    editor->setObjectName(field);
    m_fields.insert(field, {editor, message});
    watch(editor);
    return formLabel;
}

// Not const, though connect() would take a const receiver: it wires the widget to this page's state.
void DraftPage::watch(QWidget *widget) // NOLINT(readability-make-member-function-const)
{
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        connect(edit, &QLineEdit::textChanged, this, &DraftPage::revalidate);
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        connect(combo, &QComboBox::currentIndexChanged, this, &DraftPage::revalidate);
    else if (auto *spin = qobject_cast<QSpinBox *>(widget))
        connect(spin, &QSpinBox::valueChanged, this, &DraftPage::revalidate);
    else if (auto *button = qobject_cast<QAbstractButton *>(widget))
        connect(button, &QAbstractButton::toggled, this, &DraftPage::revalidate);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        connect(text, &QPlainTextEdit::textChanged, this, &DraftPage::revalidate);
    else if (auto *list = qobject_cast<QListWidget *>(widget))
        connect(list, &QListWidget::itemChanged, this, &DraftPage::revalidate);
}

void DraftPage::revalidate()
{
    const Problems all = validateDraft();
    m_problems.clear();
    QHash<QString, QStringList> errors, warnings;
    QStringList general;
    for (const Problem &problem : all) {
        // A hidden field (the guided wizard's references, a legacy-only row) is not this page's business.
        const auto field = m_fields.constFind(problem.field);
        if (field != m_fields.cend() && field->editor && field->editor->isVisibleTo(this)) {
            m_problems.append(problem);
            (problem.isError() ? errors : warnings)[problem.field].append(problem.message);
        } else if (field == m_fields.cend() && !m_ignored.contains(problem.field)
                   && (problem.field.isEmpty() || m_foreignShown)) {
            // About the resource as a whole (in use, pending) or an attribute without a widget here.
            m_problems.append(problem);
            general.append(problem.isError() ? u"✖ "_s + problem.message : u"⚠ "_s + problem.message);
        }
    }
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QLabel *label = it->message;
        if (!label)
            continue;
        const QStringList fieldErrors = errors.value(it.key());
        const QStringList fieldWarnings = warnings.value(it.key());
        if (fieldErrors.isEmpty() && fieldWarnings.isEmpty()) {
            label->hide();
            label->clear();
            continue;
        }
        QStringList lines;
        for (const QString &e : fieldErrors)
            lines.append(u"✖ "_s + e);
        for (const QString &w : fieldWarnings)
            lines.append(u"⚠ "_s + w);
        label->setText(lines.join(u'\n'));
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText,
                         fieldErrors.isEmpty() ? warningColor(palette) : statusColor(u"ERROR"_s, palette));
        label->setPalette(palette);
        label->show();
    }
    if (m_general) {
        QPalette palette = m_general->palette();
        palette.setColor(QPalette::WindowText, statusColor(u"ERROR"_s, palette));
        m_general->setPalette(palette);
        m_general->setText(general.join(u'\n'));
        m_general->setVisible(!general.isEmpty());
    }
    Q_EMIT completeChanged();
}

void DraftPage::layOutNewOrExisting(NewOrExisting *choice, QWidget *form)
{
    auto *general = new QLabel(this);
    general->setWordWrap(true);
    general->hide();
    setGeneralMessageLabel(general);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(choice);
    layout->addWidget(form);
    setExistingChoice(choice, form);
    layout->addWidget(general);
    layout->addStretch(1);
}

void DraftPage::setExistingChoice(NewOrExisting *choice, QWidget *form)
{
    m_choice = choice;
    m_choiceForm = form;
    choice->setVisible(m_allowExisting);
    connect(choice, &NewOrExisting::changed, this, &DraftPage::applyExistingChoice);
}

void DraftPage::applyExistingChoice()
{
    // The chosen resource's values are shown (greyed) instead of the new one's; choosing "new"
    // again brings back what the user had typed.
    const QString id = existingId();
    if (id != m_shownExisting) {
        if (m_shownExisting.isEmpty())
            saveNewDraft();
        if (id.isEmpty() || !showExisting(id))
            restoreNewDraft();
        else
            m_shownExisting = id;
    }
    if (m_choiceForm)
        m_choiceForm->setEnabled(!usesExisting());
    revalidate();
}

void DraftPage::saveNewDraft()
{
    m_newDraft.clear();
    if (!m_choiceForm)
        return;
    for (QWidget *widget : m_choiceForm->findChildren<QWidget *>()) {
        if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
            || qobject_cast<QComboBox *>(widget->parentWidget()))
            continue; // the line edit inside a spin box or an editable combo: its owner is saved
        QVariant value;
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            value = edit->text();
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            value = QVariantList{combo->currentIndex(), combo->currentData()};
        else if (auto *spin = qobject_cast<QSpinBox *>(widget))
            value = spin->value();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget); button && button->isCheckable())
            value = button->isChecked();
        else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
            value = text->toPlainText();
        else if (auto *list = qobject_cast<QListWidget *>(widget)) {
            QVariantList states;
            for (int i = 0; i < list->count(); ++i)
                states.append(list->item(i)->checkState() == Qt::Checked);
            value = states;
        } else {
            continue;
        }
        m_newDraft.append({widget, value, widget->isEnabled()});
    }
}

void DraftPage::restoreNewDraft()
{
    m_shownExisting.clear();
    for (const SavedValue &saved : std::as_const(m_newDraft)) {
        QWidget *widget = saved.widget;
        if (!widget)
            continue;
        if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
            edit->setText(saved.value.toString());
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            // By its value where it has one (the list may have been refilled), else by position.
            const QVariantList indexAndData = saved.value.toList();
            const QVariant data = indexAndData.value(1);
            const int byData = data.isValid() ? combo->findData(data) : -1;
            combo->setCurrentIndex(byData >= 0 ? byData : indexAndData.value(0).toInt());
        } else if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
            spin->setValue(saved.value.toInt());
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            button->setChecked(saved.value.toBool());
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(widget)) {
            text->setPlainText(saved.value.toString());
        } else if (auto *list = qobject_cast<QListWidget *>(widget)) {
            const QVariantList states = saved.value.toList();
            for (int i = 0; i < list->count() && i < states.size(); ++i)
                list->item(i)->setCheckState(states.at(i).toBool() ? Qt::Checked : Qt::Unchecked);
        }
        widget->setEnabled(saved.enabled);
    }
    m_newDraft.clear();
}

void DraftPage::setAllowExisting(bool allow)
{
    m_allowExisting = allow;
    if (m_choice) {
        m_choice->setVisible(allow);
        applyExistingChoice();
    }
}

bool DraftPage::usesExisting() const
{
    return m_allowExisting && m_choice && m_choice->usesExisting();
}

QString DraftPage::existingId() const
{
    return usesExisting() ? m_choice->existingId() : QString();
}

void DraftPage::setEditing(const QString &targetId)
{
    m_targetId = targetId;
    revalidate();
}

openstack::Job *DraftPage::submit(Workspace *) const
{
    return nullptr;
}

QStringList DraftPage::cliCommands(const ServerState &, QStringList *) const
{
    return {};
}

bool DraftPage::loadResource(const ServerState &, const QString &)
{
    return false;
}

bool DraftPage::isComplete() const
{
    return !hasErrors(m_problems);
}

QString DraftPage::messageFor(const QString &field) const
{
    const Field f = m_fields.value(field);
    return f.message && f.message->isVisible() ? f.message->text() : (f.message ? f.message->text() : QString());
}

} // namespace vpnaas::ui

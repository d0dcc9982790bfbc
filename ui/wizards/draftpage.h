// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "neworexisting.h"

#include "vpnaas/problem.h"
#include "vpnaas/validation.h"

#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QPointer>
#include <QSignalBlocker>
#include <QWizardPage>

class QFormLayout;

namespace vpnaas {
class Workspace;
namespace openstack {
class Job;
}
} // namespace vpnaas

namespace vpnaas::ui {

/*! \a labelText as a screen reader says it: without the mnemonic's "&" and the trailing colon. */
QString accessibleLabelText(const QString &labelText);
/*! The widget that takes the focus for \a editor: itself, or a composite's first focusable part. */
QWidget *focusTarget(QWidget *editor);
/*! Makes \a label the buddy of \a editor's focusable part and names that part after it. */
void labelEditor(QLabel *label, QWidget *editor);

/*!
 * A wizard page that is a view over a draft: every edit rebuilds the draft, runs the models/
 * validation on it and shows each problem beside its field (errors in red, warnings in amber).
 * Next/Finish stay disabled while a field of this page has an error. Problems about fields of
 * other pages (ids the guided wizard fills in later) are not this page's business.
 */
class DraftPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DraftPage(Workspace *workspace, QWidget *parent = nullptr);

    bool isComplete() const override;
    /*! The problems shown now (errors and warnings, this page's fields only). */
    const Problems &problems() const { return m_problems; }
    /*! The message shown for \a field (empty if none). */
    QString messageFor(const QString &field) const;

    /*! Re-reads the widgets, validates and updates the messages. */
    void revalidate();

    /*! Offers "use an existing one" (the guided wizard); off by default. Pages without the choice ignore it. */
    void setAllowExisting(bool allow);
    /*! The user chose an existing resource instead of a new one (then the draft is not sent). */
    bool usesExisting() const;
    QString existingId() const;

    /*! Edit mode: validate as an update of \a targetId (in use, pending, not updatable). */
    void setEditing(const QString &targetId);
    bool isEditing() const { return !m_targetId.isEmpty(); }
    QString targetId() const { return m_targetId; }

    /*!
     * Sends the page's resource through \a workspace (not started): a create, or after
     * loadResource() the update of what changed. Null for a page that is part of another page's
     * resource (the connection's options). ResourcePage<T> implements it.
     */
    virtual openstack::Job *submit(Workspace *workspace) const;
    /*! Edit mode: whether submit() would change anything. */
    virtual bool hasChanges() const { return false; }
    /*! Edit mode: shows resource \a id of \a state; false when \a state has no such resource. */
    virtual bool loadResource(const ServerState &state, const QString &id);
    /*!
     * The `openstack` commands equivalent to submit() (create, or after loadResource() the
     * `… set` of what changed), references named from \a state; notes on what the CLI cannot
     * say go to \a notes. Empty for a page that is part of another page's resource.
     */
    virtual QStringList cliCommands(const ServerState &state, QStringList *notes) const;

protected:
    /*! Every problem of the page's draft (the page filters to its own fields). */
    virtual Problems validateDraft() const = 0;

    Workspace *workspace() const { return m_workspace; }
    ValidationContext context() const;

    /*!
     * Adds a row "label: editor" with a message line under it for API field \a field. The label
     * (with its mnemonic) is the buddy of the editor's focusable part (a composite's first one)
     * and gives it its accessible name; returns the label (null when \a label is empty).
     */
    QLabel *addField(QFormLayout *form, const QString &field, const QString &label, QWidget *editor,
                     const QString &hint = {});
    /*! A message line for problems without a field of their own (general errors). */
    void setGeneralMessageLabel(QLabel *label) { m_general = label; }
    /*!
     * The page's layout: \a choice (new or existing, guided wizard only), \a form (the new
     * resource's fields), the general message line, and room below.
     */
    void layOutNewOrExisting(NewOrExisting *choice, QWidget *form);
    /*! The page's new-or-existing choice; \a form (the new resource's fields) is disabled while an
        existing one is chosen. */
    void setExistingChoice(NewOrExisting *choice, QWidget *form);
    NewOrExisting *existingChoice() const { return m_choice; }

    /*! Problems about these fields belong to another page: neither shown nor blocking here. */
    void ignoreFields(const QStringList &fields) { m_ignored += fields; }
    /*! Problems about fields this page does not show: general messages (default) or ignored. */
    void setForeignFieldsShown(bool shown) { m_foreignShown = shown; }
    /*! Revalidate whenever \a widget's value changes (line edits, combos, spin boxes, check boxes). */
    void watch(QWidget *widget);

    template<typename E>
    static void fillChoices(QComboBox *combo, const QList<E> &values, E defaultValue)
    {
        const QString previous = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (E value : values) {
            QString text = apiName(value);
            if constexpr (Weakable<E>) {
                if (isWeak(value))
                    text += tr(" (weak)");
            }
            if (value == defaultValue)
                text += tr(" — default");
            combo->addItem(text, apiName(value));
        }
        const int kept = previous.isEmpty() ? -1 : combo->findData(previous);
        combo->setCurrentIndex(kept >= 0 ? kept : combo->findData(apiName(defaultValue)));
    }
    /*! Selects \a api in \a combo, adding it first when the list lacks it (a value from a newer server). */
    static void selectValue(QComboBox *combo, const QString &api)
    {
        int index = combo->findData(api);
        if (index < 0) {
            combo->addItem(api, api);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    }
    template<typename E>
    static Choice<E> choiceOf(const QComboBox *combo)
    {
        return Choice<E>::fromApi(combo->currentData().toString());
    }

    /*! Shows existing resource \a id in the page's fields (read-only while chosen); false when unknown. */
    virtual bool showExisting(const QString &id)
    {
        Q_UNUSED(id)
        return false;
    }

private:
    void applyExistingChoice();
    /*! What the user typed for the new resource, kept while an existing one is shown. */
    void saveNewDraft();
    void restoreNewDraft();

    struct SavedValue {
        QPointer<QWidget> widget;
        QVariant value;
        bool enabled = true;
    };

    struct Field {
        QPointer<QWidget> editor;
        QPointer<QLabel> message;
    };
    Workspace *m_workspace;
    QHash<QString, Field> m_fields;
    QPointer<QLabel> m_general;
    Problems m_problems;
    QStringList m_ignored;
    QString m_targetId;
    QPointer<NewOrExisting> m_choice;
    QPointer<QWidget> m_choiceForm;
    QList<SavedValue> m_newDraft; // non-empty while an existing resource is shown
    QString m_shownExisting;
    bool m_allowExisting = false;
    bool m_foreignShown = true;
};

} // namespace vpnaas::ui

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "itemmodels/resourcekind.h"
#include "workspace/workspace.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;

namespace vpnaas::ui {

class CliCommandBox;
class DraftPage;

/*!
 * "Edit <resource>": the resource's wizard page(s) in edit mode. Only updatable fields are
 * enabled; Save sends what changed (PUT) and stays disabled while nothing changed or the update
 * would be refused (a policy in use names the connections; a PENDING service or connection says
 * to wait). A refusal by the server shows its message and request id and keeps the input.
 */
class EditDialog : public QDialog
{
    Q_OBJECT

public:
    EditDialog(ResourceKind kind, const QString &id, Workspace *workspace, QWidget *parent = nullptr);
    ~EditDialog() override;

    ResourceKind kind() const { return m_kind; }
    QString resourceId() const { return m_id; }
    /*! False when the resource is unknown (the dialog then says so). */
    bool isValid() const { return !m_pages.isEmpty(); }
    QList<DraftPage *> pages() const { return m_pages; }
    bool hasChanges() const;
    bool canSave() const;
    QString statusText() const;
    /*! The `openstack … set` command for the changes so far (empty while nothing changed). */
    QString cliText() const;
    CliCommandBox *cliBox() const { return m_cli; }
    bool isSaving() const { return m_saving; }
    /*!
     * Sets API field \a field to \a value (a choice by its API value, text as it is, a CIDR list
     * "a,b" one per line) and gives it the focus; an empty \a value only focuses it (a
     * pre-shared key is never pre-set). False when no page edits \a field or the value is not
     * one the field offers.
     */
    bool preset(const QString &field, const QString &value);

Q_SIGNALS:
    void saved(vpnaas::ResourceKind kind, const QString &id);
    void saveFailed(const QString &message);

public Q_SLOTS:
    void accept() override;

private:
    void updateButtons();
    void updateCli();

    ResourceKind m_kind;
    QString m_id;
    QPointer<Workspace> m_workspace;
    QList<DraftPage *> m_pages;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_status = nullptr;
    CliCommandBox *m_cli = nullptr;
    bool m_saving = false;
    bool m_revalidating = false;
};

} // namespace vpnaas::ui

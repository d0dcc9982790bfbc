// SPDX-License-Identifier: Apache-2.0
#include "editdialog.h"

#include "clicommandbox.h"
#include "draftpage.h"
#include "resourcepages.h"
#include "resourcewizard.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {

EditDialog::EditDialog(ResourceKind kind, const QString &id, Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_id(id)
    , m_workspace(workspace)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_status(new QLabel(this))
{
    setObjectName(u"edit-"_s + resourceSlug(kind));
    const ServerState &state = workspace->state();
    const QString name = resourceDisplayName(kind, id, state); // empty: no such resource (any more)
    setWindowTitle(tr("Edit %1 “%2”").arg(resourceTitleName(kind), name.isEmpty() ? id : name));
    auto *layout = new QVBoxLayout(this);

    if (!name.isEmpty()) {
        m_pages = createResourcePages(kind, workspace, this);
        for (DraftPage *page : std::as_const(m_pages))
            page->loadResource(state, id);
        // A page's verdict can depend on the others' fields (the connection's two pages).
        for (DraftPage *page : std::as_const(m_pages))
            page->revalidate();
    }

    if (m_pages.size() == 1) {
        layout->addWidget(m_pages.first());
    } else if (m_pages.size() > 1) {
        auto *tabs = new QTabWidget(this);
        for (DraftPage *page : std::as_const(m_pages))
            tabs->addTab(page, page->title());
        layout->addWidget(tabs);
    } else {
        auto *missing = new QLabel(
            tr("This %1 no longer exists; refresh to see the current list.").arg(resourceNameInSentence(kind)), this);
        layout->addWidget(missing);
    }
    for (DraftPage *page : std::as_const(m_pages)) {
        // Edits here must reach every page: the connection's two pages share one draft.
        connect(page, &QWizardPage::completeChanged, this, &EditDialog::updateButtons);
    }
    if (!m_pages.isEmpty()) {
        // What Save sends, as the `openstack … set` an operator can copy (and keep).
        m_cli = new CliCommandBox(this);
        m_cli->setMaximumHeight(150);
        layout->addWidget(m_cli);
    }
    m_status->setObjectName(u"editStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditDialog::reject);
    updateButtons();
    resize(620, 640);
}

EditDialog::~EditDialog() = default;

bool EditDialog::hasChanges() const
{
    return !m_pages.isEmpty() && m_pages.first()->hasChanges();
}

bool EditDialog::canSave() const
{
    if (m_pages.isEmpty() || m_saving || !hasChanges())
        return false;
    return std::all_of(m_pages.cbegin(), m_pages.cend(), [](const DraftPage *page) { return page->isComplete(); });
}

void EditDialog::updateButtons()
{
    // One page's edit can change the other's verdict (shared connection draft).
    if (!m_revalidating && m_pages.size() > 1) {
        m_revalidating = true;
        for (DraftPage *page : std::as_const(m_pages))
            page->revalidate();
        m_revalidating = false;
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(canSave());
    updateCli();
}

void EditDialog::updateCli()
{
    if (!m_cli || !m_workspace)
        return;
    QStringList notes;
    const QStringList commands
        = hasChanges() ? m_pages.first()->cliCommands(m_workspace->state(), &notes) : QStringList();
    m_cli->setCommands(commands, notes, cli::cliTarget(m_workspace),
                       tr("Change a field to see the openstack command that does the same."));
}

QString EditDialog::cliText() const
{
    return m_cli ? m_cli->text() : QString();
}

QString EditDialog::statusText() const
{
    return m_status->isVisibleTo(this) ? m_status->text() : QString();
}

void EditDialog::accept()
{
    if (!canSave() || !m_workspace)
        return;
    openstack::Job *job = m_pages.first()->submit(m_workspace);
    m_saving = true;
    updateButtons();
    showWizardStatus(m_status, tr("Saving…"), false);
    connect(job, &openstack::Job::finished, this, [this](openstack::Job *done) {
        m_saving = false;
        if (done->error().isError()) {
            const QString message = tr("The server refused the change: %1").arg(done->error().userMessage());
            showWizardStatus(m_status, message, true);
            updateButtons();
            Q_EMIT saveFailed(message);
            return;
        }
        Q_EMIT saved(m_kind, m_id);
        QDialog::accept();
    });
    job->start();
}

bool EditDialog::preset(const QString &field, const QString &value)
{
    for (DraftPage *page : std::as_const(m_pages)) {
        auto *editor = page->findChild<QWidget *>(field);
        if (!editor)
            continue;
        if (auto *stack = qobject_cast<QStackedWidget *>(editor); stack && stack->currentWidget())
            editor = stack->currentWidget();
        auto *combo = qobject_cast<QComboBox *>(editor);
        auto *line = qobject_cast<QLineEdit *>(editor);
        auto *text = qobject_cast<QPlainTextEdit *>(editor);
        if (!combo && !line && !text) { // a row of several editors (the key and its Show button, DPD)
            combo = value.isEmpty() ? nullptr : editor->findChild<QComboBox *>();
            line = combo ? nullptr : editor->findChild<QLineEdit *>();
        }
        bool ok = true;
        if (combo && !value.isEmpty()) {
            const int index = combo->findData(value);
            ok = index >= 0;
            if (ok)
                combo->setCurrentIndex(index);
        } else if (line && !value.isEmpty()) {
            line->setText(value);
        } else if (text && !value.isEmpty()) {
            text->setPlainText(value.split(u',', Qt::SkipEmptyParts).join(u'\n'));
        }
        QWidget *focus = combo ? static_cast<QWidget *>(combo) : line ? static_cast<QWidget *>(line) : editor;
        focus->setFocus(Qt::OtherFocusReason);
        page->revalidate();
        return ok;
    }
    return false;
}

} // namespace vpnaas::ui

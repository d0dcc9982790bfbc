// SPDX-License-Identifier: Apache-2.0
#include "clicommandbox.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {

CliCommandBox::CliCommandBox(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("Cop&y Commands"), this))
{
    setObjectName(u"cliCommands"_s);
    m_text->setObjectName(u"cli"_s);
    m_text->setReadOnly(true);
    // Read-only, but reachable and scrollable with the keyboard (arrows, Page Up/Down, Ctrl+A, Ctrl+C).
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copy->setObjectName(u"copyCommands"_s);
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(text()); });

    auto *header = new QHBoxLayout;
    auto *label = new QLabel(tr("The same with the openstack CLI:"), this);
    label->setBuddy(m_text);
    header->addWidget(label, 1);
    header->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_text, 1);
}

void CliCommandBox::setCommands(const QStringList &commands, const QStringList &notes, const cli::CliTarget &target,
                                const QString &emptyText)
{
    const bool none = commands.isEmpty() && notes.isEmpty();
    m_text->setPlaceholderText(emptyText);
    m_text->setPlainText(none ? QString() : cli::script(commands, notes, target));
    m_copy->setEnabled(!commands.isEmpty());
}

QString CliCommandBox::text() const
{
    return m_text->toPlainText();
}

} // namespace vpnaas::ui

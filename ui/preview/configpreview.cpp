// SPDX-License-Identifier: Apache-2.0
#include "configpreview.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {

ConfigPreview::ConfigPreview(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_copy(new QToolButton(this))
    , m_editor(new QPlainTextEdit(this))
{
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_copy->setText(tr("C&opy"));
    m_copy->setToolTip(tr("Copy the whole file to the clipboard"));
    m_copy->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_copy, &QToolButton::clicked, this, &ConfigPreview::copyToClipboard);

    m_editor->setReadOnly(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTabStopDistance(4 * m_editor->fontMetrics().horizontalAdvance(QLatin1Char(' ')));

    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document());

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_status, 1);
    header->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_editor, 1);

    applyTheme();
}

ConfigPreview::~ConfigPreview() = default;

void ConfigPreview::setDocument(const QString &fileName, const QString &text, ConfigSyntax syntax)
{
    m_title->setText(fileName);
    const KSyntaxHighlighting::Definition definition
        = syntaxRepository().definitionForName(vpnaas::ui::definitionName(syntax));
    m_highlighter->setDefinition(definition);
    m_status->setText(
        definition.isValid()
            ? QString()
            : tr("(syntax definition %1 missing: shown without colours)").arg(vpnaas::ui::definitionName(syntax)));
    m_editor->setPlainText(text);
}

QString ConfigPreview::fileName() const
{
    return m_title->text();
}

QString ConfigPreview::text() const
{
    return m_editor->toPlainText();
}

void ConfigPreview::markLines(const QList<int> &lines, const QColor &color)
{
    m_marked = lines;
    QList<QTextEdit::ExtraSelection> selections;
    for (int line : lines) {
        const QTextBlock block = m_editor->document()->findBlockByNumber(line);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        QColor background = color;
        background.setAlpha(60);
        selection.format.setBackground(background);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections.append(selection);
    }
    m_editor->setExtraSelections(selections);
}

void ConfigPreview::showLine(int line)
{
    const QTextBlock block = m_editor->document()->findBlockByNumber(line);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.select(QTextCursor::LineUnderCursor);
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
}

QString ConfigPreview::definitionName() const
{
    return m_highlighter->definition().isValid() ? m_highlighter->definition().name() : QString();
}

void ConfigPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

void ConfigPreview::applyTheme()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const auto theme = syntaxRepository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                            : KSyntaxHighlighting::Repository::LightTheme);
    if (m_highlighter->theme().name() == theme.name())
        return;
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
}

void ConfigPreview::copyToClipboard()
{
    QApplication::clipboard()->setText(m_editor->toPlainText());
    Q_EMIT copied();
}

} // namespace vpnaas::ui

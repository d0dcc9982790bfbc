// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "syntaxrepository.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace vpnaas::ui {

/*!
 * A read-only view of one configuration file (ipsec.conf, ipsec.secrets, swanctl.conf),
 * highlighted with KSyntaxHighlighting and our own definitions, with its file name and a copy
 * button. The colour theme follows the palette (light or dark).
 */
class ConfigPreview : public QWidget
{
    Q_OBJECT

public:
    explicit ConfigPreview(QWidget *parent = nullptr);
    ~ConfigPreview() override;

    void setDocument(const QString &fileName, const QString &text, ConfigSyntax syntax);

    QString fileName() const;
    QString text() const;
    /*! The definition in use (empty if it failed to load, which the view then says). */
    QString definitionName() const;

    /*! Marks the lines (0-based) with \a color behind the text, e.g. where lint findings point. */
    void markLines(const QList<int> &lines, const QColor &color);
    QList<int> markedLines() const { return m_marked; }
    /*! Scrolls to and selects line \a line (0-based). */
    void showLine(int line);

    QPlainTextEdit *editor() const { return m_editor; }

Q_SIGNALS:
    void copied();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void copyToClipboard();

    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_copy = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    QList<int> m_marked;
};

} // namespace vpnaas::ui

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "workspace/clicommands.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace vpnaas::ui {

/*!
 * "The same with the openstack CLI": the commands (read-only, monospaced, not wrapped) and a
 * "Copy commands" button that puts them on the clipboard. Used by the single-resource wizards
 * (create), the edit dialog (set) and the guided wizard's summary.
 */
class CliCommandBox : public QWidget
{
    Q_OBJECT

public:
    explicit CliCommandBox(QWidget *parent = nullptr);

    /*! Shows cli::script(\a commands, \a notes, \a target); \a emptyText when there is no command. */
    void setCommands(const QStringList &commands, const QStringList &notes, const cli::CliTarget &target,
                     const QString &emptyText = {});
    /*! What Copy puts on the clipboard (empty when there is no command). */
    QString text() const;
    QPushButton *copyButton() const { return m_copy; }

private:
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace vpnaas::ui

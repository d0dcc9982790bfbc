// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "diagnosis/diagnosis.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
class Theme;
} // namespace KSyntaxHighlighting

namespace vpnaas::ui {

/*!
 * "Diagnose <connection>": why a tunnel is down, in the order an operator reads it: the verdict
 * (with "likely" when only one end's log was there, and "simulated" in the sandbox), what
 * happened in plain words, both ends' proposals side by side with the mismatching transforms
 * marked, the fix (an Edit button per Neutron field, opening that resource's dialog with the
 * value in place; the peer's swanctl.conf or strongswan.conf lines to copy), then the evidence:
 * each end's charon log lines, highlighted, the lines the verdict rests on marked.
 *
 * The dialog shows what it is given (setRunning(), setDiagnosis()); the MonitoringController runs
 * the diagnosis. Non-modal; one per connection.
 */
class DiagnosisDialog : public QDialog
{
    Q_OBJECT

public:
    DiagnosisDialog(const QString &connectionId, const QString &connectionName, QWidget *parent = nullptr);
    ~DiagnosisDialog() override;

    QString connectionId() const { return m_connectionId; }
    /*! While a run goes: \a message says what it does; the last diagnosis stays until the next. */
    void setRunning(const QString &message);
    void setDiagnosis(const diagnosis::Diagnosis &diagnosis, const QStringList &actions = {});
    diagnosis::Diagnosis diagnosis() const { return m_diagnosis; }
    /*! The sandbox: offers its simulated failures (codes of diagnosis::diagnosisCodes()). */
    void setSimulations(const QStringList &codes, const QString &current);

    // For tests and screenshots.
    QLabel *verdictLabel() const { return m_verdict; }
    QTableWidget *proposalsTable() const { return m_proposals; }
    QPlainTextEdit *ownLog() const { return m_ownLog; }
    QPlainTextEdit *peerLog() const { return m_peerLog; }
    QList<QPushButton *> fixButtons() const { return m_fixButtons; }
    QPushButton *againButton() const { return m_again; }
    QString reportText() const;

Q_SIGNALS:
    /*! Diagnose again (starting the connection if it is down). */
    void againRequested();
    /*! Open the Edit dialog of \a id with \a field set to \a value (empty: leave it to the user). */
    void editRequested(vpnaas::ResourceKind kind, const QString &id, const QString &field, const QString &value);
    /*! The sandbox: show the simulated failure \a code. */
    void simulationChosen(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void clearFixes();
    void showLog(QPlainTextEdit *edit, const QList<diagnosis::CharonLogLine> &log,
                 const QList<diagnosis::EvidenceLine> &evidence, diagnosis::EvidenceLine::Side side);
    void applyTheme();
    KSyntaxHighlighting::Theme currentTheme() const;

    QString m_connectionId;
    QString m_connectionName;
    diagnosis::Diagnosis m_diagnosis;
    QLabel *m_icon = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_certainty = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_running = nullptr;
    QLabel *m_proposalsTitle = nullptr;
    QTableWidget *m_proposals = nullptr;
    QLabel *m_fixTitle = nullptr;
    QVBoxLayout *m_fixes = nullptr;
    QList<QPushButton *> m_fixButtons;
    QLabel *m_notes = nullptr;
    QLabel *m_ownTitle = nullptr;
    QPlainTextEdit *m_ownLog = nullptr;
    QLabel *m_peerTitle = nullptr;
    QPlainTextEdit *m_peerLog = nullptr;
    QList<KSyntaxHighlighting::SyntaxHighlighter *> m_highlighters;
    QPushButton *m_again = nullptr;
    QComboBox *m_simulation = nullptr;
    QLabel *m_simulationLabel = nullptr;
};

/*! The title of a diagnosis code for menus ("Pre-shared key mismatch"), translated. */
QString diagnosisCodeTitle(const QString &code);

} // namespace vpnaas::ui

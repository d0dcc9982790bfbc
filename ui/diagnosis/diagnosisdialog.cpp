// SPDX-License-Identifier: Apache-2.0
#include "diagnosisdialog.h"

#include "preview/syntaxrepository.h"

#include "itemmodels/resourcekind.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {

namespace {

using diagnosis::Diagnosis;
using diagnosis::EvidenceLine;
using diagnosis::Fix;

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString fieldTitle(const QString &field)
{
    if (field == u"encryption_algorithm")
        return DiagnosisDialog::tr("encryption algorithm");
    if (field == u"auth_algorithm")
        return DiagnosisDialog::tr("authorization algorithm");
    if (field == u"pfs")
        return DiagnosisDialog::tr("PFS group");
    if (field == u"ike_version")
        return DiagnosisDialog::tr("IKE version");
    if (field == u"phase1_negotiation_mode")
        return DiagnosisDialog::tr("phase 1 negotiation mode");
    if (field == u"psk")
        return DiagnosisDialog::tr("pre-shared key");
    if (field == u"peer_id")
        return DiagnosisDialog::tr("peer ID");
    if (field == u"local_id")
        return DiagnosisDialog::tr("local ID");
    if (field == u"peer_address")
        return DiagnosisDialog::tr("peer address");
    if (field == u"endpoints")
        return DiagnosisDialog::tr("endpoints");
    if (field == u"peer_cidrs")
        return DiagnosisDialog::tr("peer CIDRs");
    if (field == u"dpd")
        return DiagnosisDialog::tr("dead peer detection");
    return field;
}

/*! "aes128-sha1-modp1536" with the transforms that differ in bold and the negative colour. */
QString markedKeywords(const diagnosis::Proposal &proposal, const diagnosis::ProposalDifference &difference,
                       const QColor &color)
{
    if (proposal.keywords().isEmpty())
        return DiagnosisDialog::tr("unknown");
    QStringList parts;
    const auto part = [&](const QStringList &list, bool differs) {
        if (list.isEmpty())
            return;
        const QString text = list.constFirst().toHtmlEscaped();
        parts.append(differs ? u"<b style=\"color:%1\">%2</b>"_s.arg(color.name(), text) : text);
    };
    part(proposal.encryption, difference.encryption);
    part(proposal.integrity, difference.integrity);
    if (proposal.dhGroups.isEmpty() && difference.dhGroup)
        parts.append(u"<b style=\"color:%1\">%2</b>"_s.arg(color.name(), DiagnosisDialog::tr("no PFS")));
    part(proposal.dhGroups, difference.dhGroup);
    return parts.join(u'-');
}

} // namespace

QString diagnosisCodeTitle(const QString &code)
{
    if (code == u"healthy")
        return DiagnosisDialog::tr("Healthy");
    if (code == u"psk-mismatch")
        return DiagnosisDialog::tr("Pre-shared key mismatch");
    if (code == u"ike-proposal-mismatch")
        return DiagnosisDialog::tr("IKE proposal mismatch");
    if (code == u"esp-proposal-mismatch")
        return DiagnosisDialog::tr("ESP proposal mismatch");
    if (code == u"pfs-mismatch")
        return DiagnosisDialog::tr("PFS mismatch");
    if (code == u"ike-version-mismatch")
        return DiagnosisDialog::tr("IKE version mismatch");
    if (code == u"peer-id-mismatch")
        return DiagnosisDialog::tr("Peer ID mismatch");
    if (code == u"local-id-mismatch")
        return DiagnosisDialog::tr("Local ID mismatch");
    if (code == u"ts-mismatch")
        return DiagnosisDialog::tr("Traffic selector mismatch");
    if (code == u"peer-unreachable")
        return DiagnosisDialog::tr("Peer unreachable");
    if (code == u"aggressive-psk-refused")
        return DiagnosisDialog::tr("Aggressive mode refused");
    if (code == u"dead-peer")
        return DiagnosisDialog::tr("Dead peer");
    if (code == u"one-way-traffic")
        return DiagnosisDialog::tr("One-way traffic");
    return code;
}

DiagnosisDialog::DiagnosisDialog(const QString &connectionId, const QString &connectionName, QWidget *parent)
    : QDialog(parent)
    , m_connectionId(connectionId)
    , m_connectionName(connectionName)
{
    setWindowTitle(tr("Diagnose “%1”").arg(connectionName.isEmpty() ? connectionId : connectionName));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(900, 720);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);

    auto *verdictRow = new QHBoxLayout;
    m_icon = new QLabel(top);
    verdictRow->addWidget(m_icon, 0, Qt::AlignTop);
    auto *verdictColumn = new QVBoxLayout;
    m_verdict = new QLabel(top);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_verdict->setFont(big);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setAccessibleName(tr("Verdict"));
    verdictColumn->addWidget(m_verdict);
    m_certainty = new QLabel(top);
    m_certainty->setWordWrap(true);
    verdictColumn->addWidget(m_certainty);
    verdictRow->addLayout(verdictColumn, 1);
    topLayout->addLayout(verdictRow);

    m_running = new QLabel(top);
    m_running->setVisible(false);
    topLayout->addWidget(m_running);

    m_explanation = new QLabel(top);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    topLayout->addWidget(m_explanation);

    m_proposalsTitle = heading(tr("Proposals"), top);
    topLayout->addWidget(m_proposalsTitle);
    m_proposals = new QTableWidget(0, 4, top);
    m_proposals->setHorizontalHeaderLabels({tr("Kind"), tr("Ours (Neutron)"), tr("Peer"), tr("Peer's Source")});
    m_proposals->verticalHeader()->hide();
    m_proposals->horizontalHeader()->setStretchLastSection(true);
    m_proposals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_proposals->setSelectionMode(QAbstractItemView::NoSelection);
    m_proposals->setAccessibleName(tr("Proposals of both ends"));
    topLayout->addWidget(m_proposals);

    m_fixTitle = heading(tr("Fix"), top);
    topLayout->addWidget(m_fixTitle);
    m_fixes = new QVBoxLayout;
    topLayout->addLayout(m_fixes);

    m_notes = new QLabel(top);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    topLayout->addWidget(m_notes);
    topLayout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(top);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Diagnosis"));

    auto *logs = new QWidget;
    auto *logsLayout = new QVBoxLayout(logs);
    logsLayout->setContentsMargins(0, 0, 0, 0);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const auto makeLog = [&](QLabel *&title, QPlainTextEdit *&edit, const QString &text, const QString &accessible) {
        title = heading(text, logs);
        logsLayout->addWidget(title);
        edit = new QPlainTextEdit(logs);
        edit->setReadOnly(true);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setFont(fixed);
        edit->setAccessibleName(accessible);
        title->setBuddy(edit);
        logsLayout->addWidget(edit, 1);
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(edit->document());
        highlighter->setDefinition(syntaxRepository().definitionForName(definitionName(ConfigSyntax::CharonLog)));
        m_highlighters.append(highlighter);
    };
    makeLog(m_ownTitle, m_ownLog, tr("&Network node's log"), tr("Network node's charon log"));
    makeLog(m_peerTitle, m_peerLog, tr("P&eer's log"), tr("Peer's charon log"));

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(scroll);
    splitter->addWidget(logs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    // Again and Copy beside the box, not in it: in the box (Qt 6.4) Tab went from Copy back to
    // Again and never reached Close.
    m_again = new QPushButton(tr("Diagnose &Again"));
    m_again->setAutoDefault(false);
    m_again->setToolTip(tr("Read the logs again; a connection that is down is started to watch its negotiation"));
    connect(m_again, &QPushButton::clicked, this, &DiagnosisDialog::againRequested);
    auto *copy = new QPushButton(tr("&Copy Report"));
    copy->setAutoDefault(false);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(reportText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bottom = new QHBoxLayout;
    m_simulationLabel = new QLabel(tr("&Simulate:"));
    m_simulation = new QComboBox;
    m_simulation->setAccessibleName(tr("Simulated failure"));
    m_simulationLabel->setBuddy(m_simulation);
    m_simulationLabel->setVisible(false);
    m_simulation->setVisible(false);
    connect(m_simulation, &QComboBox::activated, this,
            [this](int index) { Q_EMIT simulationChosen(m_simulation->itemData(index).toString()); });
    bottom->addWidget(m_simulationLabel);
    bottom->addWidget(m_simulation);
    bottom->addWidget(m_again);
    bottom->addWidget(copy);
    bottom->addWidget(buttons, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    applyTheme();
    setRunning(tr("Collecting the evidence…"));
}

DiagnosisDialog::~DiagnosisDialog() = default;

void DiagnosisDialog::setRunning(const QString &message)
{
    m_running->setText(message);
    m_running->setVisible(!message.isEmpty());
    m_again->setEnabled(message.isEmpty());
    if (m_diagnosis.title.isEmpty() && !message.isEmpty()) {
        m_verdict->setText(tr("Diagnosing…"));
        m_icon->setPixmap(style()->standardIcon(QStyle::SP_BrowserReload).pixmap(32, 32));
        m_proposalsTitle->hide();
        m_proposals->hide();
        m_fixTitle->hide();
    }
}

void DiagnosisDialog::clearFixes()
{
    while (QLayoutItem *item = m_fixes->takeAt(0)) {
        if (QWidget *widget = item->widget())
            widget->deleteLater();
        delete item;
    }
    m_fixButtons.clear();
}

void DiagnosisDialog::setDiagnosis(const Diagnosis &d, const QStringList &actions)
{
    m_diagnosis = d;
    setRunning({});
    const QString simulated = d.simulated ? tr(" (simulated)") : QString();
    m_verdict->setText(d.title + simulated);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxQuestion;
    QString certainty;
    switch (d.outcome) {
    case Diagnosis::Outcome::Healthy:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case Diagnosis::Outcome::Problem:
        icon = d.certain ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning;
        certainty = d.certain ? tr("Shown by the log.") : tr("Likely: the evidence fits other causes too.");
        break;
    case Diagnosis::Outcome::Unknown:
        certainty = tr("Too little evidence to tell.");
        break;
    }
    if (d.simulated)
        certainty += u' ' + tr("The sandbox made up this evidence to show the feature; no daemon was asked.");
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(32, 32));
    m_certainty->setText(certainty.trimmed());
    m_certainty->setVisible(!m_certainty->text().isEmpty());
    QString explanation = d.explanation.toHtmlEscaped();
    for (const QString &action : actions)
        explanation += u"<br><i>"_s + action.toHtmlEscaped() + u"</i>"_s;
    m_explanation->setText(explanation);

    // Proposals, side by side.
    const QColor bad
        = palette().color(QPalette::Text).lightness() > 128 ? QColor(0xff, 0x80, 0x80) : QColor(0xbf, 0x03, 0x03);
    m_proposals->setRowCount(int(d.proposals.size()));
    for (int row = 0; row < d.proposals.size(); ++row) {
        const diagnosis::ProposalComparison &p = d.proposals[row];
        m_proposals->setItem(row, 0, new QTableWidgetItem(p.protocol));
        const auto cell = [&](int column, const diagnosis::Proposal &proposal) {
            auto *label = new QLabel(markedKeywords(proposal, p.difference, bad));
            label->setTextFormat(Qt::RichText);
            label->setContentsMargins(4, 0, 4, 0);
            label->setToolTip(proposal.logged);
            m_proposals->setCellWidget(row, column, label);
        };
        cell(1, p.ours);
        cell(2, p.theirs);
        m_proposals->setItem(row, 3, new QTableWidgetItem(p.theirsSource));
    }
    m_proposals->resizeColumnsToContents();
    m_proposals->setFixedHeight(m_proposals->horizontalHeader()->height() + 2 * m_proposals->frameWidth()
                                + m_proposals->verticalHeader()->length() + 2);
    m_proposalsTitle->setVisible(!d.proposals.isEmpty());
    m_proposals->setVisible(!d.proposals.isEmpty());

    // Fixes: a button per Neutron field, the peer's lines to copy.
    clearFixes();
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const Fix &fix : d.fixes) {
        auto *row = new QWidget;
        auto *rowLayout = new QVBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *line = new QHBoxLayout;
        auto *text = new QLabel(u"• "_s + fix.text);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        line->addWidget(text, 1);
        if (fix.where == Fix::Where::Neutron && !fix.resourceId.isEmpty()) {
            auto *button = new QPushButton(tr("Edit %1…").arg(resourceTitleName(fix.kind)));
            button->setToolTip(tr("Opens the %1 with its %2 %3")
                                   .arg(resourceNameInSentence(fix.kind), fieldTitle(fix.field),
                                        fix.value.isEmpty() ? tr("to fill in") : tr("set to %1").arg(fix.value)));
            const Fix copy = fix;
            connect(button, &QPushButton::clicked, this,
                    [this, copy] { Q_EMIT editRequested(copy.kind, copy.resourceId, copy.field, copy.value); });
            button->setMinimumWidth(button->sizeHint().width()); // a long translation is not cut
            line->addWidget(button, 0, Qt::AlignTop);
            m_fixButtons.append(button);
        }
        rowLayout->addLayout(line);
        if (!fix.peerSnippet.isEmpty()) {
            auto *snippet = new QLabel;
            snippet->setTextFormat(Qt::PlainText);
            snippet->setText(fix.peerSnippet.trimmed());
            snippet->setFont(fixed);
            snippet->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            snippet->setFrameShape(QFrame::StyledPanel);
            snippet->setBackgroundRole(QPalette::Base);
            snippet->setAutoFillBackground(true);
            snippet->setMargin(6);
            snippet->setAccessibleName(tr("Lines for the peer"));
            auto *copyButton = new QPushButton(tr("Copy"));
            copyButton->setAccessibleName(tr("Copy the lines for the peer"));
            const QString snippetText = fix.peerSnippet;
            connect(copyButton, &QPushButton::clicked, this,
                    [snippetText] { QGuiApplication::clipboard()->setText(snippetText); });
            auto *snippetRow = new QHBoxLayout;
            snippetRow->addWidget(snippet, 1);
            snippetRow->addWidget(copyButton, 0, Qt::AlignTop);
            rowLayout->addLayout(snippetRow);
        }
        m_fixes->addWidget(row);
    }
    m_fixTitle->setVisible(!d.fixes.isEmpty());

    QStringList notes;
    for (const QString &alternative : d.alternatives)
        notes.append(tr("Could also be: %1").arg(alternative).toHtmlEscaped());
    for (const QString &missing : d.missing)
        notes.append(tr("Missing: %1").arg(missing).toHtmlEscaped());
    m_notes->setText(notes.join(u"<br>"_s));
    m_notes->setVisible(!notes.isEmpty());

    showLog(m_ownLog, d.ownLog, d.evidence, EvidenceLine::Side::Own);
    showLog(m_peerLog, d.peerLog, d.evidence, EvidenceLine::Side::Peer);
}

void DiagnosisDialog::showLog(QPlainTextEdit *edit, const QList<diagnosis::CharonLogLine> &log,
                              const QList<EvidenceLine> &evidence, EvidenceLine::Side side)
{
    // The whole log that was read, the evidence lines marked (key lines stronger).
    QList<diagnosis::CharonLogLine> lines = log;
    for (const EvidenceLine &line : evidence) {
        if (line.side == side && !lines.contains(line.line))
            lines.append(line.line);
    }
    std::stable_sort(lines.begin(), lines.end(), [](const auto &a, const auto &b) {
        return a.time.isValid() && b.time.isValid() && a.time < b.time;
    });
    QStringList text;
    QList<std::pair<int, bool>> marks; // line number, key
    for (const diagnosis::CharonLogLine &line : std::as_const(lines)) {
        for (const EvidenceLine &e : evidence) {
            if (e.side == side && e.line == line) {
                marks.append({int(text.size()), e.key});
                break;
            }
        }
        text.append(diagnosis::formatCharonLogLine(line, true));
    }
    if (text.isEmpty()) {
        text.append(side == EvidenceLine::Side::Own
                        ? tr("# Nothing from the network node's charon: attach its VICI socket (Monitoring ▸ "
                             "Settings) to read it.")
                        : tr("# Nothing from the peer's charon. Attach the peer gateway's VICI socket (Monitoring ▸ "
                             "Settings) to read both ends."));
    }
    edit->setPlainText(text.join(u'\n'));
    QList<QTextEdit::ExtraSelection> selections;
    for (const auto &[number, key] : std::as_const(marks)) {
        QColor mark = palette().color(QPalette::Highlight);
        mark.setAlpha(key ? 90 : 35);
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(edit->document()->findBlockByNumber(number));
        selection.format.setBackground(mark);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections.append(selection);
    }
    edit->setExtraSelections(selections);
    // The key line in view.
    for (const auto &[number, key] : std::as_const(marks)) {
        if (key) {
            edit->setTextCursor(QTextCursor(edit->document()->findBlockByNumber(number)));
            edit->centerCursor();
            break;
        }
    }
}

void DiagnosisDialog::setSimulations(const QStringList &codes, const QString &current)
{
    m_simulation->clear();
    for (const QString &code : codes)
        m_simulation->addItem(diagnosisCodeTitle(code), code);
    m_simulation->setCurrentIndex(std::max(0, int(codes.indexOf(current))));
    m_simulation->setVisible(!codes.isEmpty());
    m_simulationLabel->setVisible(!codes.isEmpty());
}

QString DiagnosisDialog::reportText() const
{
    return tr("Diagnosis of %1 (%2)").arg(m_connectionName, m_connectionId) + u'\n' + diagnosis::toText(m_diagnosis);
}

void DiagnosisDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
        if (!m_diagnosis.title.isEmpty())
            setDiagnosis(m_diagnosis);
    }
}

KSyntaxHighlighting::Theme DiagnosisDialog::currentTheme() const
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    return syntaxRepository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                : KSyntaxHighlighting::Repository::LightTheme);
}

void DiagnosisDialog::applyTheme()
{
    const auto theme = currentTheme();
    for (KSyntaxHighlighting::SyntaxHighlighter *highlighter : std::as_const(m_highlighters)) {
        if (highlighter->theme().name() == theme.name())
            continue;
        highlighter->setTheme(theme);
        highlighter->rehighlight();
    }
}

} // namespace vpnaas::ui

// SPDX-License-Identifier: Apache-2.0
// One capitalisation rule, the KDE HIG's (docs/style.md): title case for menus and their items,
// push and tool buttons, tabs, column headers, window and dialog titles, wizard page titles and
// group box titles; sentence case for labels, check boxes, radio buttons, tooltips, placeholders,
// wizard page subtitles and status messages. The test reads the English texts where the user
// sees them: the real widgets of the main window (menus, actions, tab bars, every view's column
// headers, its title) and of every wizard page and dialog, each checked by its context.
#include "sandboxcloud.h"
#include "windowcatalogue.h"

#include "mainwindow.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxserver.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>
#include <QWizard>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::ui;
using namespace vpnaas::ui::testing;

namespace {

enum class Case { Title, Sentence };

} // namespace

Q_DECLARE_METATYPE(Case)

namespace {

/*!
 * Words written the same in either case: acronyms, proper nouns and names of programs. A word
 * with a capital after its first letter (IPsec, strongSwan, IKEv2, CIDRs) is taken as one too.
 */
const QSet<QString> &properNouns()
{
    static const QSet<QString> words = {
        u"IKE"_s,
        u"IPsec"_s,
        u"VPN"_s,
        u"PSK"_s,
        u"DPD"_s,
        u"MTU"_s,
        u"CIDR"_s,
        u"strongSwan"_s,
        u"Neutron"_s,
        u"OpenStack"_s,
        u"Libreswan"_s,
        u"IPv4"_s,
        u"IPv6"_s,
        u"ESP"_s,
        u"AH"_s,
        u"ID"_s,
        u"UUID"_s,
        u"CLI"_s,
        u"VICI"_s,
        u"PFS"_s,
        u"IP"_s,
        u"URL"_s,
        u"SSH"_s,
        u"TCP"_s,
        u"UDP"_s,
        u"NAT"_s,
        u"Keystone"_s,
        u"Diffie"_s,
        u"Hellman"_s,
        u"Qt"_s,
        u"KDE"_s,
        u"OK"_s,
        u"Ctrl"_s,
        u"Shift"_s,
        u"Alt"_s,
        u"Secret"_s /* Service: the freedesktop API */,
        u"Service"_s /* Secret Service */,
        u"VPNaaS"_s,
        u"Console"_s /* VPNaaS Console, the application's name */,
        u"openstack"_s /* the command */,
        u"charon"_s /* strongSwan's daemon */,
        u"e.g"_s,
        u"i.e"_s,
        u"I"_s,
        u"Default"_s /* Keystone's default domain */,
        u"Horizon"_s,
        u"Octavia"_s,
        u"Phase"_s /* Phase 1, Phase 2 of IKE: a name */,
    };
    return words;
}

/*! Words lower-case inside a title (HIG): articles, conjunctions, short prepositions. */
const QSet<QString> &smallWords()
{
    static const QSet<QString> words = {
        u"a"_s,  u"an"_s, u"the"_s, u"and"_s, u"or"_s,   u"nor"_s, u"but"_s, u"of"_s,  u"to"_s,   u"in"_s,
        u"on"_s, u"at"_s, u"for"_s, u"by"_s,  u"with"_s, u"per"_s, u"vs"_s,  u"via"_s, u"from"_s, u"as"_s,
    };
    return words;
}

/*! \a text without mnemonics, the shortcut after a tab, quoted names and a trailing ellipsis. */
QString plain(QString text)
{
    text = text.section(u'\t', 0, 0);
    static const QRegularExpression mnemonic(u"&(?=[^&])"_s);
    text.remove(mnemonic);
    text.replace(u"&&"_s, u"&"_s);
    // A name in quotes is the user's, not ours.
    static const QRegularExpression quoted(u"“[^”]*”|\"[^\"]*\""_s);
    text.replace(quoted, u"“”"_s);
    return text.trimmed();
}

bool isException(const QString &word)
{
    if (properNouns().contains(word))
        return true;
    // IPsec, strongSwan, IKEv2, CIDRs, VPNs: a capital after the first letter.
    for (qsizetype i = 1; i < word.size(); ++i) {
        if (word[i].isUpper())
            return true;
    }
    return false;
}

/*! Code, values and units: paths, addresses, numbers, placeholders (%1), units (s, ms). */
bool isCode(const QString &word)
{
    static const QRegularExpression code(u"[0-9/_=@%<>:.#$+\\\\]"_s);
    static const QSet<QString> units = {u"s"_s, u"ms"_s, u"min"_s};
    return word.contains(code) || units.contains(word);
}

/*! What breaks the rule \a style in \a text, or empty. */
QString violation(const QString &raw, Case style)
{
    const QString text = plain(raw);
    if (text.isEmpty())
        return {};
    static const QRegularExpression separators(u"\\s+"_s);
    const QStringList tokens = text.split(separators, Qt::SkipEmptyParts);
    bool startOfSentence = true;
    int wordIndex = 0;
    QString previous;
    QStringList wrong;
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        const QString &token = tokens[t];
        // The word itself, without punctuation around it; a hyphenated word by its first part.
        static const QRegularExpression edges(u"^[^\\p{L}\\p{N}%]+|[^\\p{L}\\p{N}.]+$"_s);
        QString word = token;
        word.remove(edges);
        if (word.endsWith(u'.') && !word.startsWith(u"e.g") && !word.startsWith(u"i.e"))
            word.chop(1);
        const bool endsClause = token.endsWith(u'.') || token.endsWith(u':') || token.endsWith(u'?')
            || token.endsWith(u'!') || token == u"—" || token == u"–" || token == u"▸";
        if (word.isEmpty() || isCode(word)) {
            // A text may start with a value or code (a path, %1): the next word is not its first.
            if (!word.isEmpty())
                ++wordIndex;
            startOfSentence = (startOfSentence && word.isEmpty()) || endsClause;
            continue;
        }
        const QString first = word.section(u'-', 0, 0);
        const bool last = t == tokens.size() - 1;
        const bool upper = first.front().isUpper();
        if (!isException(first) && first.front().isLetter()) {
            if (style == Case::Title) {
                // "Log In", "Sign In": the particle of a verb is not a preposition.
                const bool particle = previous == u"Log" || previous == u"Sign";
                const bool small = smallWords().contains(first.toLower()) && !particle;
                if (startOfSentence || last || !small) {
                    if (!upper)
                        wrong.append(word);
                } else if (upper) {
                    wrong.append(word);
                }
            } else if (wordIndex == 0 && !upper) {
                wrong.append(word);
            } else if (!startOfSentence && upper) {
                wrong.append(word);
            }
        }
        ++wordIndex;
        startOfSentence = endsClause;
        previous = word;
    }
    if (wrong.isEmpty())
        return {};
    return u"“%1” is not in %2 case (%3)"_s.arg(raw, style == Case::Title ? u"title"_s : u"sentence"_s,
                                                wrong.join(u", "_s));
}

/*! The texts of \a root and its children, each checked by what it is. */
class Checker
{
public:
    QStringList failures;

    void check(const QString &context, const QString &text, Case style)
    {
        if (const QString problem = violation(text, style); !problem.isEmpty())
            failures.append(context + u": "_s + problem);
    }

    void checkTooltip(const QString &context, const QString &tooltip)
    {
        // A rich tooltip is a paragraph: its plain text.
        if (Qt::mightBeRichText(tooltip)) {
            QTextDocument document;
            document.setHtml(tooltip);
            check(context, document.toPlainText().section(u'\n', 0, 0), Case::Sentence);
        } else {
            check(context, tooltip, Case::Sentence);
        }
    }

    void checkActions(const QString &context, const QList<QAction *> &actions)
    {
        for (QAction *action : actions) {
            if (action->isSeparator())
                continue;
            const QString where = context + u" › "_s + plain(action->text());
            if (QMenu *menu = action->menu()) {
                check(where, menu->title(), Case::Title);
                checkActions(where, menu->actions());
                continue;
            }
            check(where, action->text(), Case::Title);
            // Without a tooltip of its own an action shows its text.
            const auto bare = [](QString text) { return plain(text.remove(u'…').remove(u"..."_s)); };
            if (!action->toolTip().isEmpty() && bare(action->toolTip()) != bare(action->text()))
                checkTooltip(where + u" tooltip"_s, action->toolTip());
            if (!action->statusTip().isEmpty())
                check(where + u" status tip"_s, action->statusTip(), Case::Sentence);
        }
    }

    void checkWidgets(const QString &context, QWidget *root)
    {
        for (QWidget *widget : root->findChildren<QWidget *>()) {
            const QString where = u"%1 %2 “%3”"_s.arg(context, QString::fromLatin1(widget->metaObject()->className()),
                                                      widget->objectName());
            if (!widget->toolTip().isEmpty())
                checkTooltip(where + u" tooltip"_s, widget->toolTip());
            if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
                auto *tool = qobject_cast<QToolButton *>(widget);
                if (tool && tool->defaultAction())
                    continue; // the action's text, checked with the actions
                const bool sentence = qobject_cast<QCheckBox *>(widget) || qobject_cast<QRadioButton *>(widget);
                check(where, button->text(), sentence ? Case::Sentence : Case::Title);
            } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
                check(where, group->title(), Case::Title);
            } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    check(where + u" tab"_s, tabs->tabText(i), Case::Title);
                    if (!tabs->tabToolTip(i).isEmpty())
                        checkTooltip(where + u" tab tooltip"_s, tabs->tabToolTip(i));
                }
            } else if (auto *label = qobject_cast<QLabel *>(widget)) {
                checkLabel(where, label);
            } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
                check(where + u" placeholder"_s, edit->placeholderText(), Case::Sentence);
            } else if (auto *text = qobject_cast<QPlainTextEdit *>(widget)) {
                check(where + u" placeholder"_s, text->placeholderText(), Case::Sentence);
            } else if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
                for (int column = 0; column < view->model()->columnCount(); ++column)
                    check(where + u" column"_s, view->model()->headerData(column, Qt::Horizontal).toString(),
                          Case::Title);
            } else if (auto *page = qobject_cast<QWizardPage *>(widget)) {
                check(where + u" title"_s, page->title(), Case::Title);
                check(where + u" subtitle"_s, page->subTitle(), Case::Sentence);
            }
        }
    }

    void checkLabel(const QString &where, QLabel *label)
    {
        // A value (a name, an address, a verdict) is announced by the name of the field it is:
        // the cloud's words, not the console's. QWizard's header shows the page's title.
        if (!label->accessibleName().isEmpty() || label->text().isEmpty() || label->isHidden())
            return;
        bool inPage = false;
        bool inWizard = false;
        for (const QWidget *w = label->parentWidget(); w; w = w->parentWidget()) {
            inPage = inPage || qobject_cast<const QWizardPage *>(w);
            inWizard = inWizard || qobject_cast<const QWizard *>(w);
        }
        if (inWizard && !inPage)
            return;
        if (label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text())) {
            // A heading (the whole text in bold or a heading element) is a title; each paragraph
            // of a longer text starts like a sentence.
            static const QRegularExpression heading(u"^\\s*<(b|h[1-6])>[^<]*</\\1>\\s*$"_s);
            // Commands and paths in <code> are code, whatever their case.
            static const QRegularExpression code(u"<code>.*?</code>"_s);
            QTextDocument document;
            document.setHtml(QString(label->text()).replace(code, u"<code>x</code>"_s));
            const bool isHeading = heading.match(label->text()).hasMatch();
            for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
                check(where, block.text().simplified(), isHeading ? Case::Title : Case::Sentence);
        } else {
            check(where, label->text(), Case::Sentence);
        }
    }
};

} // namespace

class TestHig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rule_data();
    void rule();
    void mainWindow();
    void wizardsAndDialogs_data();
    void wizardsAndDialogs();

private:
    std::unique_ptr<SandboxCloud> m_cloud;
};

void TestHig::init()
{
    QSettings().clear();
    m_cloud = std::make_unique<SandboxCloud>(SandboxCloud::Agent::Settled);
    QVERIFY2(m_cloud->error().isEmpty(), qPrintable(m_cloud->error()));
}

void TestHig::cleanup()
{
    QCOMPARE(QGuiApplication::keyboardModifiers(), Qt::NoModifier);
    m_cloud.reset();
}

// The rule itself, on texts known to keep or break it.
void TestHig::rule_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Case>("style");
    QTest::addColumn<bool>("keeps");
    QTest::addRow("title") << u"New Site-to-Site VPN…"_s << Case::Title << true;
    QTest::addRow("title small words") << u"Copy the Commands for an IKE Policy"_s << Case::Title << true;
    QTest::addRow("title mnemonic") << u"Dia&gnose Connection…"_s << Case::Title << true;
    QTest::addRow("title acronyms") << u"IPsec Site Connections"_s << Case::Title << true;
    QTest::addRow("title lower word") << u"New IKE policy"_s << Case::Title << false;
    QTest::addRow("title lower first") << u"strongSwan configuration"_s << Case::Title << false;
    QTest::addRow("title capital small word") << u"Log In To prod"_s << Case::Title << false;
    QTest::addRow("title last small word") << u"Sign up for"_s << Case::Title << false;
    QTest::addRow("title phrasal verb") << u"Log In to “prod”"_s << Case::Title << true;
    QTest::addRow("title hyphen") << u"Reveal pre-shared Key"_s << Case::Title << false;
    QTest::addRow("title quoted name") << u"Edit IKE Policy “my policy”"_s << Case::Title << true;
    QTest::addRow("sentence") << u"Show the pre-shared key while typing"_s << Case::Sentence << true;
    QTest::addRow("sentence proper nouns") << u"Poll Neutron and counters every:"_s << Case::Sentence << true;
    QTest::addRow("sentence two sentences") << u"Saved. Test it, then OK to start."_s << Case::Sentence << true;
    QTest::addRow("sentence lower first") << u"optional, e.g. vpn"_s << Case::Sentence << false;
    QTest::addRow("sentence capital inside") << u"Show Desktop notifications"_s << Case::Sentence << false;
    QTest::addRow("sentence code first") << u"unix:///run/vici.sock or tcp://192.0.2.10:4502"_s << Case::Sentence
                                         << true;
    QTest::addRow("sentence program first") << u"strongSwan counters"_s << Case::Sentence << true;
}

void TestHig::rule()
{
    QFETCH(QString, text);
    QFETCH(Case, style);
    QFETCH(bool, keeps);
    const QString problem = violation(text, style);
    QVERIFY2(problem.isEmpty() == keeps, qPrintable(problem.isEmpty() ? u"“%1” passes"_s.arg(text) : problem));
}

void TestHig::mainWindow()
{
    sandbox::Sandbox sandbox(u":memory:"_s);
    QString error;
    QVERIFY2(sandbox.open(&error), qPrintable(error));
    MainWindow window;
    window.setOfflineCloud(&sandbox);
    window.setClouds({});
    QSignalSpy refreshed(window.workspace(), &Workspace::refreshSucceeded);
    QVERIFY(window.selectCloud(window.initialCloud()));
    QVERIFY(QTest::qWaitFor([&] { return !refreshed.isEmpty() && !window.workspace()->isRefreshing(); }, 10000));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    Checker checker;
    // The title names the cloud (the user's word) before the dash: the application's name after it.
    checker.check(u"window title"_s, window.windowTitle().section(u" — "_s, -1), Case::Title);
    for (QAction *menu : window.menuBar()->actions()) {
        checker.check(u"menu bar"_s, menu->text(), Case::Title);
        if (menu->menu())
            checker.checkActions(plain(menu->text()), menu->menu()->actions());
    }
    checker.checkActions(u"window actions"_s, window.actions());
    checker.checkWidgets(u"main window"_s, &window);
    if (!window.statusBar()->currentMessage().isEmpty())
        checker.check(u"status bar"_s, window.statusBar()->currentMessage(), Case::Sentence);
    QVERIFY2(checker.failures.isEmpty(), qPrintable(u"\n"_s + checker.failures.join(u'\n')));
}

void TestHig::wizardsAndDialogs_data()
{
    addWindowRows();
}

void TestHig::wizardsAndDialogs()
{
    QFETCH(Target, target);
    QFETCH(int, kind);
    QFETCH(int, page);
    QAbstractButton *defaultButton = nullptr;
    std::unique_ptr<QWidget> window = openWindow(m_cloud->workspace(), target, kind, page, &defaultButton);
    QVERIFY(window);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    Checker checker;
    // An edit dialog names the resource (the user's word) in quotes: plain() leaves it out.
    checker.check(u"window title"_s, window->windowTitle(), Case::Title);
    checker.checkWidgets(u"window"_s, window.get());
    QVERIFY2(checker.failures.isEmpty(), qPrintable(u"\n"_s + checker.failures.join(u'\n')));
}

QTEST_MAIN(TestHig)
#include "tst_hig.moc"

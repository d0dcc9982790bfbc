// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>
#include <QWidget>

class QTextBrowser;
class QTimer;

namespace vpnaas::ui {

/*!
 * Help ▸ Handbook: the user guide (docs/user-guide.md with its screenshots, compiled into the
 * binary under resourcePrefix()) in a window of its own, non-modal. Links to files that are not
 * compiled in are shown as plain text; web links open in the browser. A translated guide
 * (docs/user-guide.<language>.md, e.g. user-guide.ko.md) is shown when the UI runs in its language.
 */
class HandbookWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HandbookWindow(QWidget *parent = nullptr);
    ~HandbookWindow() override;

    /*! The Qt resource folder that holds user-guide.md, its translations and their screenshots/. */
    static QString resourcePrefix();
    /*!
     * The file name (in resourcePrefix()) of the guide for \a locale, the UI language: the
     * QLocale default, which main() sets for --lang and which the translator was loaded for.
     * Looked up as QTranslator looks up the UI's catalogue: each of the locale's UI languages in
     * order, each from the full name down to the language ("ko_KR", then "ko"), a translated
     * "user-guide.<name>.md" where one is compiled in; else the English "user-guide.md".
     */
    static QString guideFileName(const QLocale &locale = QLocale());
    /*! The guide for \a locale with every link to a file that is not compiled in made plain text. */
    static QString handbookMarkdown(const QLocale &locale = QLocale());
    /*!
     * \a markdown with every link whose target is not a web address ([text](other.md),
     * [text](#anchor)) replaced by its text: those files are not in the binary, and the markdown
     * reader makes no heading anchors. Images stay.
     */
    static QString plainLocalLinks(const QString &markdown);

    QTextBrowser *browser() const { return m_browser; }
    /*! The width the screenshots were last fitted to (-1: not yet, the window was never shown). */
    int fittedWidth() const { return m_fittedWidth; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitImages();

    QTextBrowser *m_browser;
    QTimer *m_fitTimer = nullptr;
    int m_fittedWidth = -1;
};

} // namespace vpnaas::ui

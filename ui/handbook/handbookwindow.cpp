// SPDX-License-Identifier: Apache-2.0
#include "handbookwindow.h"

#include <QEvent>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {
namespace {

// A screenshot is shown at most this wide, and never wider than the page.
constexpr int kMaxImageWidth = 960;

} // namespace

HandbookWindow::HandbookWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(u"handbook"_s);
    setWindowTitle(tr("VPNaaS Console Handbook"));
    setAttribute(Qt::WA_DeleteOnClose, false); // closing hides it; the next F1 shows it again
    m_browser->setObjectName(u"handbookBrowser"_s);
    m_browser->setAccessibleName(tr("Handbook"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({resourcePrefix()});
    m_browser->document()->setDocumentMargin(16);
    m_browser->document()->setUndoRedoEnabled(false); // fitImages() changes formats; nothing to undo
    m_browser->setMarkdown(handbookMarkdown());
    m_browser->viewport()->installEventFilter(this);
    // Screenshots are scaled to the page once the size settles, not at every step of a resize.
    m_fitTimer = new QTimer(this);
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(50);
    connect(m_fitTimer, &QTimer::timeout, this, &HandbookWindow::fitImages);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    resize(1040, 780);
}

HandbookWindow::~HandbookWindow() = default;

QString HandbookWindow::resourcePrefix()
{
    return u":/handbook"_s;
}

QString HandbookWindow::guideFileName(const QLocale &locale)
{
    for (QString name : locale.uiLanguages()) {
        name.replace(u'-', u'_');
        for (;;) {
            const QString translated = u"user-guide.%1.md"_s.arg(name);
            if (QFile::exists(resourcePrefix() + u'/' + translated))
                return translated;
            const qsizetype last = name.lastIndexOf(u'_');
            if (last <= 0)
                break;
            name.truncate(last);
        }
    }
    return u"user-guide.md"_s;
}

QString HandbookWindow::handbookMarkdown(const QLocale &locale)
{
    QFile file(resourcePrefix() + u'/' + guideFileName(locale));
    if (!file.open(QIODevice::ReadOnly))
        return tr("# Handbook\n\nThe user guide is missing from this build.");
    return plainLocalLinks(QString::fromUtf8(file.readAll()));
}

QString HandbookWindow::plainLocalLinks(const QString &markdown)
{
    // [text](target), not ![alt](image): a target that is not a web address is a file of the
    // source tree (another document) or an anchor the markdown reader does not make, both dead here.
    static const QRegularExpression link(uR"((?<!!)\[([^\]\n]*)\]\(([^)\s]+)\))"_s);
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = link.globalMatch(markdown);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString target = match.captured(2);
        if (target.startsWith(u"https://") || target.startsWith(u"http://"))
            continue;
        result += QStringView(markdown).mid(last, match.capturedStart() - last);
        result += match.captured(1);
        last = match.capturedEnd();
    }
    result += QStringView(markdown).mid(last);
    return result;
}

bool HandbookWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        m_fitTimer->start();
    return QWidget::eventFilter(watched, event);
}

void HandbookWindow::fitImages()
{
    const int available = m_browser->viewport()->width() - 2 * int(m_browser->document()->documentMargin()) - 8;
    const int width = std::clamp(available, 200, kMaxImageWidth);
    if (width == m_fittedWidth)
        return;
    m_fittedWidth = width;
    QTextDocument *document = m_browser->document();
    const int scrolled = m_browser->verticalScrollBar()->value();
    // Collected first: changing a fragment's format while walking the blocks would move them.
    struct Image {
        int position;
        int length;
        QTextImageFormat format;
    };
    QList<Image> images;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextFragment part = fragment.fragment();
            if (part.isValid() && part.charFormat().isImageFormat())
                images.append({part.position(), part.length(), part.charFormat().toImageFormat()});
        }
    }
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (Image &image : images) {
        const QImage natural(resourcePrefix() + u'/' + image.format.name());
        if (natural.isNull())
            continue;
        // Scaled smoothly here: the document would scale it pixel by pixel when painting.
        const QImage shown
            = natural.width() <= width ? natural : natural.scaledToWidth(width, Qt::SmoothTransformation);
        document->addResource(QTextDocument::ImageResource, QUrl(image.format.name()), shown);
        image.format.setWidth(shown.width());
        image.format.setHeight(shown.height());
        cursor.setPosition(image.position);
        cursor.setPosition(image.position + image.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(image.format);
    }
    cursor.endEditBlock();
    m_browser->verticalScrollBar()->setValue(scrolled);
}

} // namespace vpnaas::ui

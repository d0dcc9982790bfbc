// SPDX-License-Identifier: Apache-2.0
#include "detailview.h"

#include "statusstyle.h"

#include <QEvent>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {
namespace {

const QString kResourceScheme = u"vpnaas-resource"_s;
const QString kRevealScheme = u"vpnaas-reveal"_s;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

DetailView::DetailView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(u"detailView"_s);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    connect(this, &QTextBrowser::anchorClicked, this, &DetailView::onAnchor);
}

void DetailView::setDetails(const ResourceDetails &details)
{
    // A different resource starts hidden again; a refresh of the same one keeps the choice.
    if (details.id != m_details.id || details.kind != m_details.kind)
        setSecretRevealed(false);
    if (details == m_details && m_placeholder.isEmpty())
        return; // unchanged: no relayout (a large pane costs 100+ ms)
    m_details = details;
    m_placeholder.clear();
    render();
}

void DetailView::clearDetails(const QString &placeholder)
{
    if (!m_details.isValid() && m_placeholder == placeholder && !placeholder.isEmpty())
        return;
    m_details = {};
    m_placeholder = placeholder;
    setSecretRevealed(false);
    render();
}

void DetailView::setSecretRevealed(bool revealed)
{
    if (m_revealed == revealed)
        return;
    m_revealed = revealed;
    render();
    Q_EMIT secretRevealedChanged(revealed);
}

QString DetailView::renderHtml(const ResourceDetails &details, bool revealed, const QPalette &palette)
{
    QString html;
    html += u"<h3 style='margin-bottom:2px'>%1</h3>"_s.arg(escaped(details.title));
    html += u"<p style='margin-top:0'><span style='color:%1'>%2</span>"_s.arg(
        palette.color(QPalette::PlaceholderText).name(), escaped(resourceSingularName(details.kind)));
    if (!details.status.isEmpty()) {
        html += u" &nbsp;<b style='color:%1'>● %2</b>"_s.arg(statusColor(details.status, palette).name(),
                                                             escaped(details.status));
    }
    html += u"</p><table cellspacing='0' cellpadding='3'>"_s;
    const QString labelColor = palette.color(QPalette::PlaceholderText).name();
    const QString warnColor = warningColor(palette).name();
    for (const DetailField &field : details.fields) {
        QString value;
        if (field.secret) {
            if (field.secret->isEmpty())
                value = tr("none");
            else if (revealed)
                value = u"<code>%1</code> &nbsp;<a href='%2:hide'>%3</a>"_s.arg(escaped(field.secret->reveal()),
                                                                                kRevealScheme, tr("Hide"));
            else
                value = u"%1 &nbsp;<a href='%2:show'>%3</a>"_s.arg(Secret::mask(), kRevealScheme, tr("Reveal"));
        } else if (!field.links.isEmpty()) {
            QStringList links;
            // Thousands of links are unreadable and slow to lay out: the first ones and a count.
            constexpr qsizetype kMaxLinks = 50;
            for (const DetailLink &link : field.links.first(qMin(kMaxLinks, field.links.size()))) {
                links.append(u"<a href='%1:%2/%3'>%4</a>"_s.arg(kResourceScheme, resourceSlug(link.kind),
                                                                QString::fromLatin1(QUrl::toPercentEncoding(link.id)),
                                                                escaped(link.text)));
            }
            value = links.join(u", "_s);
            if (field.links.size() > kMaxLinks)
                value += u" "_s + tr("and %1 more").arg(field.links.size() - kMaxLinks);
        } else {
            value = escaped(field.value);
        }
        if (!field.warning.isEmpty())
            value += u"<br><span style='color:%1'>⚠ %2</span>"_s.arg(warnColor, escaped(field.warning));
        html += u"<tr><td style='color:%1; padding-right:10px' valign='top'>%2</td><td valign='top'>%3</td></tr>"_s.arg(
            labelColor, escaped(field.label), value);
    }
    html += u"</table>"_s;
    return html;
}

void DetailView::render()
{
    if (!m_details.isValid()) {
        setHtml(u"<p style='color:%1'>%2</p>"_s.arg(palette().color(QPalette::PlaceholderText).name(),
                                                    m_placeholder.toHtmlEscaped()));
        return;
    }
    const int scroll = verticalScrollBar() ? verticalScrollBar()->value() : 0;
    setHtml(renderHtml(m_details, m_revealed, palette()));
    verticalScrollBar()->setValue(scroll);
}

void DetailView::onAnchor(const QUrl &url)
{
    if (url.scheme() == kRevealScheme) {
        setSecretRevealed(url.path() == u"show");
        return;
    }
    if (url.scheme() != kResourceScheme)
        return;
    const QString path = url.path();
    const qsizetype slash = path.indexOf(u'/');
    const std::optional<ResourceKind> kind = resourceKindFromSlug(path.left(slash));
    if (kind && slash > 0)
        Q_EMIT resourceActivated(*kind, QUrl::fromPercentEncoding(path.mid(slash + 1).toLatin1()));
}

void DetailView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

} // namespace vpnaas::ui

// SPDX-License-Identifier: Apache-2.0
#include "colorscheme.h"

#include <QApplication>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace vpnaas::ui::colorscheme {

namespace {

QPalette make(const QColor &window, const QColor &base, const QColor &alternate, const QColor &text,
              const QColor &button, const QColor &highlight, const QColor &link, const QColor &placeholder)
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, placeholder);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, link);
    p.setColor(QPalette::LinkVisited, link.darker(120));
    p.setColor(QPalette::Light, button.lighter(130));
    p.setColor(QPalette::Midlight, button.lighter(115));
    p.setColor(QPalette::Mid, button.darker(130));
    p.setColor(QPalette::Dark, button.darker(160));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, placeholder);
    }
    return p;
}

} // namespace

QStringList names()
{
    return {u"system"_s, u"light"_s, u"dark"_s};
}

QPalette dark()
{
    return make(QColor(0x20, 0x23, 0x26), QColor(0x14, 0x16, 0x18), QColor(0x1d, 0x1f, 0x22), QColor(0xfc, 0xfc, 0xfc),
                QColor(0x29, 0x2c, 0x30), QColor(0x3d, 0xae, 0xe9), QColor(0x1d, 0x99, 0xf3), QColor(0xa1, 0xa9, 0xb1));
}

QPalette light()
{
    return make(QColor(0xef, 0xf0, 0xf1), QColor(0xff, 0xff, 0xff), QColor(0xf7, 0xf7, 0xf7), QColor(0x23, 0x26, 0x29),
                QColor(0xfc, 0xfc, 0xfc), QColor(0x3d, 0xae, 0xe9), QColor(0x29, 0x80, 0xb9), QColor(0x70, 0x7d, 0x8a));
}

bool apply(const QString &name)
{
    if (name.isEmpty() || name == u"system")
        return true;
    if (name != u"dark" && name != u"light")
        return false;
    if (QStyle *fusion = QStyleFactory::create(u"Fusion"_s))
        QApplication::setStyle(fusion);
    QApplication::setPalette(name == u"dark" ? dark() : light());
    return true;
}

} // namespace vpnaas::ui::colorscheme

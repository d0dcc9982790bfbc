// SPDX-License-Identifier: Apache-2.0
#include "statusstyle.h"

using namespace Qt::StringLiterals;

namespace vpnaas::ui {
namespace {
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}
} // namespace

QColor statusColor(const QString &status, const QPalette &palette)
{
    const bool dark = isDark(palette);
    if (status == u"ACTIVE")
        return dark ? QColor(0x4c, 0xc3, 0x6b) : QColor(0x1e, 0x8a, 0x3c);
    if (status == u"DOWN")
        return dark ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x6b, 0x6b, 0x6b);
    if (status == u"ERROR")
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    if (status.startsWith(u"PENDING") || status == u"BUILD")
        return dark ? QColor(0xf0, 0xb4, 0x40) : QColor(0xb3, 0x6b, 0x00);
    return palette.color(QPalette::Text);
}

QColor warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf0, 0xb4, 0x40) : QColor(0xa8, 0x5c, 0x00);
}

QColor textOnBase(const QPalette &palette, double share)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [share](float a, float b) { return float(a * share + b * (1 - share)); };
    return QColor::fromRgbF(mix(text.redF(), base.redF()), mix(text.greenF(), base.greenF()),
                            mix(text.blueF(), base.blueF()));
}

QString errorBadgeStyleSheet()
{
    // statusColor()'s ERROR red of light palettes, as a badge behind the text.
    return u"color: palette(bright-text); background: #c62828; padding: 1px 6px; border-radius: 3px;"_s;
}

QString sandboxBadgeStyleSheet()
{
    return u"background: #6a4c93; color: white; padding: 1px 8px; border-radius: 3px;"_s;
}

} // namespace vpnaas::ui

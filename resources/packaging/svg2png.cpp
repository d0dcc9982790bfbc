// SPDX-License-Identifier: Apache-2.0
// Build-time helper: renders the application icon's SVG into the hicolor PNG sizes.
//
//   vpnaas-svg2png ICON.svg OUTDIR NAME SIZE...
//
// writes OUTDIR/SIZExSIZE/apps/NAME.png for every SIZE (QSvgRenderer, antialiased, transparent
// background). Exit status 0, or 1 with a message on stderr for bad input or a failed write.
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QStringList>
#include <QSvgRenderer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "vpnaas-svg2png: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    if (args.size() < 4)
        return fail(u"usage: vpnaas-svg2png ICON.svg OUTDIR NAME SIZE..."_s);
    const QString &svgFile = args.at(0);
    const QString &outDir = args.at(1);
    const QString &name = args.at(2);
    if (name.isEmpty() || name.contains(u'/'))
        return fail(u"the icon name \"%1\" must be a file name without a folder"_s.arg(name));

    QList<int> sizes;
    for (qsizetype i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size < 8 || size > 1024)
            return fail(u"the size \"%1\" is not a number of pixels from 8 to 1024"_s.arg(args.at(i)));
        sizes.append(size);
    }

    QSvgRenderer renderer(svgFile);
    if (!renderer.isValid())
        return fail(u"cannot read the SVG image %1"_s.arg(svgFile));
    if (renderer.viewBoxF().width() != renderer.viewBoxF().height())
        return fail(u"%1 is not square (view box %2x%3); icons are"_s.arg(svgFile)
                        .arg(renderer.viewBoxF().width())
                        .arg(renderer.viewBoxF().height()));

    for (const int size : std::as_const(sizes)) {
        const QString dir = u"%1/%2x%2/apps"_s.arg(outDir).arg(size);
        if (!QDir().mkpath(dir))
            return fail(u"cannot create the folder %1"_s.arg(dir));
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        const QString file = u"%1/%2.png"_s.arg(dir, name);
        if (!image.save(file, "PNG"))
            return fail(u"cannot write %1"_s.arg(file));
    }
    return 0;
}

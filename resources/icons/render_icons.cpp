// render_icons: the GUI's SVG icons as PNG files, for the Windows build (its Qt has no SVG icon
// engine: Debian 12's qt6-svg source is not on its mirrors, so cmake/build-qt-mingw.sh builds
// qtbase only). The PNG files are committed in resources/icons/png; the Linux suite checks that
// they are what the SVG files render to now (--check), so the two never drift apart.
//
//   render_icons SVG_DIR PNG_DIR            write PNG_DIR/<name>-<size>.png
//   render_icons --check SVG_DIR PNG_DIR    compare, exit 1 naming every file that differs
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

namespace {

QList<int> sizesFor(const QString& name) {
    // The application icon goes into the .exe and the window's title bar and task bar; the
    // state icons into table cells (16–24 px, twice that on a high-DPI screen) and the readiness
    // light (24 px).
    if (name == QStringLiteral("tokenscope")) return {16, 24, 32, 48, 64, 128, 256};
    return {16, 24, 32, 48};
}

QImage render(QSvgRenderer& svg, int size) {
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

// Equal within one step per channel: the rasteriser may round differently between Qt builds.
bool same(const QImage& a, const QImage& b) {
    if (a.size() != b.size()) return false;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            if (qAbs(qRed(p) - qRed(q)) > 1 || qAbs(qGreen(p) - qGreen(q)) > 1 ||
                qAbs(qBlue(p) - qBlue(q)) > 1 || qAbs(qAlpha(p) - qAlpha(q)) > 1)
                return false;
        }
    }
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    QStringList args = QGuiApplication::arguments().mid(1);
    const bool check = !args.isEmpty() && args.first() == QStringLiteral("--check");
    if (check) args.removeFirst();
    QTextStream err(stderr);
    if (args.size() != 2) {
        err << "usage: render_icons [--check] SVG_DIR PNG_DIR\n";
        return 2;
    }
    const QDir svgDir(args[0]), pngDir(args[1]);
    const QStringList svgs = svgDir.entryList({QStringLiteral("*.svg")}, QDir::Files, QDir::Name);
    if (svgs.isEmpty()) {
        err << "render_icons: no SVG files in " << svgDir.path() << '\n';
        return 2;
    }
    if (!check && !QDir().mkpath(pngDir.path())) {
        err << "render_icons: cannot create " << pngDir.path() << '\n';
        return 2;
    }
    int problems = 0, files = 0;
    for (const QString& file : svgs) {
        QSvgRenderer svg(svgDir.filePath(file));
        if (!svg.isValid()) {
            err << "render_icons: " << file << " is not a valid SVG file\n";
            ++problems;
            continue;
        }
        const QString name = QFileInfo(file).completeBaseName();
        for (int size : sizesFor(name)) {
            const QString png = pngDir.filePath(QStringLiteral("%1-%2.png").arg(name).arg(size));
            const QImage image = render(svg, size);
            ++files;
            if (check) {
                const QImage committed(png);
                if (committed.isNull()) {
                    err << "render_icons: " << png << " is missing\n";
                    ++problems;
                } else if (!same(image, committed.convertToFormat(QImage::Format_ARGB32))) {
                    err << "render_icons: " << png << " differs from " << file << " rendered at " << size << " px\n";
                    ++problems;
                }
            } else if (!image.save(png, "PNG")) {
                err << "render_icons: cannot write " << png << '\n';
                ++problems;
            }
        }
    }
    // A PNG file whose SVG file is gone is stale too.
    if (check) {
        for (const QString& png : pngDir.entryList({QStringLiteral("*.png")}, QDir::Files)) {
            const QString name = png.section(QLatin1Char('-'), 0, -2);
            if (!svgs.contains(name + QStringLiteral(".svg"))) {
                err << "render_icons: " << pngDir.filePath(png) << " has no SVG file\n";
                ++problems;
            }
        }
    }
    QTextStream(stdout) << (check ? "checked " : "wrote ") << files << " PNG files, " << problems << " problems\n";
    return problems == 0 ? 0 : 1;
}

// SPDX-License-Identifier: MIT
// kernelscout view FILE | --pr OWNER/REPO#N [--line N] [--screenshot PNG]
#include "codeviewer.h"
#include "codeviewerwindow.h"
#include "command.h"
#include "store/database.h"
#include "viewer/viewersource.h"

#include <QApplication>
#include <QTimer>

namespace ks::cli {

namespace {

// Writes the window to `path` once highlighting and signals are in, then
// ends the event loop with the exit code.
void screenshotWhenReady(ui::CodeViewerWindow &window, const QString &path, const Command &c)
{
    const auto shoot = [&window, path, &c] {
        // One more turn of the event loop applies the last formats.
        QTimer::singleShot(100, &window, [&window, path, &c] {
            if (!window.grab().save(path, "PNG")) {
                c.out.error(tr("cannot write %1").arg(path));
                QCoreApplication::exit(Failure);
                return;
            }
            c.out.line(path);
            QCoreApplication::exit(Success);
        });
    };
    if (window.viewer()->isHighlighted())
        shoot();
    else
        QObject::connect(window.viewer(), &ui::CodeViewer::highlightingFinished, &window, shoot, Qt::SingleShotConnection);
}

} // namespace

int runView(const Command &c)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return c.fail(tr("view needs a window system (or QT_QPA_PLATFORM=offscreen)."));
    const bool pull = c.parser.isSet(QStringLiteral("pr"));
    if (pull == !c.args.isEmpty() || c.args.size() > 1)
        return c.usage(tr("usage: kernelscout view FILE, or kernelscout view --pr OWNER/REPO#N [--line N] [--screenshot PNG]"));
    int line = 0;
    if (c.parser.isSet(QStringLiteral("line"))) {
        bool ok = false;
        line = c.parser.value(QStringLiteral("line")).toInt(&ok);
        if (!ok || line < 1)
            return c.usage(tr("--line: '%1' is not a line number.").arg(c.parser.value(QStringLiteral("line")).left(40)));
    }

    ui::CodeViewerWindow window;
    store::Database db;
    if (pull) {
        QString owner, name;
        int number = 0;
        if (!viewer::parsePullReference(c.parser.value(QStringLiteral("pr")), owner, name, number))
            return c.usage(tr("--pr: '%1' is not OWNER/REPO#N.").arg(c.parser.value(QStringLiteral("pr")).left(80)));
        if (!c.openDatabase(db))
            return Failure;
        if (Status s = window.openPull(db, owner, name, number); !s)
            return c.fail(s.error());
    } else if (Status s = window.openFile(c.args.first()); !s) {
        return c.fail(s.error());
    }
    window.show();
    if (line > 0 && !window.goToLine(line))
        c.out.error(tr("line %1 is not in what the viewer shows.").arg(line));
    if (c.parser.isSet(QStringLiteral("screenshot")))
        screenshotWhenReady(window, c.parser.value(QStringLiteral("screenshot")), c);
    return QApplication::exec();
}

} // namespace ks::cli

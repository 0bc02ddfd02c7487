// SPDX-License-Identifier: MIT
#include "command.h"
#include "scoring/signaldetector.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace ks::cli {
namespace {

constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

} // namespace

int runSignals(const Command &c)
{
    if (c.args.isEmpty())
        return c.usage(tr("usage: kernelscout signals FILE... [--lang LANGUAGE] [--diff] [--format text|json]"));
    const QString language = c.parser.value(QStringLiteral("lang"));
    const bool diff = c.parser.isSet(QStringLiteral("diff"));
    const scoring::SignalDetector detector;
    QJsonArray files;
    int failures = 0;
    for (const QString &path : c.args) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            c.out.error(tr("%1: cannot read (%2)").arg(path, file.errorString()));
            ++failures;
            continue;
        }
        if (file.size() > MaxFileBytes) {
            c.out.error(tr("%1: larger than %2 MiB; skipped").arg(path).arg(MaxFileBytes / 1024 / 1024));
            ++failures;
            continue;
        }
        const QString text = QString::fromUtf8(file.readAll());
        // A diff names the file it changes; scan it as that file's language.
        QString target = path;
        if (diff && target.endsWith(QLatin1String(".patch")))
            target.chop(6);
        else if (diff && target.endsWith(QLatin1String(".diff")))
            target.chop(5);
        const scoring::SignalScan scan = language == QLatin1String("prose") ? detector.scanProse(text)
            : diff                                                          ? detector.scanPatch(target, text, language)
                                                                            : detector.scanFile(path, text, language);
        if (c.out.isJson()) {
            QJsonArray hits;
            for (const scoring::SignalHit &h : scan.hits)
                hits.append(QJsonObject { { QStringLiteral("line"), h.line }, { QStringLiteral("column"), h.column },
                    { QStringLiteral("category"), h.signal->category }, { QStringLiteral("id"), h.signal->id },
                    { QStringLiteral("anti"), h.signal->anti }, { QStringLiteral("explanation"), h.signal->explanation } });
            files.append(QJsonObject {
                { QStringLiteral("file"), path }, { QStringLiteral("language"), scan.language }, { QStringLiteral("signals"), hits } });
            continue;
        }
        c.out.line(QCoreApplication::translate("ks::cli", "%1 (%2): %n signal(s)", nullptr, int(scan.hits.size()))
                .arg(path, scan.language.isEmpty() ? tr("unknown language") : scan.language));
        for (const scoring::SignalHit &h : scan.hits) {
            c.out.line(QStringLiteral("  %1:%2  %3  %4%5")
                    .arg(h.line)
                    .arg(h.column)
                    .arg(h.signal->category, h.signal->id, h.signal->anti ? tr(" (anti-signal)") : QString()));
            c.out.line(QStringLiteral("      ") + h.signal->explanation);
        }
    }
    if (c.out.isJson())
        c.out.json(files);
    return failures ? Failure : Success;
}

} // namespace ks::cli

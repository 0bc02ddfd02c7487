// SPDX-License-Identifier: MIT
#pragma once

#include "scoring/signaldetector.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

// The labelled corpus (tests/corpus/labels.json) scored against the
// detector: what it expected, what was found, and per category how many
// true and false positives and misses. Shared by the corpus test and the
// signal benchmark.
struct CorpusFile
{
    QString path; // relative to the corpus folder
    QString kind; // file, patch, prose
    QString filename; // for patches: the file the patch applies to
    QString language;
    QSet<QString> expected; // "signal.id@line"
    QSet<QString> found;
    QString foundLanguage;
};

struct CategoryCounts
{
    int truePositives = 0, falsePositives = 0, falseNegatives = 0;
    double precision() const { return truePositives + falsePositives ? double(truePositives) / (truePositives + falsePositives) : 1.0; }
    double recall() const { return truePositives + falseNegatives ? double(truePositives) / (truePositives + falseNegatives) : 1.0; }
};

inline QList<CorpusFile> evaluateCorpus(const QString &corpusDir, const ks::scoring::SignalDetector &detector)
{
    QFile labels(QDir(corpusDir).filePath(QStringLiteral("labels.json")));
    if (!labels.open(QIODevice::ReadOnly))
        return {};
    QList<CorpusFile> files;
    for (const QJsonValue &v : QJsonDocument::fromJson(labels.readAll()).object().value(QStringLiteral("files")).toArray()) {
        const QJsonObject o = v.toObject();
        CorpusFile f;
        f.path = o.value(QStringLiteral("path")).toString();
        f.kind = o.value(QStringLiteral("kind")).toString();
        f.filename = o.value(QStringLiteral("filename")).toString();
        f.language = o.value(QStringLiteral("language")).toString();
        for (const QJsonValue &s : o.value(QStringLiteral("signals")).toArray())
            f.expected.insert(s[QStringLiteral("id")].toString() + QLatin1Char('@') + QString::number(s[QStringLiteral("line")].toInt()));
        QFile content(QDir(corpusDir).filePath(f.path));
        if (!content.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(content.readAll());
        const ks::scoring::SignalScan scan = f.kind == QLatin1String("prose") ? detector.scanProse(text)
            : f.kind == QLatin1String("patch")                                ? detector.scanPatch(f.filename, text)
                                                                              : detector.scanFile(f.path, text);
        f.foundLanguage = scan.language;
        for (const ks::scoring::SignalHit &h : scan.hits)
            f.found.insert(h.signal->id + QLatin1Char('@') + QString::number(h.line));
        files.append(f);
    }
    return files;
}

inline QMap<QString, CategoryCounts> countByCategory(const QList<CorpusFile> &files, const ks::scoring::SignalCatalogue &catalogue)
{
    QMap<QString, CategoryCounts> counts;
    auto categoryOf = [&](const QString &key) {
        const ks::scoring::Signal *s = catalogue.find(key.section(QLatin1Char('@'), 0, 0));
        return s ? s->category : QStringLiteral("?");
    };
    for (const CorpusFile &f : files) {
        for (const QString &e : f.expected)
            ++(f.found.contains(e) ? counts[categoryOf(e)].truePositives : counts[categoryOf(e)].falseNegatives);
        for (const QString &x : f.found) {
            if (!f.expected.contains(x))
                ++counts[categoryOf(x)].falsePositives;
        }
    }
    return counts;
}

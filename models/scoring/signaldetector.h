// SPDX-License-Identifier: MIT
#pragma once

#include "signalcatalogue.h"

#include <QList>
#include <QString>

namespace ks::scoring {

struct SignalHit
{
    const Signal *signal = nullptr; // owned by the catalogue
    int line = 0; // 1-based; in a patch, the line of the new file
    int column = 0; // 1-based
    int length = 0;
};

// The result of scanning one text.
struct SignalScan
{
    QString language; // the definition used ("CUDA", "Triton", "prose", ...)
    QList<SignalHit> hits;
};

// Finds the catalogue's signals in a file, a PR patch or a piece of prose.
// Structure matters: code signals match only outside comments and strings
// (as KSyntaxHighlighting tokenizes the language), signals apply only in
// their languages, test files are skipped where a signal says so, and in a
// patch only added lines count. Not thread-safe: one detector per thread.
class SignalDetector final
{
public:
    explicit SignalDetector(const SignalCatalogue &catalogue = SignalCatalogue::standard());
    ~SignalDetector();

    SignalScan scanFile(const QString &fileName, const QString &text, const QString &language = {}) const;
    SignalScan scanPatch(const QString &fileName, const QString &patch, const QString &language = {}) const;
    SignalScan scanProse(const QString &text) const;

    static bool isTestPath(const QString &fileName);

private:
    struct Source;
    SignalScan scan(const Source &source) const;

    const SignalCatalogue &m_catalogue;
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ks::scoring

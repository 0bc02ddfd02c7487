// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace ks::scoring {

// Where in a text a signal's pattern may match.
enum class SignalContext
{
    Code, // outside comments and strings
    Comment,
    String, // string literals and docstrings
    CodeOrString, // e.g. PTX in inline asm strings
    Any, // the raw text
    Prose, // PR descriptions and review comments
};

struct SignalCategory
{
    QString id;
    QString name;
    QString weightKey; // the role layer's weight for this category
};

// One quality signal, as data (resources/signals/catalogue.json): what to
// look for, where it counts, how much, and what it means in plain English.
struct Signal
{
    QString id;
    QString category;
    QStringList languages; // definition names ("CUDA", "Triton", ...) or "prose"
    SignalContext context = SignalContext::Code;
    bool fileScope = false; // the pattern may span lines
    QRegularExpression pattern;
    QRegularExpression required; // must occur in the file (same context), if set
    QRegularExpression absent; // must not occur in the file, if set
    QRegularExpression countPattern;
    int minCount = 0; // countPattern must occur at least this often (0: unchecked)
    int maxCount = -1; // ...and at most this often (-1: unchecked)
    bool skipTests = false;
    bool anti = false;
    double weight = 1.0;
    QString explanation;

    bool appliesTo(const QString &language) const { return languages.contains(language); }
};

class SignalCatalogue final
{
public:
    // Parses a catalogue; every regular expression is checked, and an error
    // names the signal and field.
    static Result<SignalCatalogue> parse(const QByteArray &json, const QString &sourceName);
    // The bundled catalogue, extended or overridden (by id) by signals.json
    // in the application config folder when that file exists and is valid.
    static const SignalCatalogue &standard();

    const QList<Signal> &entries() const { return m_signals; }
    const QList<SignalCategory> &categories() const { return m_categories; }
    const Signal *find(const QString &id) const;
    const SignalCategory *category(const QString &id) const;
    // Merges `other` in: signals with the same id are replaced.
    void merge(const SignalCatalogue &other);

private:
    QList<Signal> m_signals;
    QList<SignalCategory> m_categories;
};

} // namespace ks::scoring

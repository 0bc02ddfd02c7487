// SPDX-License-Identifier: MIT
// libFuzzer target for the template engine: any bytes, read as UTF-8, are
// parsed; whatever parses is rendered with values that are themselves
// template-like. Nothing may crash, hang, read out of bounds or grow the
// output past its bound.
#include "outreach/templateengine.h"

#include <QHash>
#include <QString>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using ks::outreach::Template;
    static const QStringList known = { QStringLiteral("first_name"), QStringLiteral("team"), QStringLiteral("compute"),
        QStringLiteral("problem"), QStringLiteral("a") };
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    Template::Error error;
    const auto parsed = Template::parse(text, known, &error);
    if (!parsed) {
        // An error always points inside the text (or just past its end).
        if (error.line < 1 || error.column < 1 || error.line > text.count(QLatin1Char('\n')) + 1)
            std::abort();
        return 0;
    }
    for (const QString &name : parsed->placeholders()) {
        if (!known.contains(name))
            std::abort();
    }
    const QHash<QString, QString> values = { { QStringLiteral("first_name"), text.left(64) },
        { QStringLiteral("team"), QStringLiteral("{{team}}{{#if team}}") }, { QStringLiteral("a"), QString(4096, QLatin1Char('a')) } };
    const QString out = parsed->render(values);
    if (out.size() > Template::MaxOutputLength)
        std::abort();
    return 0;
}

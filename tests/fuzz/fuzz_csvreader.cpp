// SPDX-License-Identifier: MIT
// libFuzzer target for the CSV reader behind exclusion-list imports: any
// bytes either fail with a message naming a line inside the input, or give
// records whose line numbers rise and stay inside it.
#include "people/csvreader.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto records = ks::people::readCsv(bytes);
    if (!records) {
        if (records.error().isEmpty())
            std::abort();
        return 0;
    }
    // Lines as the reader counts them: LF, CR LF, or a lone CR (old Mac files;
    // the input that taught this harness so is kept in the corpus).
    qsizetype lines = 1;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n')))
            ++lines;
    }
    int previous = 0;
    for (const auto &record : records.value()) {
        if (record.line < 1 || record.line > lines || record.line < previous)
            std::abort();
        previous = record.line;
    }
    return 0;
}

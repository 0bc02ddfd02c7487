// SPDX-License-Identifier: MIT
// libFuzzer target for the GitHub JSON decoders: any bytes are decoded as
// every kind of answer the sync reads. Each either fails with a message or
// returns values; nothing may crash, hang or read out of bounds.
#include "sources/github/githubdecoder.h"

#include <cstdint>
#include <cstdlib>

namespace decode = ks::github::decode;

template<typename R> void check(const R &result)
{
    if (!result.ok() && result.error().isEmpty())
        std::abort(); // a failure always says why
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    check(decode::repo(json));
    check(decode::commits(json));
    check(decode::pullRequest(json));
    check(decode::pullRequests(json));
    check(decode::pullFiles(json));
    check(decode::reviews(json));
    check(decode::reviewComments(json));
    check(decode::profile(json));
    (void)decode::errorMessage(json);
    (void)decode::pullNumberFromUrl(QString::fromUtf8(json.left(200)));
    return 0;
}

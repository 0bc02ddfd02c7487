// SPDX-License-Identifier: MIT
// libFuzzer target for what a server's headers make the sync believe: the
// Link header (next and last pages) and the rate-limit headers. Nothing may
// crash or read out of bounds, every link kept is an absolute http(s) URL,
// and a "last" page number is never negative garbage that breaks progress.
#include "sources/github/githubresponse.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray header(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    ks::github::Response response;
    response.links = ks::github::parseLinkHeader(header, &error);
    for (const QUrl &url : std::as_const(response.links)) {
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            std::abort();
    }
    (void)response.lastPage();
    (void)response.next();
    // The same bytes as each rate-limit header.
    const QList<QByteArray> parts = header.split(',');
    const auto rate = ks::github::parseRateLimit(parts.value(0), parts.value(1), parts.value(2), parts.value(3), parts.value(4));
    if (rate.known() && rate.remaining < 0)
        std::abort();
    return 0;
}

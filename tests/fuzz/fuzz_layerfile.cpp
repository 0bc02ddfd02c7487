// SPDX-License-Identifier: MIT
// libFuzzer target for the layer-file importer (`kernelscout layers
// import`): any bytes either fail with a message, or decode into layers that
// pass validation and survive an encode/decode round trip unchanged in size.
#include "domain/layerfile.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto layers = ks::layerfile::decode(bytes, QStringLiteral("fuzz.json"));
    if (!layers) {
        if (layers.error().isEmpty())
            std::abort();
        return 0;
    }
    const auto again = ks::layerfile::decode(ks::layerfile::encode(layers.value()), QStringLiteral("again.json"));
    if (!again || again->size() != layers->size())
        std::abort();
    return 0;
}

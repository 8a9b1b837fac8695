#pragma once

#include <QByteArray>

namespace Spoolbridge::Standin {

// Compresses `data` into a gzip member (RFC 1952), the format QNetworkAccessManager and curl
// decode for `Content-Encoding: gzip`. Built from qCompress' zlib stream (its raw deflate data
// re-framed with a gzip header and a CRC-32/size trailer), so no extra library is needed.
QByteArray gzipCompress(const QByteArray &data, int level = 6);

// CRC-32 (IEEE 802.3), as gzip's trailer uses it.
quint32 crc32(const QByteArray &data);

// True when an Accept-Encoding header value allows gzip (q=0 excludes it).
bool acceptsGzip(const QByteArray &acceptEncoding);

} // namespace Spoolbridge::Standin

#include "core/standin/gzip.h"

#include <QList>

#include <array>

namespace Spoolbridge::Standin {

namespace {
std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table {};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1U) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

void appendLittleEndian(QByteArray &out, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((value >> (8 * i)) & 0xFFU));
}
} // namespace

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = makeCrcTable();
    quint32 c = 0xFFFFFFFFU;
    for (const char byte : data)
        c = table[(c ^ quint8(byte)) & 0xFFU] ^ (c >> 8);
    return c ^ 0xFFFFFFFFU;
}

QByteArray gzipCompress(const QByteArray &data, int level)
{
    // qCompress: 4-byte big-endian length, 2-byte zlib header, raw deflate, 4-byte Adler-32.
    const QByteArray zlib = qCompress(data, level);
    if (zlib.size() < 10)
        return {};
    const QByteArray deflate = zlib.mid(6, zlib.size() - 10);
    QByteArray out;
    out.reserve(deflate.size() + 18);
    static const char header[] = {'\x1f', '\x8b', '\x08', '\x00', '\x00', '\x00', '\x00', '\x00', '\x00', '\x03'};
    out.append(header, sizeof(header));
    out.append(deflate);
    appendLittleEndian(out, crc32(data));
    appendLittleEndian(out, quint32(data.size() & 0xFFFFFFFF));
    return out;
}

bool acceptsGzip(const QByteArray &acceptEncoding)
{
    const QList<QByteArray> items = acceptEncoding.split(',');
    for (const QByteArray &item : items) {
        const QList<QByteArray> parts = item.split(';');
        const QByteArray coding = parts.first().trimmed().toLower();
        if (coding != "gzip" && coding != "*")
            continue;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray param = parts.at(i).trimmed();
            if (param.startsWith("q=") && param.mid(2).toDouble() <= 0.0)
                return false;
        }
        return true;
    }
    return false;
}

} // namespace Spoolbridge::Standin

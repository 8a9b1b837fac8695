#include "core/sync/ftpsrequest.h"

#include <QFileInfo>

namespace Spoolbridge {

void FtpsRequest::applyModelQuirks(const QString &model)
{
    const QString m = model.trimmed().toUpper().remove(u' ');
    // A1 (N2S) and A1 mini (N1): the data channel must stay plain.
    plainDataChannel = m == QLatin1String("A1") || m == QLatin1String("A1MINI") || m == QLatin1String("N1")
        || m == QLatin1String("N2S");
    // P2S (N7): the handshake fails above TLS 1.2.
    maxTls12 = m == QLatin1String("P2S") || m == QLatin1String("N7");
}

QStringList FtpsRequest::candidatePaths() const
{
    QStringList paths;
    auto add = [&paths](const QString &path) {
        if (!paths.contains(path))
            paths << path;
    };
    const QString gcode = gcodeFile.trimmed();
    if (gcode.endsWith(QLatin1String(".3mf"), Qt::CaseInsensitive)) {
        const QString base = QFileInfo(gcode).fileName();
        if (gcode.startsWith(u'/'))
            add(gcode);
        add(QStringLiteral("/cache/") + base);
        add(u'/' + base);
    }
    QString name = jobName.trimmed();
    for (const char *suffix : {".gcode.3mf", ".3mf"}) {
        if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            name.chop(static_cast<int>(qstrlen(suffix)));
    }
    if (!name.isEmpty()) {
        add(QStringLiteral("/cache/%1.3mf").arg(name));
        add(QStringLiteral("/%1.3mf").arg(name));
        add(QStringLiteral("/cache/%1.gcode.3mf").arg(name));
        add(QStringLiteral("/%1.gcode.3mf").arg(name));
    }
    return paths;
}

} // namespace Spoolbridge

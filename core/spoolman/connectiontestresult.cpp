#include "core/spoolman/connectiontestresult.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Spoolbridge {

QJsonObject ConnectionTestResult::toJson() const
{
    QJsonObject object {{QStringLiteral("url"), url}, {QStringLiteral("reachable"), reachable},
        {QStringLiteral("usable"), usable}, {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("http_code"), httpCode}, {QStringLiteral("verdict"), verdict}};
    if (!error.isEmpty())
        object.insert(QLatin1String("error"), error);
    if (!version.isEmpty())
        object.insert(QLatin1String("version"), version);
    if (reachable && !version.isEmpty()) {
        object.insert(QLatin1String("version_known"), versionKnown);
        object.insert(QLatin1String("tag_filter"), tagFilter);
        object.insert(QLatin1String("fields_present"), QJsonArray::fromStringList(fieldsPresent));
        object.insert(QLatin1String("fields_missing"), QJsonArray::fromStringList(fieldsMissing));
        object.insert(QLatin1String("fields_conflicting"), QJsonArray::fromStringList(fieldsConflicting));
    }
    if (roundTripMs >= 0)
        object.insert(QLatin1String("round_trip_ms"), roundTripMs);
    return object;
}

QString ConnectionTestResult::toText() const
{
    const auto tr
        = [](const char *text) { return QCoreApplication::translate("Spoolbridge::ConnectionTestResult", text); };
    const QString yes = tr("yes");
    const QString no = tr("no");
    QString text;
    text += tr("Spoolman:      %1\n").arg(url);
    text += tr("Reachable:     %1\n").arg(reachable ? yes : no);
    if (!version.isEmpty())
        text += tr("Version:       %1%2\n").arg(version, versionKnown ? QString() : tr(" (not recognised)"));
    if (roundTripMs >= 0)
        text += tr("Round trip:    %1 ms\n").arg(roundTripMs);
    if (!version.isEmpty()) {
        text += tr("Tag lookup:    %1\n")
                    .arg(tagFilter ? tr("on the server (extra.tag filter)") : tr("by scanning all spools"));
        QStringList fields;
        for (const QString &field : fieldsPresent)
            fields.append(field + tr(" (registered)"));
        for (const QString &field : fieldsMissing)
            fields.append(field + tr(" (missing)"));
        for (const QString &field : fieldsConflicting)
            fields.append(field + tr(" (wrong type)"));
        if (!fields.isEmpty())
            text += tr("Extra fields:  %1\n").arg(fields.join(QStringLiteral(", ")));
    }
    text += tr("Usable:        %1\n").arg(usable ? yes : no);
    text += verdict + u'\n';
    return text;
}

} // namespace Spoolbridge

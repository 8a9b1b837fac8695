#include "core/spoolman/spoolmanconfig.h"

#include <QCoreApplication>

namespace Spoolbridge {

std::optional<SpoolmanConfig> SpoolmanConfig::fromUserUrl(const QString &text, QString *error)
{
    QString input = text.trimmed();
    if (input.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Spoolbridge::SpoolmanConfig",
                "No Spoolman URL is set — enter the address of your Spoolman, e.g. http://192.168.1.50:7912.");
        return std::nullopt;
    }
    if (!input.contains(QLatin1String("://")))
        input.prepend(QLatin1String("http://"));
    QUrl url(input, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        if (error)
            *error = QCoreApplication::translate("Spoolbridge::SpoolmanConfig",
                "\"%1\" is not a Spoolman address — use http://host:port or https://host/path.")
                         .arg(text.trimmed());
        return std::nullopt;
    }
    SpoolmanConfig config;
    config.user = url.userName();
    config.password = url.password();
    url.setUserInfo(QString());
    url.setScheme(scheme);
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(QLatin1String("/api/v1")))
        path.chop(7);
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    config.baseUrl = url;
    return config;
}

QString SpoolmanConfig::displayUrl() const
{
    return baseUrl.toString(QUrl::RemoveUserInfo);
}

} // namespace Spoolbridge

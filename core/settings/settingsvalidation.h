#pragma once

#include "core/settings/settingkeys.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Spoolbridge::SettingsValidation {

// Each function returns an empty string when the value is fine, else one readable sentence
// that says what to change.

// A Spoolman base URL: http or https with a host ("http://192.168.1.50:7912").
QString checkSpoolmanUrl(const QString &url);
// A location template: only known {placeholders}, balanced braces, not empty.
QString checkLocationTemplate(const QString &text);
// An HTTP header name (RFC 7230 token).
QString checkHeaderName(const QString &name);
// A file that must exist and be readable, when set.
QString checkReadableFile(const QString &path);
// Any value for a key: type, allowed values, ranges and the checks above.
QString checkValue(SettingKey key, const QVariant &value);

// The placeholders a location template may use.
QStringList locationPlaceholders();
// Fills a template: each {name} is replaced by values[name]; unknown ones stay as they are.
QString expandLocationTemplate(const QString &text, const QHash<QString, QString> &values);

} // namespace Spoolbridge::SettingsValidation

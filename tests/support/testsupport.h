#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Spoolbridge::Test {

// Absolute path of a fixture in tests/fixtures/bambu-reports.
QString fixturePath(const QString &name);
// Every fixture file name (json and jsonl), sorted.
QStringList fixtureNames();
// Raw bytes of a fixture; fails the current test when missing.
QByteArray readFixture(const QString &name);
// A fixture parsed as a JSON object; fails the current test when it is not one.
QJsonObject fixtureObject(const QString &name);
// The payloads of a JSONL stream ({"ts":…,"payload":…} per line, or bare payloads).
QList<QJsonObject> streamPayloads(const QString &name);

// A fresh, empty directory for one test (under SB_TEST_TMP or the system temp dir).
QString makeTempDir(const QString &prefix);

// Runs the event loop until `done` returns true or `timeoutMs` passes; returns done().
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 5000);

// A free TCP port on 127.0.0.1 (bound and released; good enough for tests).
quint16 freeTcpPort();

} // namespace Spoolbridge::Test

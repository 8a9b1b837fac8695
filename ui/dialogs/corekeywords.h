#pragma once

// spoolbridge_ui builds with QT_NO_KEYWORDS (AmsUnit::slots), but several core headers
// (SpoolmanClient, ConnectionTester, Settings, SecretStore) declare their signals with the
// `signals` keyword. Include this before such a header: it restores only `signals`, which
// clashes with nothing (`slots` stays off).
#include <QtCore/qglobal.h>
#include <QtCore/qobjectdefs.h>

#ifndef signals
#define signals Q_SIGNALS
#endif

#pragma once

// sb_printer compiles everything that links it with QT_NO_KEYWORDS (PrinterState has a member
// named `slots`), while the spoolman and mqtt headers declare their signals with the bare
// `signals:` keyword. The engine needs both, so this header (force-included into every
// translation unit that links sb_engine) maps `signals` to Q_SIGNALS. `slots` and `emit` stay
// undefined; engine code uses Q_SIGNALS/Q_SLOTS/Q_EMIT.
#include <QtCore/qobjectdefs.h>

#if defined(QT_NO_KEYWORDS) && !defined(signals)
#define signals Q_SIGNALS
#endif

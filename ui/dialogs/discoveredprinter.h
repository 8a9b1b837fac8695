#pragma once

#include <QList>
#include <QString>

namespace Spoolbridge::Ui {

// A printer that announced itself on the local network (SSDP), as the settings and the first-run
// wizard list it. The app feeds these in from the discovery module.
struct DiscoveredPrinter {
    QString name; // the printer's own name ("3DP-00M-123")
    QString host; // IP address
    QString serial;
    QString model; // "X1C", "P1S", …
};

} // namespace Spoolbridge::Ui

// Built only by the "core rejects Widgets headers" test, as a core library. It must NOT
// compile: the core's include path poisons every QtWidgets/QtGui header.
#include <QtWidgets/QWidget>

int spoolbridgeCoreWidgetsProbe()
{
    return 0;
}

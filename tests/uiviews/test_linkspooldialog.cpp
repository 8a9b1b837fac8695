#include "ui/dialogs/linkspooldialog.h"
#include "ui/dialogs/unlinkedspoolmodel.h"

#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Spoolbridge;
using namespace Spoolbridge::Ui;

namespace {

Spool spool(int id, const QString &material, const QString &color, const QString &vendor, double remaining,
    const QString &location = QString(), const QString &name = QString())
{
    Spool s;
    s.id = id;
    s.filament.id = id + 100;
    s.filament.material = material;
    s.filament.colorHex = color;
    s.filament.name = name.isEmpty() ? material + QStringLiteral(" Basic") : name;
    Vendor v;
    v.id = 1;
    v.name = vendor;
    s.filament.vendor = v;
    s.remainingWeight = remaining;
    if (!location.isEmpty())
        s.location = location;
    return s;
}

QList<Spool> sample()
{
    return {spool(3, QStringLiteral("PETG"), QStringLiteral("000000"), QStringLiteral("Polymaker"), 800),
        spool(
            5, QStringLiteral("PLA"), QStringLiteral("FF0000"), QStringLiteral("eSun"), 420, QStringLiteral("Shelf 1")),
        spool(7, QStringLiteral("PLA"), QStringLiteral("101010"), QStringLiteral("Bambu Lab"), 990),
        spool(9, QStringLiteral("PLA"), QStringLiteral("0A0A0AFF"), QStringLiteral("Sunlu"), 120,
            QStringLiteral("Dry box"))};
}

QList<int> visibleIds(const LinkSpoolDialog &dialog)
{
    QList<int> ids;
    for (int r = 0; r < dialog.proxy()->rowCount(); ++r)
        ids << dialog.proxy()->index(r, 0).data(UnlinkedSpoolModel::SpoolIdRole).toInt();
    return ids;
}

} // namespace

TEST_CASE("link dialog: spools matching the slot's material and colour come first and are marked")
{
    LinkSpoolDialog dialog;
    dialog.setSlotFilament(QStringLiteral("PLA"), QStringLiteral("000000FF"));
    dialog.setSpools(sample());
    const QList<int> ids = visibleIds(dialog);
    REQUIRE(ids.size() == 4);
    // Black PLA (7, 9) first, then other PLA (5), then the black PETG (3): material matters.
    CHECK(QSet<int> {ids.at(0), ids.at(1)} == QSet<int> {7, 9});
    CHECK(ids.at(2) == 5);
    CHECK(ids.at(3) == 3);
    CHECK(dialog.proxy()->index(0, 0).data().toString().contains(QStringLiteral("matches this slot")));
    CHECK_FALSE(dialog.proxy()->index(2, 0).data().toString().contains(QStringLiteral("matches this slot")));

    // Sorting by another column in either order keeps the matches on top.
    dialog.table()->sortByColumn(UnlinkedSpoolModel::RemainingColumn, Qt::DescendingOrder);
    CHECK(visibleIds(dialog).mid(0, 2) == QList<int> {7, 9});
    dialog.table()->sortByColumn(UnlinkedSpoolModel::RemainingColumn, Qt::AscendingOrder);
    CHECK(visibleIds(dialog).mid(0, 2) == QList<int> {9, 7});
}

TEST_CASE("link dialog: typing filters on every column, Link follows the selection")
{
    LinkSpoolDialog dialog;
    dialog.setSlotFilament(QStringLiteral("PLA"), QStringLiteral("000000"));
    dialog.setSpools(sample());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy chosen(&dialog, &LinkSpoolDialog::spoolChosen);

    CHECK_FALSE(dialog.linkButton()->isEnabled());
    dialog.filterEdit()->setFocus();
    QTest::keyClicks(dialog.filterEdit(), QStringLiteral("shelf"));
    CHECK(visibleIds(dialog) == QList<int> {5});
    CHECK_FALSE(dialog.linkButton()->isEnabled());
    // Two words must both match (vendor + material).
    dialog.filterEdit()->clear();
    QTest::keyClicks(dialog.filterEdit(), QStringLiteral("pla sunlu"));
    CHECK(visibleIds(dialog) == QList<int> {9});
    // Nothing matches: the list is replaced by a hint, Link stays off.
    QTest::keyClicks(dialog.filterEdit(), QStringLiteral("zzz"));
    CHECK(visibleIds(dialog).isEmpty());
    CHECK_FALSE(dialog.linkButton()->isEnabled());
    dialog.filterEdit()->clear();
    CHECK(visibleIds(dialog).size() == 4);

    // Down from the filter selects the best row; Link turns on.
    QTest::keyClick(dialog.filterEdit(), Qt::Key_Down);
    CHECK(dialog.table()->hasFocus());
    CHECK(dialog.linkButton()->isEnabled());
    const int first = dialog.selectedSpoolId();
    CHECK((first == 7 || first == 9));
    // Typing in the table continues in the filter.
    QTest::keyClicks(dialog.table(), QStringLiteral("petg"));
    CHECK(dialog.filterEdit()->text() == QStringLiteral("petg"));
    CHECK(visibleIds(dialog) == QList<int> {3});
    CHECK_FALSE(dialog.linkButton()->isEnabled()); // the selected row went away: choose again

    // Mouse: click the remaining row, then Link.
    const QRect rect = dialog.table()->visualRect(dialog.proxy()->index(0, 1));
    QTest::mouseClick(dialog.table()->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    REQUIRE(dialog.linkButton()->isEnabled());
    QTest::mouseClick(dialog.linkButton(), Qt::LeftButton);
    REQUIRE(chosen.count() == 1);
    CHECK(chosen.at(0).at(0).toInt() == 3);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.selectedSpoolId() == 3);
}

TEST_CASE("link dialog: Enter links the selected row")
{
    LinkSpoolDialog dialog;
    dialog.setSpools(sample());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy chosen(&dialog, &LinkSpoolDialog::spoolChosen);
    dialog.filterEdit()->setFocus();
    QTest::keyClicks(dialog.filterEdit(), QStringLiteral("esun"));
    QTest::keyClick(dialog.filterEdit(), Qt::Key_Down);
    QTest::keyClick(dialog.table(), Qt::Key_Return);
    REQUIRE(chosen.count() == 1);
    CHECK(chosen.at(0).at(0).toInt() == 5);
}

TEST_CASE("link dialog: empty state without unlinked spools, loading and errors replace the list")
{
    LinkSpoolDialog dialog;
    dialog.setLoading(true);
    CHECK_FALSE(dialog.isShowingEmptyState());
    CHECK_FALSE(dialog.filterEdit()->isEnabled());
    dialog.setSpools({});
    CHECK(dialog.isShowingEmptyState());
    CHECK_FALSE(dialog.linkButton()->isEnabled());
    dialog.setError(QStringLiteral("Spoolman did not answer."));
    CHECK_FALSE(dialog.isShowingEmptyState());
    CHECK(dialog.selectedSpoolId() == 0);
}

TEST_CASE("link dialog: colour similarity")
{
    CHECK(UnlinkedSpoolModel::similarColors(QStringLiteral("000000"), QStringLiteral("#101010")));
    CHECK(UnlinkedSpoolModel::similarColors(QStringLiteral("FFFFFFFF"), QStringLiteral("F5F5F5")));
    CHECK_FALSE(UnlinkedSpoolModel::similarColors(QStringLiteral("FF0000"), QStringLiteral("0000FF")));
    CHECK_FALSE(UnlinkedSpoolModel::similarColors(QStringLiteral("000000"), QStringLiteral("not a colour")));
    CHECK(UnlinkedSpoolModel::normalizedHex(QStringLiteral("1e88e5ff")) == QStringLiteral("#1E88E5"));
    CHECK(UnlinkedSpoolModel::normalizedHex(QStringLiteral("12345")).isEmpty());
}

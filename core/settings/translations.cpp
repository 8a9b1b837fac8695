#include "core/settings/translations.h"

#include "core/util/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace Spoolbridge {

namespace {

const QString ResourceDir = QStringLiteral(":/i18n");
const QString Prefix = QStringLiteral("spoolbridge_");

QPointer<QTranslator> s_app;
QPointer<QTranslator> s_qt;

void drop(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator.data();
}

} // namespace

QStringList Translations::available()
{
    QStringList languages;
    const QStringList files = QDir(ResourceDir).entryList({Prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString language = file.mid(Prefix.size()).chopped(3);
        if (language != QLatin1String("en")) // the source language needs no translation
            languages.append(language);
    }
    return languages;
}

QString Translations::install(const QString &language)
{
    drop(s_app);
    drop(s_qt);
    auto *app = QCoreApplication::instance();
    if (!app)
        return {};
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return {};

    auto *translator = new QTranslator(app);
    if (!translator->load(locale, QStringLiteral("spoolbridge"), QStringLiteral("_"), ResourceDir)) {
        qCInfo(lcApp).noquote() << "no Spoolbridge translation for" << locale.name() << "- using English";
        delete translator;
        return {};
    }
    QCoreApplication::installTranslator(translator);
    s_app = translator;

    // Qt's own strings (standard buttons, dialogs), when the system has them installed.
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        s_qt = qtTranslator;
    } else {
        delete qtTranslator;
    }
    QString loaded = QFileInfo(translator->filePath()).completeBaseName().mid(Prefix.size());
    qCInfo(lcApp).noquote() << "user interface language:" << loaded;
    return loaded;
}

QString Translations::displayName(const QString &language)
{
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (language.contains(u'_') && locale.territory() != QLocale::AnyTerritory)
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    return name.isEmpty() ? language : name;
}

} // namespace Spoolbridge

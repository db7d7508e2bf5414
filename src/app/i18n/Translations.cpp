// SPDX-License-Identifier: MIT
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTranslations, "agencytokens.translations")

namespace AgencyTokens::Translations {

namespace {

bool load(QCoreApplication &app, const QLocale &locale, const QString &name, const QString &directory)
{
    // Owned by the application, which keeps it installed for its whole life.
    auto *translator = new QTranslator(&app);
    if (!translator->load(locale, name, u"_"_s, directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    qCDebug(lcTranslations) << "loaded" << translator->filePath();
    return true;
}

} // namespace

bool install(QCoreApplication &app, const QLocale &locale)
{
    // Qt's own strings first (context menus of text fields, dialog buttons):
    // installed later, the app's translation is searched first.
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    load(app, locale, u"qtbase"_s, qtDirectory);
    load(app, locale, u"qtdeclarative"_s, qtDirectory);
    return load(app, locale, u"agency-tokens"_s, u":/i18n"_s);
}

} // namespace AgencyTokens::Translations

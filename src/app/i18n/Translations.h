// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>

class QCoreApplication;

namespace AgencyTokens::Translations {

/// Installs the app's own translation for `locale` (from the resource,
/// :/i18n/agency-tokens_<lang>.qm) and Qt's qtbase/qtdeclarative ones from
/// QLibraryInfo::TranslationsPath when they are installed. English needs none.
/// Returns true when the app's translation was found.
bool install(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace AgencyTokens::Translations

// SPDX-License-Identifier: MIT
#include "ClipboardTimeout.h"

#include "ClipboardLogging.h"

#include <QSettings>
#include <QVariantMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AgencyTokens {

bool ClipboardTimeout::isChoice(int seconds)
{
    return std::find(Choices.begin(), Choices.end(), seconds) != Choices.end();
}

QString ClipboardTimeout::label(int seconds)
{
    if (seconds == Never)
        return tr("Never");
    if (seconds == 60)
        return tr("1 minute");
    if (seconds % 60 == 0)
        return tr("%1 minutes").arg(seconds / 60);
    return tr("%1 seconds").arg(seconds);
}

QVariantList ClipboardTimeout::choicesForUi()
{
    QVariantList choices;
    for (const int seconds : Choices)
        choices.append(QVariantMap{{u"seconds"_s, seconds}, {u"label"_s, label(seconds)}});
    return choices;
}

int ClipboardTimeout::load()
{
    bool ok = false;
    const int stored = QSettings().value(SettingsKey, Default).toInt(&ok);
    return ok && isChoice(stored) ? stored : Default;
}

bool ClipboardTimeout::save(int seconds)
{
    QSettings settings;
    settings.setValue(SettingsKey, seconds);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        qCWarning(lcClipboard) << "Could not save the clipboard timeout to" << settings.fileName();
        return false;
    }
    return true;
}

} // namespace AgencyTokens

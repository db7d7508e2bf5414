// SPDX-License-Identifier: MIT
// Android: SecureClipboard's system hooks. The clip is written here through
// JNI because QClipboard cannot set ClipDescription extras, and the sensitive
// flag is one. Compiled in Android builds only.
#include "clipboard/ClipboardLogging.h"
#include "clipboard/SystemClipboard.h"

#include <QtGlobal>

#ifdef Q_OS_ANDROID

#include <QJniObject>
#include <QRandomGenerator>
#include <QtCore/qcoreapplication_platform.h>

using namespace Qt::StringLiterals;

namespace AgencyTokens {

namespace {

// ClipDescription.EXTRA_IS_SENSITIVE. Spelled out: the constant exists from
// API 33 on, and Android's docs give the literal for older targets. Android
// 13+ then shows bullets in its clipboard preview; keyboards hide suggestions.
constexpr auto SensitiveKey = "android.content.extra.IS_SENSITIVE"_L1;
// Our own extra, a random tag of the last write: "is it still ours" is then
// answered from the description alone. Reading the clip itself would make
// Android 12+ show "Agency Tokens pasted from your clipboard" whenever the
// clipboard holds another app's data.
constexpr auto MarkerKey = "org.agencytokens.clipboard.marker"_L1;
// ClipDescription.setExtras()/getExtras() need API 24.
constexpr int ExtrasApiLevel = 24;

qint64 s_marker = 0; // 0: the last write was not done here

QJniObject clipboardManager()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    const QJniObject context(QNativeInterface::QAndroidApplication::context().object<jobject>());
#else
    const QJniObject context(static_cast<jobject>(QNativeInterface::QAndroidApplication::context()));
#endif
    if (!context.isValid())
        return {};
    const QJniObject name = QJniObject::fromString(u"clipboard"_s); // Context.CLIPBOARD_SERVICE
    return context.callObjectMethod("getSystemService", "(Ljava/lang/String;)Ljava/lang/Object;",
                                    name.object<jstring>());
}

} // namespace

void SystemClipboard::prepare()
{
}

bool SystemClipboard::writeSecret(const QString &label, const QString &text, int expireAfterSeconds)
{
    // Android has no expiring clips: SecureClipboard's timer clears it while our
    // process lives, not when the app goes to the background (ClipboardPolicy).
    Q_UNUSED(expireAfterSeconds)
    s_marker = 0;
    const QJniObject manager = clipboardManager();
    if (!manager.isValid()) {
        qCWarning(lcClipboard) << "No Android ClipboardManager; copying without the sensitive flag";
        return false;
    }
    const QJniObject jLabel = QJniObject::fromString(label);
    const QJniObject jText = QJniObject::fromString(text);
    const QJniObject clip = QJniObject::callStaticObjectMethod(
        "android/content/ClipData", "newPlainText",
        "(Ljava/lang/CharSequence;Ljava/lang/CharSequence;)Landroid/content/ClipData;",
        jLabel.object<jstring>(), jText.object<jstring>());
    if (!clip.isValid())
        return false;

    qint64 marker = 0;
    if (QNativeInterface::QAndroidApplication::sdkVersion() >= ExtrasApiLevel) {
        marker = qint64(QRandomGenerator::system()->generate64() | 1); // never 0
        QJniObject extras("android/os/PersistableBundle");
        const QJniObject sensitiveKey = QJniObject::fromString(SensitiveKey);
        const QJniObject markerKey = QJniObject::fromString(MarkerKey);
        extras.callMethod<void>("putBoolean", "(Ljava/lang/String;Z)V", sensitiveKey.object<jstring>(),
                                jboolean(JNI_TRUE));
        extras.callMethod<void>("putLong", "(Ljava/lang/String;J)V", markerKey.object<jstring>(), jlong(marker));
        const QJniObject description = clip.callObjectMethod("getDescription", "()Landroid/content/ClipDescription;");
        description.callMethod<void>("setExtras", "(Landroid/os/PersistableBundle;)V", extras.object());
    }
    manager.callMethod<void>("setPrimaryClip", "(Landroid/content/ClipData;)V", clip.object());
    s_marker = marker;
    return true;
}

SystemClipboard::Ownership SystemClipboard::ownership()
{
    if (s_marker == 0)
        return Ownership::CompareText; // below API 24 (no toast there) or written through QClipboard
    const QJniObject manager = clipboardManager();
    if (!manager.isValid())
        return Ownership::Unreadable;
    const QJniObject description =
        manager.callObjectMethod("getPrimaryClipDescription", "()Landroid/content/ClipDescription;");
    if (!description.isValid()) {
        // Null both for an empty clipboard and when Android 10+ denies reads to
        // an app without focus (already so while it goes to the background);
        // hasPrimaryClip() is denied alike, so the two cannot be told apart.
        return Ownership::Unreadable;
    }
    const QJniObject extras = description.callObjectMethod("getExtras", "()Landroid/os/PersistableBundle;");
    if (!extras.isValid())
        return Ownership::Foreign;
    const QJniObject markerKey = QJniObject::fromString(MarkerKey);
    const jlong marker =
        extras.callMethod<jlong>("getLong", "(Ljava/lang/String;J)J", markerKey.object<jstring>(), jlong(0));
    return marker == s_marker ? Ownership::Ours : Ownership::Foreign;
}

} // namespace AgencyTokens

#endif // Q_OS_ANDROID

// SPDX-License-Identifier: MIT
// A Secret's characters are overwritten before its memory goes back to the
// allocator: on destruction, on reassignment (copy and move) and on wipe(),
// but only where it was the sole owner of the buffer; and so are those of
// the clipboard data SecretMimeData makes, when the clipboard deletes it.
//
// free() is interposed in this executable (Qt's QArrayData::deallocate calls
// it): when the buffer under watch is released, the hook copies what it
// still holds, so the test reads it without touching freed memory.
#include "SecretMimeData.h"
#include "credentials/AuthToken.h"
#include "credentials/Secret.h"

#include <QMimeData>
#include <QTest>

#include <malloc.h>

#include <cstring>

using namespace AgencyTokens;
using namespace Qt::StringLiterals;

#if defined(__SANITIZE_ADDRESS__)
#define AT_NO_FREE_HOOK 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define AT_NO_FREE_HOOK 1
#endif
#endif

namespace {
struct Watch
{
    const char *data = nullptr;
    std::size_t bytes = 0;
    bool released = false;
    bool allZero = false;
};
Watch g_watch;

void watch(const QString &text)
{
    g_watch = Watch{reinterpret_cast<const char *>(text.constData()),
                    std::size_t(text.capacity()) * sizeof(QChar), false, false};
}

QString freshValue(const char *text)
{
    // A heap buffer of its own (never the literal's static data), with room
    // beyond its size, as strings built by appending have.
    QString value;
    value.reserve(64);
    value += QString::fromLatin1(text);
    return value;
}
} // namespace

#ifndef AT_NO_FREE_HOOK
extern "C" void __libc_free(void *);
extern "C" void free(void *block)
{
    if (block && g_watch.data && !g_watch.released) {
        const auto *start = static_cast<const char *>(block);
        const std::size_t size = malloc_usable_size(block);
        if (g_watch.data >= start && g_watch.data + g_watch.bytes <= start + size) {
            g_watch.released = true;
            g_watch.allZero = true;
            for (std::size_t i = 0; i < g_watch.bytes; ++i)
                g_watch.allZero = g_watch.allZero && g_watch.data[i] == 0;
        }
    }
    __libc_free(block);
}
#endif

class TestSecretWipe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
#ifdef AT_NO_FREE_HOOK
        QSKIP("free() cannot be interposed under AddressSanitizer");
#endif
        g_watch = {};
    }

    void overwriteZeroesTheWholeCapacity()
    {
        QString text = freshValue("abcdefghijklmnop");
        text.chop(8); // the chopped characters stay in the buffer
        const QChar *buffer = text.constData();
        QVERIFY(Secret::overwrite(text));
        QCOMPARE(text.constData(), buffer); // in place, no reallocation
        for (qsizetype i = 0; i < text.capacity(); ++i)
            QCOMPARE(buffer[i], QChar(u'\0'));
    }

    void overwriteLeavesASharedBufferAlone()
    {
        const QString kept = freshValue("shared-value");
        QString copy = kept;
        QVERIFY(!Secret::overwrite(copy));
        QCOMPARE(kept, u"shared-value"_s);
        QCOMPARE(copy, u"shared-value"_s);
        QString literal = u"static-data"_s; // not ours to write: read-only static data
        QVERIFY(!Secret::overwrite(literal));
        QCOMPARE(literal, u"static-data"_s);
    }

    void destructionWipes()
    {
        {
            const Secret secret = Secret::fromClearValue(freshValue("destroyed-secret-0123456789"));
            watch(secret.revealClearValue());
        }
        QVERIFY(g_watch.released);
        QVERIFY(g_watch.allZero);
    }

    void copyAssignmentWipesTheOldValue()
    {
        Secret secret = Secret::fromClearValue(freshValue("old-value-0123456789"));
        watch(secret.revealClearValue());
        secret = Secret::fromClearValue(freshValue("new-value-0123456789"));
        QVERIFY(g_watch.released);
        QVERIFY(g_watch.allZero);
        QCOMPARE(secret.revealClearValue(), u"new-value-0123456789"_s);
    }

    void moveAssignmentWipesTheOldValue()
    {
        Secret secret = Secret::fromClearValue(freshValue("old-value-0123456789"));
        Secret other = Secret::fromClearValue(freshValue("moved-value-0123456789"));
        watch(secret.revealClearValue());
        secret = std::move(other);
        QVERIFY(g_watch.released);
        QVERIFY(g_watch.allZero);
        QCOMPARE(secret.revealClearValue(), u"moved-value-0123456789"_s);
    }

    void sharedCopyOutlivesTheFirstOwner()
    {
        // Two Secrets share one buffer (implicit sharing): the first one to go
        // must not blank the value the other still holds; the last one wipes it.
        auto first = std::make_unique<Secret>(Secret::fromClearValue(freshValue("shared-secret-0123456789")));
        Secret second = *first;
        watch(second.revealClearValue());
        first.reset();
        QVERIFY(!g_watch.released);
        QCOMPARE(second.revealClearValue(), u"shared-secret-0123456789"_s);
        second.wipe();
        QVERIFY(g_watch.released);
        QVERIFY(g_watch.allZero);
        QVERIFY(second.isEmpty());
    }

    void authTokenWipesItsSecret()
    {
        const QString text = freshValue("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345");
        {
            std::optional<AuthToken> token = AuthToken::parse(text);
            QVERIFY(token);
            // The caller's copy still shares it: nothing may be wiped yet.
            watch(token->revealClearValue());
        }
        QVERIFY(!g_watch.released);
        QCOMPARE(text, u"ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"_s);
        {
            std::optional<AuthToken> token = AuthToken::parse(freshValue("abcdefghijklmnopqrstuvwxyz012345"));
            QVERIFY(token);
            watch(token->revealClearValue()); // the token is the sole owner now
        }
        QVERIFY(g_watch.released);
        QVERIFY(g_watch.allZero);
    }

    // The clipboard deletes its data once cleared (or replaced): the copied
    // text goes back to the allocator as zeros.
    void clipboardDataWipesItsTextWhenDeleted()
    {
        QString text = freshValue("copied-secret-0123456789");
        QMimeData *mime = SecretMimeData::create(text);
        watch(text);
        text = QString(); // the clipboard data is the text's only owner now
        QVERIFY(!g_watch.released);
        delete mime;
        QVERIFY(g_watch.released);
        QVERIFY(g_watch.allZero);

        // The check can fail: plain QMimeData frees the characters as they are.
        QString plain = freshValue("copied-secret-0123456789");
        auto *control = new QMimeData;
        control->setText(plain);
        watch(plain);
        plain = QString();
        delete control;
        QVERIFY(g_watch.released);
        QVERIFY(!g_watch.allZero);
    }

    void clipboardDataLeavesASharedTextToItsOwner()
    {
        const Secret secret = Secret::fromClearValue(freshValue("still-shown-0123456789"));
        delete SecretMimeData::create(secret.revealClearValue());
        QCOMPARE(secret.revealClearValue(), u"still-shown-0123456789"_s);
    }
};

QTEST_GUILESS_MAIN(TestSecretWipe)
#include "tst_secretwipe.moc"

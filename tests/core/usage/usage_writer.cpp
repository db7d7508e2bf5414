// SPDX-License-Identifier: MIT
// A second process for tst_usagestore: `usage_writer FILE add ACCOUNT TOKEN NAME`
// adds one integration; `usage_writer FILE churn ACCOUNT TOKEN` rewrites the
// store (a large note each time) until it is killed.
#include "usage/UsageStore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace AgencyTokens;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5)
        return 2;
    UsageStore store(args.at(1));
    const QString account = args.at(3);
    const QString token = args.at(4);
    if (args.at(2) == u"add"_s && args.size() == 6) {
        const UsageStore::Result result = store.update(account, token, [&](TokenUsage &usage) {
            Integration added;
            added.id = args.at(5);
            added.name = args.at(5);
            usage.integrations.append(added);
        });
        if (!result.ok)
            std::fprintf(stderr, "%s\n", qPrintable(result.message));
        return result.ok ? 0 : 1;
    }
    if (args.at(2) == u"churn"_s) {
        std::fputs("churning\n", stdout);
        std::fflush(stdout);
        for (int round = 0;; ++round) {
            store.update(account, token, [&](TokenUsage &usage) {
                Integration each;
                each.id = QString::number(round);
                each.name = u"Churn %1"_s.arg(round);
                each.note = QString(400, QChar(u'a' + round % 26));
                usage.integrations.append(each);
                if (usage.integrations.size() > 200)
                    usage.integrations.removeFirst();
            });
        }
    }
    return 2;
}

// SPDX-License-Identifier: MIT
#include "PageTree.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace AgencyTokens {

namespace {
// {page, parent}: parents first.
constexpr std::array<std::pair<QStringView, QStringView>, 9> Tree{{
    {u"home", u""},
    {u"settings", u""},
    {u"checkall", u"home"},
    {u"activity", u"home"},
    {u"rest", u"settings"},
    {u"tips", u"settings"},
    {u"details", u"rest"},
    {u"scoped", u"rest"},
    {u"create", u"rest"},
}};
} // namespace

QStringList PageTree::pages()
{
    QStringList out;
    for (const auto &[page, parent] : Tree)
        out.append(page.toString());
    return out;
}

QString PageTree::parentOf(const QString &page)
{
    for (const auto &[name, parent] : Tree) {
        if (name == page)
            return parent.toString();
    }
    return {};
}

QStringList PageTree::pathTo(const QString &page)
{
    if (!pages().contains(page))
        return {};
    QStringList path;
    for (QString at = page; !at.isEmpty(); at = parentOf(at))
        path.prepend(at);
    return path;
}

bool PageTree::isWithin(const QString &page, const QString &entry)
{
    return !entry.isEmpty() && pathTo(page).contains(entry);
}

QString PageTree::nearestOf(const QString &page, const QStringList &entries)
{
    const QStringList path = pathTo(page);
    for (auto at = path.crbegin(); at != path.crend(); ++at) {
        if (entries.contains(*at))
            return *at;
    }
    return {};
}

} // namespace AgencyTokens

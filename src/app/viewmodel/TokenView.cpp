// SPDX-License-Identifier: MIT
#include "TokenView.h"

#include "service/TokenService.h"

#include <QLocale>

namespace AgencyTokens {

namespace {
QString dateText(const QDateTime &date)
{
    return QLocale().toString(date.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

TokenView::TokenView(TokenService *service, TokenKind kind, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_kind(kind)
{
    connect(service, &TokenService::changed, this, &TokenView::changed);
}

QString TokenView::title() const
{
    return tokenKindDisplayName(m_kind);
}

bool TokenView::present() const
{
    return m_service->tokenInfo(m_kind).has_value();
}

QString TokenView::accountSid() const
{
    const auto info = m_service->tokenInfo(m_kind);
    return info ? info->accountSid.toString() : QString();
}

int TokenView::apiVersion() const
{
    const auto info = m_service->tokenInfo(m_kind);
    return info ? info->apiVersion : 0;
}

QString TokenView::createdText() const
{
    const auto info = m_service->tokenInfo(m_kind);
    return info && info->createdAt.isValid() ? dateText(info->createdAt) : tr("—");
}

QString TokenView::lastResetText() const
{
    const auto info = m_service->tokenInfo(m_kind);
    if (!info)
        return tr("—");
    return info->lastResetAt.isValid() ? dateText(info->lastResetAt) : tr("Never");
}

bool TokenView::hasSecret() const
{
    return m_service->credential(m_kind).has_value();
}

QString TokenView::maskedToken() const
{
    const auto credential = m_service->credential(m_kind);
    return credential ? credential->authToken.masked() : QString();
}

bool TokenView::unsaved() const
{
    return m_service->isUnsaved(m_kind);
}

QVariantList TokenView::upgradeVersions() const
{
    QVariantList versions;
    const int current = apiVersion();
    for (int v : m_service->snapshot().state.apiVersions) {
        if (v >= current)
            versions.append(v);
    }
    return versions;
}

} // namespace AgencyTokens

// SPDX-License-Identifier: MIT
#pragma once

#include "HttpResponse.h"

#include <QHash>
#include <QString>

namespace AgencyTokens::Testing::PlatformAnswer {

/// The Message of the platform's JSON error envelope
/// {"Status":"ERROR","Message":…,"Errors":[…]}, or a note of what is wrong
/// with \a response (starting "<not the envelope").
[[nodiscard]] QString envelopeMessage(const HttpResponse &response);
/// The text of each element directly under the root of an XML answer (empty
/// for an element without text), the root's name in \a root, and the
/// parser's error under "<error>" if any.
[[nodiscard]] QHash<QString, QString> xmlFields(const QByteArray &xml, QString *root);

} // namespace AgencyTokens::Testing::PlatformAnswer

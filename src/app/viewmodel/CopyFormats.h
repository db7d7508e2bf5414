// SPDX-License-Identifier: MIT
#pragma once

#include "credentials/Credential.h"

#include <QUrl>

namespace AgencyTokens::CopyFormats {

/// A curl command for the platform's CompanyInformation check, at the address
/// the app itself calls. It starts with a space, so shells that ignore such
/// lines (bash with HISTCONTROL=ignorespace, zsh with HIST_IGNORE_SPACE) keep
/// it out of history, and asks for JSON, which the platform sends only when
/// asked. Every argument is single-quoted. The credentials reach curl as a
/// config on its standard input, written by the shell's builtin printf, so
/// that they are in no process's command line.
[[nodiscard]] QString curlCommand(const QUrl &apiBase, const Credential &credential);
/// `export` lines, so that programs started from that shell see the values
/// (single-quoted).
[[nodiscard]] QString environment(const Credential &credential);

} // namespace AgencyTokens::CopyFormats

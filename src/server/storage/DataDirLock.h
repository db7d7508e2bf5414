// SPDX-License-Identifier: MIT
#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace AgencyTokens::Server {

/// One server per data folder: two servers on one SQLite file would hand out
/// sessions and tokens the other does not see, and race on resets.
class DataDirLock
{
public:
    static constexpr auto FileName = "agency-tokens-server.lock";

    /// Takes the lock in \a dataDir (which must exist). On failure \a error
    /// names the folder and, when known, the process holding it.
    [[nodiscard]] bool acquire(const QString &dataDir, QString *error);

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace AgencyTokens::Server

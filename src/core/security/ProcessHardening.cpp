// SPDX-License-Identifier: MIT
#include "ProcessHardening.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX) || defined(Q_OS_ANDROID)
#include <sys/prctl.h>
#endif
#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_MACOS)
#include <sys/ptrace.h>
#include <sys/types.h>
#endif
#if defined(Q_OS_WIN)
#include <windows.h>
#include <werapi.h>
#endif

namespace AgencyTokens {

namespace {

#if defined(Q_OS_UNIX)
void disableCoreFiles()
{
    // Both limits: a soft limit alone could be raised again by the process.
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
}
#endif

} // namespace

void hardenProcess()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_ANDROID)
    // Not dumpable: no core file whatever the core pattern says (even a piped
    // one gets nothing), /proc/<pid>/mem and ptrace closed to same-user peers.
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
#if defined(Q_OS_UNIX)
    disableCoreFiles();
#endif
#if defined(Q_OS_MACOS) && defined(QT_NO_DEBUG)
    // Release builds only: a developer must still be able to debug a Debug build.
    ptrace(PT_DENY_ATTACH, 0, nullptr, 0);
#endif
#if defined(Q_OS_WIN)
    // No "stopped working" dialog and no Windows Error Reporting dump, which
    // would hold the process memory (and its secrets) in a file on disk.
    SetErrorMode(SetErrorMode(0) | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
    wchar_t path[MAX_PATH];
    const DWORD length = GetModuleFileNameW(nullptr, path, MAX_PATH);
    if (length > 0 && length < MAX_PATH) {
        const wchar_t *name = path;
        for (const wchar_t *p = path; *p; ++p) {
            if (*p == L'\\' || *p == L'/')
                name = p + 1;
        }
        WerAddExcludedApplication(name, FALSE);
    }
#endif
}

} // namespace AgencyTokens

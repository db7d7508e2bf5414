# Shared by scripts/run and scripts/test: package check, configure, build.
# Sourced, not run.

AT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
AT_BUILD=${AT_BUILD:-$AT_ROOT/build/dev}
AT_JOBS=${AT_JOBS:-$(nproc 2>/dev/null || echo 2)}

at_say() { printf '%s\n' "$*" >&2; }

# Installs the Debian packages of scripts/packages.txt that are missing.
# As root it runs apt-get; otherwise it prints the exact command and stops.
at_install_packages() {
    local wanted missing=()
    wanted=$(grep -v '^\s*#' "$AT_ROOT/scripts/packages.txt" | grep -v '^\s*$')
    for p in $wanted; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        at_say "These Debian packages are missing: ${missing[*]}"
        at_say "Install them, then run this again:"
        at_say "    sudo apt-get install -y --no-install-recommends ${missing[*]}"
        exit 1
    fi
    at_say "Installing ${#missing[@]} Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q || { at_say "apt-get update failed"; exit 1; }
    apt-get install -y -q --no-install-recommends "${missing[@]}" || { at_say "apt-get install failed"; exit 1; }
}

at_configure_and_build() {
    if [ ! -f "$AT_BUILD/CMakeCache.txt" ]; then
        cmake -S "$AT_ROOT" -B "$AT_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug "$@" || exit 1
    fi
    cmake --build "$AT_BUILD" --parallel "$AT_JOBS" || exit 1
}

#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The driver of scripts/bench: interleaved start-up runs of the baseline and the
app, then the counts per flow, written as docs/performance.md.

Runs inside scripts/lib/keyring-session.sh (private D-Bus, unlocked gnome-keyring,
throwaway HOME), offscreen with the software renderer. Measures from outside:
  - process start: the monotonic clock just before the process is started;
  - first frame / tokens shown: lines BenchTrace writes (AGENCYTOKENS_BENCH_TRACE),
    stamped with the same monotonic clock;
  - peak RSS: VmHWM of /proc/<pid>/status 2 s after the tokens are shown;
  - CPU: utime+stime of /proc/<pid>/stat over 10 s of idle.
No pip packages: the standard library only.
"""

import argparse
import os
import platform
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIZES = {"desktop": "1280x800", "phone": "390x844"}
# The pages whose cost the memory breakdown measures (PageTree's names).
MEMORY_PAGES = ["rest", "details", "details#integrations", "scoped", "settings", "activity", "checkall"]
# The memory breakdown's rows that the report compares the others with.
MEMORY_HOME = "app at Home (tokens shown)"
MEMORY_NO_ACCOUNT = "app, no account (the sign-in page)"
CLK_TCK = os.sysconf("SC_CLK_TCK")


def log(*args):
    print("bench:", *args, file=sys.stderr, flush=True)


class Server:
    def __init__(self, binary, data):
        self.proc = subprocess.Popen(
            [binary, "--demo", "--host", "127.0.0.1", "--port", "0", "--data", data,
             "--hash-iterations", "1000"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        for line in self.proc.stdout:
            m = re.match(r"listening on (http://\S+)", line)
            if m:
                self.url = m.group(1)
                break
        else:
            raise SystemExit("bench: the server did not start")
        # Keep reading its log (one access line per request) so its pipe never fills.
        import threading
        self.lines = []
        threading.Thread(target=lambda: self.lines.extend(self.proc.stdout), daemon=True).start()

    def stop(self):
        self.proc.terminate()
        self.proc.wait(10)


def read_trace(path, since_main=None):
    """{event: monotonic ms}; with `since_main` (a dict), also fills it with {event: ms since main()}."""
    events = {}
    try:
        for line in Path(path).read_text().splitlines():
            name, mono, from_main = line.split()
            events.setdefault(name, float(mono))
            if since_main is not None:
                since_main.setdefault(name, float(from_main))
    except (FileNotFoundError, ValueError):
        pass
    return events


def proc_status(pid, field):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])  # kB
    return None


def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime (fields 14 and 15)


# What the resident pages of a process are, grouped by what they belong to
# (/proc/<pid>/smaps: each mapping's Rss under the file it maps).
PARTS = [
    ("QtKeychain, libsecret, libgcrypt", ("libqt6keychain", "libsecret", "libgcrypt", "libgpg-error")),
    ("Qt D-Bus, libdbus", ("libQt6DBus", "libdbus-1")),
    ("Qt Network (and TLS, if loaded)", ("libQt6Network", "libssl", "libcrypto", "libgssapi", "libkrb5",
                                         "libk5crypto", "libcom_err", "libkeyutils", "libbrotli", "libproxy")),
    ("GLib, GIO, GObject", ("libglib-2", "libgio-2", "libgobject-2", "libgmodule-2", "libffi", "libpcre2",
                            "libmount", "libblkid", "libselinux")),
    ("Qt Quick Controls, Material, Layouts (libraries and QML plugins)",
     ("libQt6QuickControls2", "libQt6QuickTemplates2", "libQt6QuickLayouts", "libQt6QuickDialogs2",
      "libqtquick", "libqquick", "libqmlplugin", "libqtquickcontrols", "libqtquicktemplates", "libqtquickdialogs",
      "libqtqmlworkerscript", "libqtquicklayouts", "libQt6QmlWorkerScript", "libQt6QmlModels")),
    ("Qt Core, Gui, Qml, Quick", ("libQt6Core", "libQt6Gui", "libQt6Qml", "libQt6Quick", "libQt6OpenGL")),
    ("fonts", (".ttf", ".otf", ".pfb", ".pcf", "fontconfig")),
]
PROGRAM_PART = "the program: its code, the compiled QML, the translations"
HEAP_PART = "heap and anonymous memory: objects, QML items, the JS heap, thread stacks"
OTHER_PART = "other libraries and files (libc, libstdc++, ICU, locales, …)"


def part_of(path, program):
    if not path or path.startswith("[heap]") or path.startswith("[anon") or path.startswith("[stack"):
        return HEAP_PART
    name = os.path.basename(path)
    if path == program or name.endswith(".qm"):
        return PROGRAM_PART
    for part, prefixes in PARTS:
        if any(name.startswith(p) or name.endswith(p) or p in path for p in prefixes):
            return part
    return OTHER_PART


def smaps_parts(pid, program):
    """kB resident per part, now."""
    parts = {}
    current = OTHER_PART
    with open(f"/proc/{pid}/smaps") as f:
        for line in f:
            head = line.split(maxsplit=5)
            if len(head) >= 5 and "-" in head[0] and not head[0].endswith(":"):
                current = part_of(head[5].strip() if len(head) > 5 else "", program)
            elif line.startswith("Rss:"):
                parts[current] = parts.get(current, 0) + int(line.split()[1])
    return parts


def launch(cmd, size, env_extra=None, want="tokens-shown", rss_after=2.0, idle=0.0, timeout=30.0, parts=False):
    """Starts cmd, waits for `want` in its trace; returns the measurements."""
    with tempfile.TemporaryDirectory() as tmp:
        trace = os.path.join(tmp, "trace")
        env = dict(os.environ, AGENCYTOKENS_BENCH_TRACE=trace, AGENCYTOKENS_BENCH_SIZE=SIZES[size])
        env.update(env_extra or {})
        start = time.monotonic() * 1000.0
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            deadline = time.monotonic() + timeout
            events = {}
            from_main = {}
            # The driver polls the trace file; the app itself does not poll.
            while want not in events:
                if proc.poll() is not None:
                    raise RuntimeError(f"{cmd[0]} exited ({proc.returncode}): {proc.stderr.read().decode()[-500:]}")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{cmd[0]}: no {want} in {timeout} s")
                time.sleep(0.002)
                events = read_trace(trace, from_main)
            time.sleep(rss_after)
            out = {
                "first_frame": events["first-frame"] - start,
                "shown": events[want] - start,
                "rss_mb": proc_status(proc.pid, "VmHWM") / 1024.0,
                # Loading the program and its libraries, before main() runs.
                "before_main": events["first-frame"] - start - from_main["first-frame"],
            }
            if "data-ready" in events:
                out["data_ready"] = events["data-ready"] - start
            if parts:
                out["parts"] = smaps_parts(proc.pid, os.path.realpath(cmd[0]))
                out["rss_now_mb"] = proc_status(proc.pid, "VmRSS") / 1024.0
            if idle > 0:
                before = cpu_ticks(proc.pid)
                time.sleep(idle)
                out["idle_cpu_ms"] = (cpu_ticks(proc.pid) - before) * 1000.0 / CLK_TCK
            return out
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def summary(values):
    if not values:
        return None
    return statistics.median(values), min(values), max(values)


def fmt(s, unit, digits=1):
    if s is None:
        return "—"
    med, lo, hi = s
    return f"{med:.{digits}f} {unit} ({lo:.{digits}f}–{hi:.{digits}f})"


def machine():
    cpu = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem = int(f.readline().split()[1]) / 1024 / 1024
    try:
        qt = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "libqt6core6"], capture_output=True,
                            text=True).stdout.strip() or "unknown"
    except FileNotFoundError:
        qt = "unknown"
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram": f"{mem:.1f} GiB",
        "qt": qt,
        "os": platform.platform(),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default="build/bench", help="the bench build directory")
    parser.add_argument("--runs", type=int, default=9, help="runs of each program per series (default 9)")
    parser.add_argument("--idle-runs", type=int, default=3, help="runs of each idle-CPU measurement (default 3)")
    parser.add_argument("--idle-seconds", type=float, default=10.0)
    parser.add_argument("--quick", action="store_true", help="3 runs, 1 idle run: a smoke test")
    parser.add_argument("--out", default="docs/performance.md")
    parser.add_argument("--sizes", default="desktop,phone")
    parser.add_argument("--memory-runs", type=int, default=3, help="runs of each memory-breakdown program (default 3)")
    parser.add_argument("--smoke", action="store_true",
                        help="ctest's smoke (bench_smoke): 1 run of each, phone size, 1 s idle")
    args = parser.parse_args()
    if args.quick:
        args.runs, args.idle_runs, args.memory_runs = 3, 1, 1
    if args.smoke:
        args.runs, args.idle_runs, args.memory_runs, args.idle_seconds, args.sizes = 1, 1, 1, 1.0, "phone"

    build = Path(args.build)
    app = str(build / "src/app/agency-tokens")
    baseline = str(build / "bench/agency-tokens-bench-baseline")
    parts_bin = str(build / "bench/agency-tokens-bench-parts")
    setup = str(build / "bench/agency-tokens-bench-setup")
    counts = str(build / "bench/counts/tst_counts")
    server_bin = str(build / "src/server/agency-tokens-server")
    os.environ.update(QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software")
    os.environ.pop("QSG_RENDER_TIMING", None)
    load_before = os.getloadavg()
    started = time.monotonic()

    results = {}  # (size, series, program) -> list of dicts
    failures = []  # memory rows whose program did not get ready
    with tempfile.TemporaryDirectory() as data:
        server = Server(server_bin, data)
        log("server at", server.url)
        subprocess.run([setup, "--server", server.url], check=True)
        app_cmd = [app, "--server", server.url]
        for mode in ("online", "offline"):
            if mode == "offline":
                server.stop()
                log("server stopped: offline series")
            for size in args.sizes.split(","):
                for i in range(args.runs):
                    # Interleaved: baseline, app, baseline, app, …
                    for name, cmd, want in (("baseline", [baseline], "tokens-shown"), ("app", app_cmd, "tokens-shown")):
                        r = launch(cmd, size, want=want)
                        results.setdefault((size, mode, name), []).append(r)
                    log(f"{mode} {size} run {i + 1}/{args.runs}")
            # Idle CPU. Server up: nothing is due, so nothing may run. Server down: the
            # shown account tries the platform again on its schedule (ReconnectSchedule:
            # 2 s, 4, 8, … at most a minute apart), each attempt one refused connection.
            idle_series = [("baseline", [baseline], {}), ("app", app_cmd, {})]
            if mode == "online":
                idle_series.append(("app, copy countdown", app_cmd, {"AGENCYTOKENS_BENCH_COPY": "1"}))
            for size in args.sizes.split(","):
                for i in range(args.idle_runs):
                    for name, cmd, extra in idle_series:
                        r = launch(cmd, size, env_extra=extra, idle=args.idle_seconds)
                        results.setdefault((size, f"idle {mode}", name), []).append(r)
                    log(f"idle {mode} {size} run {i + 1}/{args.idle_runs}")
        # Memory, part by part (desktop size, server down: nothing but the start's own work).
        # The parts on their own over the bare window; the app with no account (its sign-in
        # page: no keychain read, no shell), so that Home less it is what the shell, Home and
        # the account's start cost; the app at Home and with each page opened. The app with
        # no account has settings of its own, so to it the set-up's account is another
        # install's: its start's sweep leaves those entries alone (OrphanSweep), and Home,
        # measured after it, finds its tokens (a run that does not get ready fails the bench).
        no_account_env = {"XDG_CONFIG_HOME": tempfile.mkdtemp(dir=data), "XDG_DATA_HOME": tempfile.mkdtemp(dir=data)}
        memory_series = [
            ("baseline", [baseline], {}, "tokens-shown"),
            ("bare window + a keychain read", [parts_bin, "--part", "keychain"], {}, "tokens-shown"),
            ("bare window + an HTTP request", [parts_bin, "--part", "network", "--server", server.url], {},
             "tokens-shown"),
            (MEMORY_NO_ACCOUNT, app_cmd, no_account_env, "first-frame"),
            (MEMORY_HOME, app_cmd, {}, "tokens-shown"),
        ] + [(f"app, page `{place}` opened", app_cmd, {"AGENCYTOKENS_BENCH_OPEN": place}, "tokens-shown")
             for place in MEMORY_PAGES]
        for i in range(args.memory_runs):
            for name, cmd, extra, want in memory_series:
                try:
                    r = launch(cmd, "desktop", env_extra=extra, want=want, rss_after=2.0, parts=True)
                except RuntimeError as e:
                    log(f"memory: {name}: {e}")
                    failures.append(name)
                    continue
                results.setdefault(("memory", name), []).append(r)
            log(f"memory run {i + 1}/{args.memory_runs}")
        results[("memory", "order")] = [name for name, *_ in memory_series]

    table_file = tempfile.NamedTemporaryFile(suffix=".md", delete=False).name
    counts_ok = subprocess.run([counts], env=dict(os.environ, AGENCYTOKENS_COUNTS_TABLE=table_file),
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    counts_table = Path(table_file).read_text() if Path(table_file).exists() else ""
    os.unlink(table_file)
    elapsed = time.monotonic() - started
    load_after = os.getloadavg()

    write_report(args, results, counts_table, counts_ok, machine(), load_before, load_after, elapsed)
    log(f"done in {elapsed:.0f} s: {args.out}")
    if counts_ok.returncode != 0:
        log(f"tst_counts failed (exit {counts_ok.returncode})")
    if failures:
        log("did not get ready:", ", ".join(sorted(set(failures))))
    return 0 if counts_ok.returncode == 0 and not failures else 1


def add_memory(add, results):
    order = results.get(("memory", "order"), [])
    if not order:
        return
    add("## Memory, part by part\n")
    add("Desktop size, server down (the start's own work only; the refresh's request is in the "
        "HTTP row), measured 2 s after the program was ready. Peak RSS (VmHWM) per program, then "
        "its resident memory now (VmRSS, from `/proc/<pid>/smaps`) by what it belongs to. "
        "Medians of the runs, MB.\n")
    base = summary([r["rss_mb"] for r in results.get(("memory", "baseline"), [])])
    add("| program | peak RSS | more than the bare window |")
    add("|---|---:|---:|")
    for name in order:
        s = summary([r["rss_mb"] for r in results.get(("memory", name), [])])
        more = f"{s[0] - base[0]:+.1f}" if s and base else "— (did not get ready: see the run's log)"
        add(f"| {name} | {fmt(s, 'MB')} | {more} |")
    add("")
    names = ["baseline", MEMORY_HOME]
    kinds = sorted({k for n in order for r in results.get(("memory", n), []) for k in r.get("parts", {})},
                   key=lambda k: [p for p, _ in PARTS].index(k) if k in [p for p, _ in PARTS] else 99)

    def median_part(name, kind):
        vals = [r["parts"].get(kind, 0) / 1024.0 for r in results.get(("memory", name), []) if "parts" in r]
        return statistics.median(vals) if vals else 0.0

    shown = ["baseline", "bare window + a keychain read", "bare window + an HTTP request",
             MEMORY_NO_ACCOUNT, MEMORY_HOME]
    add("| resident now, by part (MB) | " + " | ".join(shown) + " | Home − baseline |")
    add("|---|" + "---:|" * (len(shown) + 1))
    for kind in kinds:
        cells = [f"{median_part(n, kind):.1f}" for n in shown]
        add(f"| {kind} | " + " | ".join(cells) + f" | {median_part(names[1], kind) - median_part(names[0], kind):+.1f} |")
    totals = [statistics.median([r["rss_now_mb"] for r in results.get(("memory", n), [])] or [0]) for n in shown]
    add("| **total (VmRSS)** | " + " | ".join(f"{t:.1f}" for t in totals) + f" | {totals[-1] - totals[0]:+.1f} |")
    add("")
    no_account = summary([r["rss_mb"] for r in results.get(("memory", MEMORY_NO_ACCOUNT), [])])
    home = summary([r["rss_mb"] for r in results.get(("memory", MEMORY_HOME), [])])
    if no_account and home and base:
        add(f"The shell, Home and the account's start (its keychain read, its view model): Home less the "
            f"sign-in page, {home[0] - no_account[0]:+.1f} MB peak; the sign-in page less the bare window, "
            f"{no_account[0] - base[0]:+.1f} MB (the app's code, its QML module and AppServices).\n")
    add("| page opened (after Home) | peak RSS | more than Home | heap more than Home |")
    add("|---|---:|---:|---:|")
    home_heap = median_part(MEMORY_HOME, HEAP_PART)
    for name in order:
        if not name.startswith("app, page"):
            continue
        s = summary([r["rss_mb"] for r in results.get(("memory", name), [])])
        more = f"{s[0] - home[0]:+.1f}" if s and home else "—"
        add(f"| {name[len('app, page '):-len(' opened')]} | {fmt(s, 'MB')} | {more} | "
            f"{median_part(name, HEAP_PART) - home_heap:+.1f} |")
    add("")


def verdict_ratio(app, base, target, unit):
    """'met', or by how much the median misses `target` × the baseline's median."""
    if not app or not base:
        return "—"
    ratio = app[0] / base[0]
    if ratio <= target:
        return "met"
    return f"**missed** by {ratio - target:.2f}× ({app[0] - target * base[0]:.1f} {unit} over)"


def verdict_limit(value, limit, unit):
    """'met', or by how much the median is over `limit`."""
    if not value:
        return "—"
    if value[0] <= limit:
        return "met"
    return f"**missed** by {value[0] - limit:.1f} {unit}"


def write_report(args, results, counts_table, counts_run, info, load_before, load_after, elapsed):
    def col(size, series, name, key):
        return [r[key] for r in results.get((size, series, name), []) if key in r]

    lines = []
    add = lines.append
    add("# Performance\n")
    add("Written by `scripts/bench` (do not edit by hand; run it again). "
        f"{args.runs} interleaved runs of each program per series (baseline, app, baseline, app, …), "
        f"{args.idle_runs} of each idle measurement; offscreen, software renderer "
        "(`QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software`), inside a private D-Bus session with an "
        "unlocked gnome-keyring. Each cell: median (min–max).\n")
    add("## Machine\n")
    add(f"- `nproc`: {info['nproc']}; CPU: {info['cpu']}; RAM: {info['ram']}")
    add(f"- Qt {info['qt']} (Debian package `libqt6core6`); {info['os']}")
    add("- build: `cmake --preset bench` (Release, `AGENCYTOKENS_BUILD_BENCH=ON`, tests off)")
    add(f"- load average before / after: {load_before[0]:.2f} / {load_after[0]:.2f} "
        f"(the machine is shared: other builds and tests ran meanwhile); the whole run took {elapsed:.0f} s\n")

    for size in args.sizes.split(","):
        add(f"## {size.capitalize()} ({SIZES[size]})\n")
        add("| measure | baseline | app | app ÷ baseline | target | met? |")
        add("|---|---:|---:|---:|---|---|")
        for mode in ("online", "offline"):
            b = summary(col(size, mode, "baseline", "first_frame"))
            a = summary(col(size, mode, "app", "first_frame"))
            ratio = f"{a[0] / b[0]:.2f}" if a and b else "—"
            add(f"| first frame, server {'up' if mode == 'online' else 'down'} | {fmt(b, 'ms')} | {fmt(a, 'ms')} "
                f"| {ratio} | ≤ 1.10 | {verdict_ratio(a, b, 1.10, 'ms')} |")
            bm = summary(col(size, mode, "baseline", "before_main"))
            am = summary(col(size, mode, "app", "before_main"))
            add(f"| … of which before main() (loading the libraries), server {'up' if mode == 'online' else 'down'} "
                f"| {fmt(bm, 'ms')} | {fmt(am, 'ms')} | | | |")
        for mode in ("online", "offline"):
            b = summary(col(size, mode, "baseline", "first_frame"))
            shown = summary(col(size, mode, "app", "shown"))
            gap = summary([r["shown"] - r["first_frame"] for r in results.get((size, mode, "app"), [])])
            ratio = f"{shown[0] / b[0]:.2f}" if shown and b else "—"
            add(f"| tokens on screen and copyable, server {'up' if mode == 'online' else 'down'} | "
                f"(first frame) {fmt(b, 'ms')} | {fmt(shown, 'ms')} | {ratio} | ≤ first frame + 30 ms | |")
            add(f"| … of which after the app's own first frame, server {'up' if mode == 'online' else 'down'} | "
                f"| {fmt(gap, 'ms')} | | ≤ 30 ms | {verdict_limit(gap, 30.0, 'ms')} |")
            runs = [r for r in results.get((size, mode, "app"), []) if "data_ready" in r]
            wait = summary([r["data_ready"] - r["first_frame"] for r in runs])
            last = summary([r["shown"] - r["data_ready"] for r in runs])
            add(f"| … … the tokens read from the keychain (data-ready), after the first frame | | {fmt(wait, 'ms')} "
                f"| | | |")
            add(f"| … … then the frame that shows them (the shell finished, laid out, drawn) | | {fmt(last, 'ms')} "
                f"| | | |")
        for mode in ("online", "offline"):
            b = summary(col(size, mode, "baseline", "rss_mb"))
            a = summary(col(size, mode, "app", "rss_mb"))
            ratio = f"{a[0] / b[0]:.2f}" if a and b else "—"
            add(f"| peak RSS (VmHWM) 2 s after the tokens are shown, server {'up' if mode == 'online' else 'down'} "
                f"| {fmt(b, 'MB')} | {fmt(a, 'MB')} | {ratio} | ≤ 1.25 | {verdict_ratio(a, b, 1.25, 'MB')} |")
        b = summary(col(size, "idle online", "baseline", "idle_cpu_ms"))
        a = summary(col(size, "idle online", "app", "idle_cpu_ms"))
        c = summary(col(size, "idle online", "app, copy countdown", "idle_cpu_ms"))
        add(f"| CPU time over {args.idle_seconds:.0f} s idle, nothing happening (server up) | {fmt(b, 'ms', 0)} "
            f"| {fmt(a, 'ms', 0)} | | 0 | {verdict_limit(a, 0.0, 'ms')} |")
        add(f"| CPU time over {args.idle_seconds:.0f} s idle, clipboard countdown running | {fmt(b, 'ms', 0)} "
            f"| {fmt(c, 'ms', 0)} | | (one tick a second) | |")
        b = summary(col(size, "idle offline", "baseline", "idle_cpu_ms"))
        a = summary(col(size, "idle offline", "app", "idle_cpu_ms"))
        add(f"| CPU time over {args.idle_seconds:.0f} s, server down (the account tries again after 2 s, 4, 8, …) "
            f"| {fmt(b, 'ms', 0)} | {fmt(a, 'ms', 0)} | | (the retries only) | |")
        add("")

    add_memory(add, results)

    add("## Counts per flow\n")
    add("HTTP requests the reference server logged (`agencytokens.server.access`, one line per request) and "
        "keychain operations the app asked for at the `SecretStore` interface (a `readMany` is one read), with "
        "the QtKeychain jobs they cost (the index entry included). Asserted, as maxima, by the ctest test "
        "`tst_counts` (label `performance`); the budget column is what it allows. A flow has finished when the "
        "app says it is idle (`AppServices::idle`: no request in flight in `RestClient`, no keychain operation "
        "queued or running in `KeychainStore`) and the server's log has been read up to a marker request, not "
        "after a fixed delay; `ctest --repeat until-fail:100 -R tst_counts` passes.\n")
    if counts_run.returncode != 0:
        add(f"**tst_counts failed** (exit {counts_run.returncode}):\n\n```\n{counts_run.stderr[-2000:]}\n```\n")
    add(counts_table or "(no table: the counts did not run)\n")
    notes = Path(__file__).with_name("analysis.md")
    if notes.exists():
        add(notes.read_text())
    Path(args.out).write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    sys.exit(main())

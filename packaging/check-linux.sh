#!/usr/bin/env bash
# The packaging check, on Linux (CI runs it after the tests): builds the app image, the .deb and
# (when rpmbuild is installed) the .rpm from this checkout with packaging/build.sh, then runs what
# they hold as a customer would, headless (no display): the version, a snapshot inspected, the
# sandbox exported over HTTP with the installed AWS SDK, the .deb's contents. Stops at the first
# failure with what failed and the output that shows why.
#
# Usage: packaging/check-linux.sh [--install] [--no-build]
#   --install   also install the .deb with apt-get, run icm from the PATH, then purge it again
#               (needs root; CI does it; it replaces an identity-center-migrator already installed)
#   --no-build  check what target/packaging already holds
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

install=false
build=true
for argument in "$@"; do
    case "$argument" in
        --install) install=true ;;
        --no-build) build=false ;;
        *) echo "Usage: packaging/check-linux.sh [--install] [--no-build]" >&2; exit 2 ;;
    esac
done

work="$(mktemp -d)"
sandbox_pid=""
made_desktop_dirs=""
cleanup() {
    for dir in $made_desktop_dirs; do
        rm -rf "$dir"
    done
    if [ -n "$sandbox_pid" ]; then
        kill "$sandbox_pid" 2>/dev/null || true
        wait "$sandbox_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

passed=0
fail() {
    {
        echo
        echo "*********************************************************************************"
        echo "PACKAGING CHECK FAILED: $1"
        shift
        for file in "$@"; do
            if [ -s "$file" ]; then
                echo "--- $(basename "$file"):"
                cat "$file"
            fi
        done
        echo "*********************************************************************************"
    } >&2
    exit 1
}
pass() {
    passed=$((passed + 1))
    echo "  ok  $*"
}

# Runs a command with no display, its output in $work/out and $work/err; fails unless it exits
# with the expected code. Usage: run_expecting CODE WHAT COMMAND...
run_expecting() {
    local expected="$1" what="$2"
    shift 2
    local code=0
    env -u DISPLAY -u WAYLAND_DISPLAY "$@" >"$work/out" 2>"$work/err" </dev/null || code=$?
    [ "$code" = "$expected" ] || fail "$what: exit code $code, expected $expected ($*)" "$work/out" "$work/err"
}
expect_output() {
    local what="$1" text="$2" file="${3:-$work/out}"
    grep -qF -- "$text" "$file" || fail "$what: the output lacks '$text'" "$work/out" "$work/err"
}

[ "$(uname -s)" = Linux ] || fail "this check runs on Linux."

# --- Build ----------------------------------------------------------------------------------
build_seconds="(not built)"
if [ "$build" = true ]; then
    echo "==> packaging/build.sh"
    started=$(date +%s)
    packaging/build.sh || fail "packaging/build.sh failed (see above)."
    build_seconds="$(($(date +%s) - started)) s"
fi

image="target/packaging/image/Identity Center Migrator"
runtime="target/packaging/runtime"
deb="$(ls target/packaging/installers/*.deb 2>/dev/null | head -n 1 || true)"
rpm="$(ls target/packaging/installers/*.rpm 2>/dev/null | head -n 1 || true)"
version="$(sed -n 's/^version=//p' target/classes/co/pump/icm/version.properties)"
sample="packaging/sample/acme.icmsnap"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"

echo "==> Checking Identity Center Migrator $version"

# --- The app image --------------------------------------------------------------------------
[ -x "$image/bin/Identity Center Migrator" ] || fail "no launcher '$image/bin/Identity Center Migrator'."
[ -x "$image/bin/icm" ] || fail "no icm launcher in $image/bin."
pass "app image with both launchers"

modules_line="$(sed -n 's/^MODULES="\(.*\)"$/\1/p' "$image/lib/runtime/release")"
for module in java.base java.desktop jdk.crypto.ec jdk.httpserver java.net.http jdk.unsupported; do
    case " $modules_line " in
        *" $module "*) ;;
        *) fail "the app's runtime lacks the module $module (it has: $modules_line)." ;;
    esac
done
for module in jdk.compiler jdk.jshell java.rmi; do
    case " $modules_line " in
        *" $module "*) fail "the app's runtime holds $module, which the app does not use: is it still trimmed?" ;;
    esac
done
pass "trimmed runtime: $(echo "$modules_line" | wc -w) modules, jdk.crypto.ec and jdk.httpserver among them"

expected_version="icm (Identity Center Migrator) $version"
run_expecting 0 "icm --version" "$image/bin/icm" --version
[ "$(cat "$work/out")" = "$expected_version" ] || fail "icm --version printed something else than '$expected_version'" "$work/out" "$work/err"
pass "bin/icm --version: $expected_version"

run_expecting 0 "the main launcher with --version" "$image/bin/Identity Center Migrator" --version
[ "$(cat "$work/out")" = "$expected_version" ] || fail "the main launcher printed something else than '$expected_version'" "$work/out" "$work/err"
pass "'bin/Identity Center Migrator' --version runs the command line headless"

run_expecting 2 "the main launcher without arguments and without a display" "$image/bin/Identity Center Migrator"
expect_output "the main launcher without a display" "the wizard needs a desktop" "$work/err"
pass "without arguments or a display, the main launcher says the wizard needs a desktop"

run_expecting 0 "icm inspect on the sample snapshot" "$image/bin/icm" inspect "$sample"
expect_output "icm inspect" "VALID (unchanged since export)"
pass "icm inspect $sample: valid, unchanged since export"

run_expecting 0 "icm inspect --json on the sample snapshot" "$image/bin/icm" inspect --json "$sample"
cp "$work/out" "$work/packaged.json"
run_expecting 0 "the tested jar's inspect --json" "$java_home/bin/java" -jar target/icm.jar inspect --json "$sample"
cmp -s "$work/out" "$work/packaged.json" \
    || fail "the installed icm and target/icm.jar inspect the sample differently" "$work/packaged.json" "$work/out"
pass "icm inspect --json gives the same report as the tested target/icm.jar"

run_expecting 2 "icm inspect on a missing file" "$image/bin/icm" inspect "$work/missing.icmsnap"
expect_output "icm inspect on a missing file" "does not exist" "$work/err"
pass "a missing file: exit code 2 and a one-line reason"

# The whole AWS path inside the trimmed runtime: the sandbox (jdk.httpserver) serves the demo
# organization on 127.0.0.1 and the installed icm exports it with the AWS SDK, signing requests.
"$image/bin/icm" sandbox --config-out "$work/aws" >"$work/sandbox.out" 2>"$work/sandbox.err" </dev/null &
sandbox_pid=$!
for _ in $(seq 1 300); do
    grep -q '"endpoint"' "$work/sandbox.out" 2>/dev/null && break
    kill -0 "$sandbox_pid" 2>/dev/null || fail "icm sandbox stopped before it was ready" "$work/sandbox.out" "$work/sandbox.err"
    sleep 0.2
done
grep -q '"endpoint"' "$work/sandbox.out" || fail "icm sandbox was not ready after 60 s" "$work/sandbox.out" "$work/sandbox.err"
run_expecting 0 "icm export from the sandbox" env AWS_CONFIG_FILE="$work/aws/config" \
    AWS_SHARED_CREDENTIALS_FILE="$work/aws/credentials" \
    "$image/bin/icm" export --profile sandbox-source --out "$work/demo.icmsnap"
expect_output "icm export from the sandbox" "Saved to"
kill "$sandbox_pid" && wait "$sandbox_pid" 2>/dev/null || true
sandbox_pid=""
run_expecting 0 "icm inspect on the exported snapshot" "$image/bin/icm" inspect "$work/demo.icmsnap"
expect_output "icm inspect on the exported snapshot" "VALID (unchanged since export)"
pass "icm sandbox + icm export over HTTP with the AWS SDK, and the export inspects as valid"

# --- The .deb -------------------------------------------------------------------------------
[ -n "$deb" ] || fail "no .deb in target/packaging/installers."
[ "$(dpkg-deb -f "$deb" Package)" = identity-center-migrator ] || fail "the .deb's package name is not identity-center-migrator" 
[ "$(dpkg-deb -f "$deb" Version)" = "$version-1" ] || fail "the .deb's version is $(dpkg-deb -f "$deb" Version), not $version-1"
# grep reads the whole list (no -q): with pipefail, a grep that stops at its first match can make
# the writer die of a closed pipe and the check fail although the line is there.
dpkg-deb -f "$deb" Depends | grep 'libgtk-3-0' >/dev/null || fail "the .deb does not depend on GTK 3, which the wizard needs: $(dpkg-deb -f "$deb" Depends)"
pass "$(basename "$deb"): identity-center-migrator $version-1, depends on GTK 3"

mkdir "$work/deb"
dpkg-deb -x "$deb" "$work/deb"
dpkg-deb -e "$deb" "$work/deb/DEBIAN"
app="$work/deb/opt/identity-center-migrator"
desktop="$app/lib/identity-center-migrator-Identity_Center_Migrator.desktop"
[ -f "$desktop" ] || fail "the .deb has no menu entry $desktop"
expect_output "the menu entry" 'Exec="/opt/identity-center-migrator/bin/Identity Center Migrator" %f' "$desktop"
expect_output "the menu entry" "MimeType=application/x-icm-snapshot" "$desktop"
expect_output "the menu entry" "Icon=/opt/identity-center-migrator/lib/" "$desktop"
expect_output "icm's menu entry" "NoDisplay=true" "$app/lib/identity-center-migrator-icm.desktop"
expect_output "the snapshot MIME type" '<glob pattern="*.icmsnap">' "$app/lib/identity-center-migrator-Identity_Center_Migrator-MimeInfo.xml"
expect_output "the .deb's postinst" "xdg-desktop-menu install" "$work/deb/DEBIAN/postinst"
expect_output "the .deb's postinst" 'ln -s "$icm_target" "$icm_link"' "$work/deb/DEBIAN/postinst"
pass "the .deb: menu entry that opens *.icmsnap files, hidden entry for icm, /usr/bin/icm link in postinst"

run_expecting 0 "the .deb's icm --version" "$app/bin/icm" --version
[ "$(cat "$work/out")" = "$expected_version" ] || fail "the .deb's icm printed something else than '$expected_version'" "$work/out" "$work/err"
run_expecting 0 "the .deb's icm inspect" "$app/bin/icm" inspect "$sample"
expect_output "the .deb's icm inspect" "VALID (unchanged since export)"
pass "the .deb's icm, unpacked, prints the version and inspects the sample"

# --- The .rpm -------------------------------------------------------------------------------
if [ -n "$rpm" ]; then
    [ "$(rpm -qp --queryformat '%{NAME} %{VERSION}' "$rpm" 2>/dev/null)" = "identity-center-migrator $version" ] \
        || fail "the .rpm is not identity-center-migrator $version: $(rpm -qp --queryformat '%{NAME} %{VERSION}' "$rpm" 2>&1)"
    rpm -qpl "$rpm" 2>/dev/null | grep -x '/opt/identity-center-migrator/bin/icm' >/dev/null || fail "the .rpm has no /opt/identity-center-migrator/bin/icm"
    rpm -qp --requires "$rpm" 2>/dev/null | grep '^gtk3' >/dev/null || fail "the .rpm does not require gtk3"
    pass "$(basename "$rpm"): identity-center-migrator $version with bin/icm, requires gtk3"
elif command -v rpmbuild >/dev/null; then
    fail "rpmbuild is installed but no .rpm was made."
else
    echo "  --  no .rpm: rpmbuild is not installed (Debian package rpm)"
fi

# --- Installing the .deb --------------------------------------------------------------------
# Twice: as on a server (no desktop: the command line installs and the package removes cleanly),
# then as on a desktop (xdg-desktop-menu finds a system menu folder: the menu entry installs).
apt_install() {
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$root/$deb" >"$work/apt.log" 2>&1 \
        || fail "apt-get could not install the .deb ($1)" "$work/apt.log"
    [ "$(readlink /usr/bin/icm)" = /opt/identity-center-migrator/bin/icm ] || fail "/usr/bin/icm is not a link to the installed icm ($1)" "$work/apt.log"
    run_expecting 0 "icm from the PATH ($1)" icm --version
    [ "$(cat "$work/out")" = "$expected_version" ] || fail "the installed icm printed something else than '$expected_version'" "$work/out" "$work/err"
    run_expecting 0 "the installed icm inspect ($1)" icm inspect "$sample"
    expect_output "the installed icm inspect" "VALID (unchanged since export)"
}
apt_purge() {
    DEBIAN_FRONTEND=noninteractive apt-get purge -y identity-center-migrator >"$work/apt.log" 2>&1 \
        || fail "apt-get could not remove the package ($1)" "$work/apt.log"
    [ ! -e /usr/bin/icm ] && [ ! -L /usr/bin/icm ] || fail "/usr/bin/icm is still there after removing the package ($1)"
    [ ! -d /opt/identity-center-migrator ] || fail "/opt/identity-center-migrator is still there after removing the package ($1)"
    ! ls /usr/share/applications/*identity-center-migrator* >/dev/null 2>&1 || fail "the menu entry is still there after removing the package ($1)"
}
if [ "$install" = true ]; then
    [ "$(id -u)" = 0 ] || fail "--install needs root."
    # The folders xdg-desktop-menu installs menu entries into exist where there is a desktop.
    desktop_dirs="/etc/xdg/menus /usr/share/desktop-directories"
    if [ -d /etc/xdg/menus ] && [ -d /usr/share/desktop-directories ]; then
        echo "  --  this machine has a desktop: installing as on a server is skipped"
    else
        echo "==> Installing $(basename "$deb") with apt-get, as on a server"
        apt_install "no desktop"
        pass "apt-get install without a desktop: icm on the PATH prints the version and inspects the sample"
        apt_purge "no desktop"
        pass "apt-get purge without a desktop: the link and the app are gone"
        for dir in $desktop_dirs; do
            if [ ! -d "$dir" ]; then
                mkdir -p "$dir"
                made_desktop_dirs="$made_desktop_dirs $dir"
            fi
        done
    fi
    echo "==> Installing $(basename "$deb") with apt-get, as on a desktop"
    apt_install "desktop"
    ls /usr/share/applications/*identity-center-migrator-Identity_Center_Migrator.desktop >/dev/null 2>&1 \
        || fail "no menu entry in /usr/share/applications after installing on a desktop" "$work/apt.log"
    pass "apt-get install on a desktop: the menu entry is installed, icm runs from the PATH"
    apt_purge "desktop"
    pass "apt-get purge on a desktop: the menu entry, the link and the app are gone"
fi

# --- Numbers --------------------------------------------------------------------------------
echo
echo "Packaging check passed: $passed checks. Identity Center Migrator $version on Linux:"
echo "  packaging build time   $build_seconds (packaging/build.sh: Maven, jdeps, jlink, jpackage)"
echo "  runtime image          $(du -sh "$runtime" | cut -f1)   (target/packaging/runtime)"
echo "  app image              $(du -sh "$image" | cut -f1)   ($image)"
for file in $deb $rpm; do
    echo "  $(basename "$file")   $(du -h "$file" | cut -f1)"
done

#!/usr/bin/env bash
# Builds Identity Center Migrator for the system it runs on, into target/packaging/:
#   runtime/     the trimmed Java runtime (jlink) the app runs on
#   image/       the app image: the app as it is installed, runnable where it lies
#   installers/  Linux: a .deb, and an .rpm when rpmbuild is installed; macOS: a .dmg
# Windows: packaging\build.ps1.
#
# Usage: packaging/build.sh [--image-only] [--offline]
#   --image-only  stop after the app image (no installers)
#   --offline     build with Maven offline (every dependency already in ~/.m2)
#
# Needs a JDK 17 or newer with jlink, jpackage and its jmods (JAVA_HOME, or the one on the PATH);
# on Linux, fakeroot and dpkg-deb for the .deb (Debian packages fakeroot and dpkg), and rpmbuild
# for the .rpm (Debian package rpm). Written for bash 3.2, the one macOS has.
set -euo pipefail

fail() {
    echo "packaging/build.sh: $*" >&2
    exit 1
}

image_only=false
maven_offline=()
for argument in "$@"; do
    case "$argument" in
        --image-only) image_only=true ;;
        --offline) maven_offline=(-o) ;;
        *) fail "unknown option '$argument'. Usage: packaging/build.sh [--image-only] [--offline]" ;;
    esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=macos ;;
    *) fail "this script builds on Linux and macOS; on Windows run packaging\\build.ps1." ;;
esac

# --- The JDK -------------------------------------------------------------------------------
if [ -n "${JAVA_HOME:-}" ]; then
    jdk="$JAVA_HOME"
elif [ "$os" = macos ] && /usr/libexec/java_home -v 17+ >/dev/null 2>&1; then
    jdk="$(/usr/libexec/java_home -v 17+)"
else
    javac_path="$(command -v javac || true)"
    [ -n "$javac_path" ] || fail "no JDK found: set JAVA_HOME to a JDK 17 or put its bin folder on the PATH."
    jdk="$(cd "$(dirname "$(readlink -f "$javac_path" 2>/dev/null || echo "$javac_path")")/.." && pwd)"
fi
for tool in java jar jdeps jlink jpackage; do
    [ -x "$jdk/bin/$tool" ] || fail "$jdk has no bin/$tool: JAVA_HOME must point to a full JDK 17 or newer."
done
[ -f "$jdk/jmods/java.base.jmod" ] \
    || fail "$jdk has no jmods folder, which jlink needs (on Debian and Ubuntu: apt-get install openjdk-17-jmods, where it is a separate package)."
jdk_version="$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
[ "${jdk_version%%.*}" -ge 17 ] 2>/dev/null || fail "$jdk is Java $jdk_version; the app needs 17 or newer."

out="$root/target/packaging"
input="$out/input"
runtime="$out/runtime"
image_dir="$out/image"
installers="$out/installers"
start=$(date +%s)
step_start=$start

step() {
    local now
    now=$(date +%s)
    echo "    ($((now - step_start)) s)"
    step_start=$now
    echo "==> $*"
}

# --- 1. The app's jars ----------------------------------------------------------------------
echo "==> Building the app with Maven (JDK $jdk_version at $jdk)"
rm -rf "$out"
JAVA_HOME="$jdk" mvn -B -q ${maven_offline[@]+"${maven_offline[@]}"} -Ppackage package -DskipTests \
    || fail "the Maven build failed (see above)."
[ -d "$input" ] || fail "Maven did not copy the app's jars to $input; is the 'package' profile in pom.xml?"
"$jdk/bin/jar" --create --file "$input/identity-center-migrator.jar" -C "$root/target/classes" .
version="$(sed -n 's/^version=//p' "$root/target/classes/co/pump/icm/version.properties")"
[ -n "$version" ] || fail "no version in target/classes/co/pump/icm/version.properties."

# JavaFX looks for its native libraries in the folder of its jars before it unpacks them from
# the jar into the user's home folder: put them there, so the installed app writes nothing at
# start. (On Windows JavaFX looks elsewhere, so build.ps1 leaves them in the jar.)
graphics_jar="$(ls "$input"/javafx-graphics-*-*.jar 2>/dev/null | head -n 1)"
[ -n "$graphics_jar" ] || fail "no platform javafx-graphics jar in $input."
natives="$("$jdk/bin/jar" --list --file "$graphics_jar" | grep -E '^[^/]+\.(so|dylib)$' || true)"
[ -n "$natives" ] || fail "$graphics_jar holds no native libraries for this system."
(cd "$input" && "$jdk/bin/jar" --extract --file "$graphics_jar" $natives)

# --- 2. The Java modules the app needs ------------------------------------------------------
step "Checking with jdeps that packaging/runtime-modules.txt has every module the app uses"
modules="$(sed -e 's/#.*//' -e 's/[[:space:]]//g' packaging/runtime-modules.txt | grep -v '^$' | paste -sd, -)"
found="$("$jdk/bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps "$input"/*.jar)" \
    || fail "jdeps could not analyse the app's jars (see above)."
missing=""
for module in $(echo "$found" | tr ',' ' '); do
    case ",$modules," in
        *",$module,"*) ;;
        *) missing="$missing $module" ;;
    esac
done
[ -z "$missing" ] || fail "the app uses Java modules that packaging/runtime-modules.txt lacks:$missing. Add them there, with the reason."
echo "    jdeps: $found"

# --- 3. The trimmed runtime -----------------------------------------------------------------
step "Making the Java runtime with jlink"
"$jdk/bin/jlink" --add-modules "$modules" \
    --strip-debug --no-header-files --no-man-pages --compress=2 \
    --output "$runtime"
# A class-data sharing archive of the runtime's own classes (jlink leaves out the JDK's): 12 MB
# that halve the start of every run, e.g. icm --version 0.6 s instead of 1.2 s.
"$runtime/bin/java" -Xshare:dump >/dev/null || fail "could not write the runtime's class-data archive."

# --- 4. The app image -----------------------------------------------------------------------
# macOS refuses a version whose first number is 0 (CFBundleVersion): until 1.0, the app bundle
# says 1.x.y for 0.x.y. The app itself (icm --version) always tells the real version.
app_version="$version"
if [ "$os" = macos ] && [ "${version%%.*}" = 0 ]; then
    app_version="1.${version#0.}"
    echo "    macOS cannot number an app 0.x: the bundle version is $app_version for $version."
fi
jpackage_common=(@packaging/common.args @packaging/app.args @"packaging/$os/app.args"
    --app-version "$app_version" --input "$input" --runtime-image "$runtime")

step "Making the app image with jpackage"
"$jdk/bin/jpackage" --type app-image "${jpackage_common[@]}" --dest "$image_dir" \
    || fail "jpackage could not make the app image (see above)."

# --- 5. The installers ----------------------------------------------------------------------
if [ "$image_only" = false ]; then
    installer_types=()
    if [ "$os" = linux ]; then
        command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null \
            || fail "the .deb needs fakeroot and dpkg-deb: apt-get install fakeroot dpkg"
        installer_types=(deb)
        if command -v rpmbuild >/dev/null; then
            installer_types+=(rpm)
        else
            echo "    No rpmbuild here: skipping the .rpm (on Debian: apt-get install rpm)."
        fi
    else
        installer_types=(dmg)
    fi
    for type in "${installer_types[@]}"; do
        step "Making the .$type installer with jpackage"
        type_args=()
        [ -f "packaging/$os/$type.args" ] && type_args=(@"packaging/$os/$type.args")
        "$jdk/bin/jpackage" --type "$type" "${jpackage_common[@]}" @"packaging/$os/installer.args" \
            ${type_args[@]+"${type_args[@]}"} --dest "$installers" \
            || fail "jpackage could not make the .$type installer (see above)."
    done
    # The .dmg's name tells the real version, whatever the bundle had to say (see above).
    if [ "$app_version" != "$version" ]; then
        for file in "$installers"/*"$app_version".dmg; do
            [ -e "$file" ] && mv "$file" "${file%"$app_version".dmg}$version.dmg"
        done
    fi
fi

# --- Summary --------------------------------------------------------------------------------
step "Done in $(($(date +%s) - start)) s: Identity Center Migrator $version for $os"
size() { du -sh "$1" | cut -f1; }
echo "    runtime image   $(size "$runtime")   $runtime"
for app in "$image_dir"/*; do
    echo "    app image       $(size "$app")   $app"
done
if [ -d "$installers" ]; then
    for file in "$installers"/*; do
        echo "    installer       $(size "$file")   $file"
    done
fi

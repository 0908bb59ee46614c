#!/usr/bin/env bash
# Checks what `mvn -Pdist package` built, the way a user gets it: the .deb and the app image
# are unpacked into a temporary directory and started from their own launchers, with their own
# runtime (no Java on the PATH, no JAVA_HOME, an empty home); every portable zip is listed and
# must hold its own system's natives and nothing of another system's.
#
#   game/src/dist/check-dist.sh [GAME_TARGET_DIR]      (default: game/target)
#
# Needs the JDK that built the package (jdeps, and java for the test image), dpkg-deb and unzip.
# Exit code 0 when everything holds, 1 at the first thing that does not (one line saying what).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
target=$(cd "${1:-$root/game/target}" && pwd)

fail() { echo "check-dist: $*" >&2; exit 1; }
say() { echo "check-dist: $*"; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/digit-arcade-check.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/empty-path" "$tmp/home"

# The host's natives, as Maven resolved them for the jar: the reference every zip is held to.
host_lw=$(ls "$target/lib" | sed -n 's/^lwjgl-[0-9.]*-\(natives-[a-z0-9-]*\)\.jar$/\1/p')
host_tf=$(ls "$target/lib" | sed -n 's/^tensorflow-core-native-[0-9.]*-\([a-z0-9_-]*\)\.jar$/\1/p')
[ -n "$host_lw" ] && [ -n "$host_tf" ] || fail "no host natives in $target/lib (build the jar first)"
host_natives=$(ls "$target/lib" | grep -E -e '-natives-' -e '^tensorflow-core-native-[0-9.]+-.+\.jar$' | sort)
host_plain=$(ls "$target/lib" | grep -v -E -e '-natives-' -e '^tensorflow-core-native-[0-9.]+-.+\.jar$' | sort)
has_model=no
[ -f "$root/assets/model/saved_model.pb" ] && has_model=yes

# A launcher run as a user's desktop would run it: no Java anywhere on the PATH, no JAVA_HOME,
# and a new user's home (Java takes user.home from the password file, not $HOME, so it is set
# too): the first run unpacks TensorFlow's natives into an empty JavaCPP cache, as a first
# launch does, and nothing is written into the real home.
bare() {
  env -i HOME="$tmp/home" PATH="$tmp/empty-path" XDG_DATA_HOME="$tmp/home/data" \
    JAVA_TOOL_OPTIONS="-Duser.home=$tmp/home" "$@"
}
# stderr without the JVM's note about JAVA_TOOL_OPTIONS.
errors() { grep -v '^Picked up JAVA_TOOL_OPTIONS: ' "$1" || true; }

# check_app NAME LAUNCHER [BENCH_OPTION]: the game headless (model loaded, a screenshot, a drawn 7
# read as 7), predict on an image, bench (with its 20 s app run unless given --skip-app).
check_app() {
  local name=$1 launcher=$2 bench_option=${3:-} out="$tmp/$1"
  mkdir -p "$out"
  [ -x "$launcher" ] || fail "$name: no launcher at $launcher"
  local t0 t1
  t0=$(date +%s%N)
  bare "$launcher" --headless --mode free --replay "$root/engine/src/test/resources/recordings/seven.jsonl" \
    --exit-after 4 --events "$out/events.jsonl" --screenshot "$out/shot.png" --scores "$out/scores.json" \
    2>"$out/stderr" || fail "$name: the game exited with $? ($(errors "$out/stderr" | head -c 300))"
  t1=$(date +%s%N)
  if [ "$has_model" = yes ]; then
    grep -q '"type":"model","loaded":true' "$out/events.jsonl" \
      || fail "$name: the event stream does not say the model loaded: $(head -n 1 "$out/events.jsonl")"
    grep '"type":"prediction"' "$out/events.jsonl" | tail -n 1 | grep -q '"reading":"7"' \
      || fail "$name: the replayed 7 was not read as 7: $(grep '"type":"prediction"' "$out/events.jsonl" | tail -n 1 | head -c 300)"
  fi
  grep -q '"type":"exit","reason":"exit_after"' "$out/events.jsonl" || fail "$name: no exit event"
  [ "$(head -c 8 "$out/shot.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] \
    || fail "$name: no PNG screenshot at $out/shot.png"
  # A machine without a sound device (CI) gets the game's one warning line about it; nothing else.
  [ "$(grep -c '^digit-arcade: audio: ' "$out/stderr" || true)" -le 1 ] \
    || fail "$name: more than one audio warning on stderr: $(errors "$out/stderr" | head -c 300)"
  [ -z "$(errors "$out/stderr" | grep -v '^digit-arcade: audio: ' || true)" ] \
    || fail "$name: the game printed on stderr: $(errors "$out/stderr" | head -c 300)"
  say "$name: game ok in $(( (t1 - t0) / 1000000 )) ms wall ($(grep -o '"windowUpMs":[0-9]*,"modelReadyMs":[0-9]*' "$out/events.jsonl" || true))"

  if [ "$has_model" = yes ]; then
    bare "$launcher" predict "$tmp/seven.png" >"$out/predict.csv" 2>"$out/stderr" \
      || fail "$name: predict exited with $? ($(errors "$out/stderr" | head -c 300))"
    [ "$(sed -n 2p "$out/predict.csv" | cut -d, -f2)" = 7 ] \
      || fail "$name: predict did not read the 7: $(cat "$out/predict.csv")"
    bare "$launcher" bench --latency 50 --predictions 200 --rss-every 200 $bench_option >"$out/bench.txt" 2>"$out/stderr" \
      || fail "$name: bench exited with $? ($(errors "$out/stderr" | head -c 300))"
    say "$name: predict and bench ok"
  fi
}

java "$here/check/WriteDigit.java" "$tmp/seven.png"

# --- The runtime: what jdeps finds in the code must be in it; java.sql (Jackson's only) must not.
image=$(readlink -f "$target/digit-arcade")  # a real directory: the copies below are hard links into it
runtime="$image/lib/runtime"
[ -d "$image" ] && [ -f "$runtime/release" ] || fail "no app image at $target/digit-arcade"
mkdir -p "$tmp/classes"
for j in "$target/digit-arcade.jar" "$target"/lib/*.jar; do
  case $j in *-natives-*|*/tensorflow-core-native-*-*) continue ;; esac
  unzip -q -o "$j" -x 'META-INF/*' '*module-info.class' -d "$tmp/classes" 2>/dev/null || [ $? -eq 11 ]
done
needed=$(jdeps --ignore-missing-deps --multi-release 17 --list-deps "$tmp/classes" | sed -e 's/^ *//' -e 's|/.*||' \
  | grep -v -x -e java.sql -e '' | sort -u)
shipped=$(sed -n 's/^MODULES="\(.*\)"/\1/p' "$runtime/release" | tr ' ' '\n' | sort)
missing=$(comm -23 <(echo "$needed") <(echo "$shipped"))
[ -z "$missing" ] || fail "the runtime lacks modules jdeps finds in the code: $missing"
! grep -qx java.sql <<<"$shipped" || fail "the runtime holds java.sql, which nothing needs"
rm -rf "$tmp/classes"
say "runtime: $(wc -l <<<"$shipped") modules ($(tr '\n' ' ' <<<"$shipped")), jdeps needs $(tr '\n' ' ' <<<"$needed")"

# --- The Debian package, unpacked.
deb=$(ls "$target"/digit-arcade_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "no .deb in $target"
dpkg-deb -x "$deb" "$tmp/deb"
dpkg-deb -e "$deb" "$tmp/deb-control"
app="$tmp/deb/opt/digit-arcade"
desktop=$(ls "$app"/lib/*.desktop 2>/dev/null | head -n 1)
[ -n "$desktop" ] || fail "deb: no desktop entry"
grep -qx 'Name=Digit Arcade' "$desktop" || fail "deb: the desktop entry is not called Digit Arcade"
grep -qx 'Exec=/opt/digit-arcade/bin/digit-arcade' "$desktop" || fail "deb: the desktop entry does not start the launcher"
icon=$(sed -n 's/^Icon=//p' "$desktop")
cmp -s "$tmp/deb$icon" "$root/assets/icon/digit-arcade.png" || fail "deb: the desktop entry's icon $icon is not the project's"
grep -q 'update-alternatives --install /usr/bin/digit-arcade' "$tmp/deb-control/postinst" || fail "deb: postinst does not put digit-arcade on the PATH"
grep -q 'xdg-desktop-menu install' "$tmp/deb-control/postinst" || fail "deb: postinst does not install the desktop entry"
grep -q 'update-alternatives --remove digit-arcade' "$tmp/deb-control/prerm" || fail "deb: prerm leaves digit-arcade on the PATH"
for f in lib/app/assets/README.md lib/app/assets/fonts/DejaVuSans.ttf lib/app/assets/fonts/LICENSE-DejaVu.txt \
         lib/app/THIRD-PARTY.md share/doc/copyright lib/runtime/legal/java.base; do
  [ -e "$app/$f" ] || fail "deb: $f is missing"
done
if [ "$has_model" = yes ]; then
  [ -f "$app/lib/app/assets/model/saved_model.pb" ] || fail "deb: the model is missing"
fi
check_app deb "$app/bin/digit-arcade" --skip-app
[ -n "$(ls "$tmp/home/.javacpp/cache" 2>/dev/null)" ] || fail "deb: the first start did not unpack TensorFlow in the new home"

# --- The app image, copied elsewhere (hard links: nothing is written into the build's copy).
cp -al "$image" "$tmp/image"
check_app app-image "$tmp/image/bin/digit-arcade"

# --- Without the model the package still opens, and says why.
rm -rf "$tmp/home/data"
cp -al "$image" "$tmp/no-model"
[ ! -L "$tmp/no-model" ] || fail "could not copy the app image"
rm -f "$tmp/no-model/lib/app/assets/model/saved_model.pb"  # the copy's link only
bare "$tmp/no-model/bin/digit-arcade" --headless --exit-after 0.5 --events "$tmp/no-model.jsonl" 2>"$tmp/no-model.err" \
  || fail "without the model the app exited with $?"
grep -q '"type":"model","loaded":false' "$tmp/no-model.jsonl" || fail "without the model the event stream does not say so"
grep -q '^digit-arcade: no model: ' "$tmp/no-model.err" || fail "without the model stderr does not say so: $(errors "$tmp/no-model.err")"
say "no model: the app opens and says: $(grep -m1 '^digit-arcade: no model: ' "$tmp/no-model.err")"

# --- Portable zips: each holds exactly its own system's natives and its own launcher.
zips=$(ls "$target"/digit-arcade-*.zip 2>/dev/null || true)
[ -n "$zips" ] || fail "no portable zip in $target"
for zip in $zips; do
  t=$(basename "$zip" .zip); t=${t#digit-arcade-}
  case $t in
    linux-x86_64) lw=natives-linux; launcher=digit-arcade.sh; libdir=linux/x64 ;;
    linux-arm64) lw=natives-linux-arm64; launcher=digit-arcade.sh; libdir=linux/arm64 ;;
    windows-x86_64) lw=natives-windows; launcher=digit-arcade.bat; libdir=windows/x64 ;;
    macosx-arm64) lw=natives-macos-arm64; launcher=digit-arcade.command; libdir=macos/arm64 ;;
    *) fail "$zip: unknown target $t" ;;
  esac
  unzip -Z1 "$zip" >"$tmp/list"
  base=$(head -n 1 "$tmp/list" | cut -d/ -f1)
  expected=$(sed -e "s/-$host_lw\.jar\$/-$lw.jar/" -e "s/-$host_tf\.jar\$/-$t.jar/" <<<"$host_natives" | sort)
  natives=$(sed -n "s|^$base/lib/||p" "$tmp/list" | grep -E -e '-natives-' -e '^tensorflow-core-native-[0-9.]+-.+\.jar$' | sort || true)
  [ "$natives" = "$expected" ] || fail "$t: natives differ from this system's set:
$(diff <(echo "$expected") <(echo "$natives") || true)"
  plain=$(sed -n "s|^$base/lib/||p" "$tmp/list" | grep -v -E -e '^$' -e '-natives-' -e '^tensorflow-core-native-[0-9.]+-.+\.jar$' | sort)
  [ "$plain" = "$host_plain" ] || fail "$t: the libraries differ from the jar's: $(diff <(echo "$host_plain") <(echo "$plain") || true)"
  ! grep -E -q '\.(so|dll|dylib|jnilib)$' "$tmp/list" || fail "$t: holds loose native libraries"
  for f in digit-arcade.jar "$launcher" THIRD-PARTY.md assets/README.md assets/fonts/DejaVuSans.ttf; do
    grep -qx "$base/$f" "$tmp/list" || fail "$t: $f is missing"
  done
  others=$(grep -E "^$base/digit-arcade\.(sh|bat|command)\$" "$tmp/list" | grep -v -x "$base/$launcher" || true)
  [ -z "$others" ] || fail "$t: holds another system's launcher: $others"
  # Inside the natives jars: only this system's libraries.
  mkdir -p "$tmp/jars"
  for j in $natives; do
    unzip -q -o -j "$zip" "$base/lib/$j" -d "$tmp/jars"
    libs=$(unzip -Z1 "$tmp/jars/$j" | grep -E '\.(so(\.[0-9]+)*|dll|dylib)$' || true)
    [ -n "$libs" ] || fail "$t: $j holds no native library"
    case $j in
      tensorflow-*) foreign=$(grep -v "/$t/" <<<"$libs" || true) ;;
      *) foreign=$(grep -v "^$libdir/" <<<"$libs" || true) ;;
    esac
    [ -z "$foreign" ] || fail "$t: $j holds libraries of another system: $foreign"
    rm -f "$tmp/jars/$j"
  done
  say "$t: $(wc -l <"$tmp/list") entries, natives: $(tr '\n' ' ' <<<"$natives")"
  if [ "$t" = "$host_tf" ]; then
    # The host's zip runs on a bare Java 17 runtime: the package's own, as JAVA_HOME.
    unzip -q "$zip" -d "$tmp/zip"
    env -i HOME="$tmp/home" PATH=/usr/bin:/bin JAVA_HOME="$runtime" JAVA_TOOL_OPTIONS="-Duser.home=$tmp/home" \
      "$tmp/zip/$base/$launcher" predict "$tmp/seven.png" \
      >"$tmp/zip.csv" 2>"$tmp/zip.err" || fail "$t: predict from the zip exited with $? ($(head -c 300 "$tmp/zip.err"))"
    if [ "$has_model" = yes ]; then
      [ "$(sed -n 2p "$tmp/zip.csv" | cut -d, -f2)" = 7 ] || fail "$t: predict from the zip did not read the 7"
    fi
    say "$t: the zip's launcher reads an image"
    rm -rf "$tmp/zip"
  fi
done
say "all good"

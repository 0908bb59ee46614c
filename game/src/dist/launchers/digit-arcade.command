#!/bin/sh
# Digit Arcade for macOS, portable download (double-click it in the Finder, or run it in a
# terminal): starts the game (or a subcommand: predict, bench, ...) with the Java 17+ runtime
# named by JAVA_HOME, else the one java_home knows, else the first java on the PATH.
dir=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd) || exit 1
if [ -n "$JAVA_HOME" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java="$JAVA_HOME/bin/java"
elif [ -x /usr/libexec/java_home ] && home=$(/usr/libexec/java_home -v 17+ 2>/dev/null); then
  java="$home/bin/java"
elif command -v java >/dev/null 2>&1; then
  java=java
else
  echo "digit-arcade: no Java runtime found: install Java 17 or newer, or set JAVA_HOME" >&2
  exit 1
fi
# "1.8.0_402" is Java 8, "17.0.15" and "21" are 17 and 21.
version=$("$java" -version 2>&1 | sed -n -e 's/.*version "1\.\([0-9]*\).*/\1/p' -e 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
if [ -n "$version" ] && [ "$version" -lt 17 ] 2>/dev/null; then
  echo "digit-arcade: Java 17 or newer is needed, $java is Java $version (set JAVA_HOME)" >&2
  exit 1
fi
# GLFW needs the first thread on macOS; without this option the game says so and exits.
exec "$java" -XstartOnFirstThread -cp "$dir/digit-arcade.jar:$dir/lib/*" dev.digitarcade.game.app.Main "$@"

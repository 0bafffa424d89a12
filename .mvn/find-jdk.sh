# shellcheck shell=bash
# Sourced by ./mvnw and ./vigilance: makes JAVA_HOME point at a JDK >= 21.
# Order: JAVA_HOME, then the java on PATH, then the usual install folders.
# Leaves JAVA_HOME alone when it already names a JDK >= 21. See docs/adr/0003-launcher-and-jdk-discovery.md.

vigilance_java_major() {
  # prints the major version of the java binary given as $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

vigilance_is_jdk21() {
  # $1: a candidate JDK home; true when it has java and javac and java's major >= 21
  [ -n "$1" ] && [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local major
  major=$(vigilance_java_major "$1/bin/java")
  [ -n "$major" ] && [ "$major" -ge 21 ]
}

vigilance_find_jdk() {
  if vigilance_is_jdk21 "${JAVA_HOME:-}"; then
    return 0
  fi
  local candidate
  if command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if vigilance_is_jdk21 "$candidate"; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  fi
  # newest first: sort by the version number in the folder name (no globbing: mvnw runs with set -f)
  local roots="/usr/lib/jvm /usr/java /opt/java /opt /usr/local ${HOME:-/root}/.sdkman/candidates/java ${HOME:-/root}/.jdks /Library/Java/JavaVirtualMachines"
  for candidate in $(find $roots -mindepth 1 -maxdepth 1 2>/dev/null | sort -t- -k2 -V -r); do
    [ -d "$candidate/Contents/Home" ] && candidate="$candidate/Contents/Home"
    if vigilance_is_jdk21 "$candidate"; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "vigilance: no JDK 21 or newer found (looked at JAVA_HOME, PATH, /usr/lib/jvm, /usr/java, /opt)." >&2
  echo "vigilance: install one (e.g. 'apt-get install openjdk-21-jdk') or set JAVA_HOME." >&2
  return 1
}

vigilance_find_jdk || exit 1

#!/usr/bin/env bash
# Builds a vendor's program (bench/vendor-app) against the installed jars, as the README's
# "Install from source" leaves them, and runs it on the class path and on the module path.
#   bench/vendor-app/run.sh          # installs the jars first (./mvnw install -DskipTests)
#   INSTALL=0 bench/vendor-app/run.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
if [[ "${INSTALL:-1}" != 0 ]]; then
  ./mvnw -B -q install -DskipTests -Dquick -Dmaven.javadoc.skip=true
fi
cd "$here"
cp="$("$root/mvnw" -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
example="$root/examples/minimal.json"

echo "== class path"
javac -d "$out/cp" -cp "$cp" src/main/java/com/acme/vendor/VendorApp.java
java -cp "$out/cp:$cp" com.acme.vendor.VendorApp "$example"

echo "== module path"
javac -d "$out/mp" --module-path "$cp" src/main/java/module-info.java \
  src/main/java/com/acme/vendor/VendorApp.java
java --module-path "$out/mp:$cp" -m com.acme.vendor/com.acme.vendor.VendorApp "$example"

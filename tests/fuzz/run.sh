#!/usr/bin/env bash
# Runs one fuzz target for a given time:
#
#   tests/fuzz/run.sh TARGET SECONDS [LIBFUZZER_OPTION...]
#
# Targets:
#   scenario_json  arbitrary bytes as scenario text: reading, evaluating and comparing never
#                  panic (seeded with examples/ and the malformed-input corpus tests/corpus/)
#   differential   small structured scenarios: the engine and the reference evaluator of
#                  tests/src/reference.rs agree
#
# Installs cargo-fuzz if it is missing. Builds on the default toolchain without a sanitizer
# (`-s none`: the engine forbids unsafe code, so a sanitizer adds little but time); if the
# toolchain refuses the flags cargo-fuzz passes, builds again with RUSTC_BOOTSTRAP=1.
# The corpus grows in tests/fuzz/corpus/TARGET; an input that fails is saved in
# tests/fuzz/artifacts/TARGET and can be replayed with
#   cd tests/fuzz && cargo fuzz run -s none TARGET artifacts/TARGET/<file>
set -euo pipefail

usage() {
  echo "usage: $0 scenario_json|differential SECONDS [LIBFUZZER_OPTION...]" >&2
  exit 2
}
[ $# -ge 2 ] || usage
TARGET="$1"
SECONDS_TO_RUN="$2"
shift 2
case "$TARGET" in scenario_json | differential) ;; *) usage ;; esac
[[ "$SECONDS_TO_RUN" =~ ^[0-9]+$ ]] || usage

FUZZ="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$FUZZ/../.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}/fuzz"

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "== installing cargo-fuzz (a few minutes)"
  cargo install cargo-fuzz --locked
fi

cd "$FUZZ"
build() { cargo fuzz build -s none --target-dir "$TARGET_DIR" "$TARGET"; }
if ! build; then
  echo "== the toolchain refused cargo-fuzz's flags; building again with RUSTC_BOOTSTRAP=1"
  export RUSTC_BOOTSTRAP=1
  build
fi

CORPUS="$FUZZ/corpus/$TARGET"
mkdir -p "$CORPUS"
SEEDS=()
OPTIONS=()
if [ "$TARGET" = scenario_json ]; then
  # Seeds are read, never written: new inputs go to the first directory.
  SEEDS=("$ROOT/examples" "$ROOT/tests/corpus")
  OPTIONS=(-max_len=16384)
fi

echo "== fuzzing $TARGET for $SECONDS_TO_RUN s"
cargo fuzz run -s none --target-dir "$TARGET_DIR" "$TARGET" "$CORPUS" "${SEEDS[@]}" -- \
  -max_total_time="$SECONDS_TO_RUN" -print_final_stats=1 "${OPTIONS[@]}" "$@"

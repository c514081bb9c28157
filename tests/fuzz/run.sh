#!/usr/bin/env bash
# Runs one fuzz target for a given time:
#
#   tests/fuzz/run.sh TARGET SECONDS [LIBFUZZER_OPTION...]
#
# Targets:
#   scenario_json  arbitrary bytes as scenario text: reading, evaluating and comparing never
#                  panic, the reader takes for JSON what serde_json takes, and reading or
#                  validating in slices gives what it gives whole, the compact JSON writer
#                  agrees with serde (seeded with examples/, the odd but valid
#                  tests/fixtures/ and the malformed-input corpus tests/corpus/)
#   differential   small structured scenarios: the engine and the reference evaluator of
#                  tests/src/reference.rs agree
#   import_*       each directory import reader (scim, google_users, google_members,
#                  entra_users, okta_users, okta_groups, plain, members) and import_any
#                  (format recognition and merging): no panic, every error names a real line
#                  and column (seeded with tests/fixtures/import/ and tests/corpus/import/)
#   share_link     the app's share-link decoder: no panic; what decodes encodes and decodes
#                  back to the same scenario
#   all            every target in turn, SECONDS each (the test command's smoke run)
#
# Installs cargo-fuzz if it is missing. Builds on the default toolchain without a sanitizer
# (`-s none`: the engine forbids unsafe code, so a sanitizer adds little but time); if the
# toolchain refuses the flags cargo-fuzz passes, builds again with RUSTC_BOOTSTRAP=1.
# The corpus grows in tests/fuzz/corpus/TARGET; an input that fails is saved in
# tests/fuzz/artifacts/TARGET and can be replayed with
#   cd tests/fuzz && cargo fuzz run -s none TARGET artifacts/TARGET/<file>
set -euo pipefail

TARGETS=(scenario_json differential import_scim import_google_users import_google_members
  import_entra_users import_okta_users import_okta_groups import_plain import_members import_any
  share_link)

usage() {
  echo "usage: $0 TARGET|all SECONDS [LIBFUZZER_OPTION...]   (targets: ${TARGETS[*]})" >&2
  exit 2
}
[ $# -ge 2 ] || usage
TARGET="$1"
SECONDS_TO_RUN="$2"
shift 2
[[ " ${TARGETS[*]} all " == *" $TARGET "* ]] || usage
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
build() { cargo fuzz build -s none --target-dir "$TARGET_DIR" "$@"; }
if ! build; then
  echo "== the toolchain refused cargo-fuzz's flags; building again with RUSTC_BOOTSTRAP=1"
  export RUSTC_BOOTSTRAP=1
  build
fi

run() {
  local target="$1"
  shift
  local corpus="$FUZZ/corpus/$target"
  mkdir -p "$corpus"
  local seeds=() options=()
  case "$target" in
    scenario_json)
      # Seeds are read, never written: new inputs go to the first directory.
      seeds=("$ROOT/examples" "$ROOT/tests/fixtures" "$ROOT/tests/corpus")
      options=(-max_len=16384)
      ;;
    import_*) seeds=("$ROOT/tests/fixtures/import" "$ROOT/tests/corpus/import") ;;
  esac
  echo "== fuzzing $target for $SECONDS_TO_RUN s"
  cargo fuzz run -s none --target-dir "$TARGET_DIR" "$target" "$corpus" "${seeds[@]}" -- \
    -max_total_time="$SECONDS_TO_RUN" -print_final_stats=1 "${options[@]}" "$@" 2>&1 |
    grep -E '^(stat::number_of_executed_units|==|INFO: Running|SUMMARY|.*panicked|Done)' || true
  # grep hides libFuzzer's progress lines; the exit status is cargo fuzz's.
  return "${PIPESTATUS[0]}"
}

if [ "$TARGET" = all ]; then
  for t in "${TARGETS[@]}"; do run "$t" "$@"; done
else
  run "$TARGET" "$@"
fi

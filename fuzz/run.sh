#!/bin/sh
# Runs one fuzz target with a corpus seeded from the repository's real data.
#
#   fuzz/run.sh TARGET [SECONDS]       (default 600; from anywhere)
#   SAN=none fuzz/run.sh TARGET        (no sanitizer, if ASan does not build)
#
# Only stable Rust is needed: RUSTC_BOOTSTRAP=1 lets it take cargo-fuzz's
# nightly flags. One job, one worker, one rayon thread: the machine is shared.
# The libFuzzer log is fuzz/target/logs/TARGET.log; crashes land in
# fuzz/artifacts/TARGET/.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
t=${1:?usage: fuzz/run.sh TARGET [SECONDS]}
secs=${2:-600}
corpus=$here/corpus/$t
mkdir -p "$corpus" "$here/target/logs"
case $t in
article_loader | entity_extractor) cp "$root"/seeds/*.txt "$corpus"/ ;;
theme_loader) cp "$root"/themes/*.toml "$corpus"/ ;;
esac
if [ -d "$here/seeds/$t" ]; then cp "$here/seeds/$t"/* "$corpus"/; fi
case $t in
query_parser) dict=$here/dicts/query_parser.dict ;;
annotation_file | theme_loader) dict=$here/dicts/toml.dict ;;
*) dict= ;;
esac
cd "$here"
status=0
RUSTC_BOOTSTRAP=1 RAYON_NUM_THREADS=1 cargo fuzz run --debug-assertions \
    --sanitizer "${SAN:-address}" "$t" "$corpus" -- \
    -max_total_time="$secs" -timeout=20 -jobs=1 -workers=1 \
    ${dict:+-dict="$dict"} -print_final_stats=1 || status=$?
# With -jobs the run's output is in fuzz-0.log (in this folder): keep it.
if [ -f fuzz-0.log ]; then mv fuzz-0.log "target/logs/$t.log"; fi
exit "$status"

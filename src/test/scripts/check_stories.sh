#!/usr/bin/env bash
# Scores `crosscheck check` on the claims written for each dev story (src/test/resources/check/<story>.json)
# against that story's corpus, with the shared scorer. The stories and the scorer live outside the repository
# (../shared), so without them there is nothing to score and the script says so rather than failing.
# Usage: src/test/scripts/check_stories.sh [SHARED_DIR]   (default: ../shared, relative to the repository root)
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
shared="${1:-$root/../shared}"
scorer="$shared/tools/check_verdicts.py"
if [[ ! -f "$scorer" || ! -d "$shared/devstories" ]]; then
  echo "check_stories: no $scorer or $shared/devstories; nothing to score" >&2
  exit 0
fi
cd "$root"
for fixture in src/test/resources/check/*.json; do
  story="$(basename "$fixture" .json)"
  corpus="$shared/devstories/$story/corpus"
  if [[ ! -d "$corpus" ]]; then
    echo "$story: no corpus at $corpus; skipped" >&2
    continue
  fi
  echo "== $story"
  python3 "$scorer" "$fixture" "$corpus"
done

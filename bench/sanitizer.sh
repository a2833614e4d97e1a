#!/usr/bin/env bash
# The sanitizer's cost at the edge of its bounds (issue 21, finding 3): bodies shaped to make the parser and the
# sanitizer work hardest, as large as HtmlOptions lets through. Prints a table; run on a quiet machine.
#
#   bench/sanitizer.sh [runs=5]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet run -c Release --project "$root/bench/SanitizerBench" -- "${1:-5}"

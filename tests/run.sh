#!/usr/bin/env bash
# The project's test command (README "Quick start"; CI runs exactly this through .ci/run).
# Installs what the tests need, starts the services they talk to, runs every test project and
# prints one closing line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

results="out/test-results"
rm -rf "$results"
mkdir -p "$results"

# Dovecot for the mail tests (tests/Pilot1X.Mail.Tests start their own instance from a config file of their own);
# openssl makes its certificate. Both live in sbin/bin, which a minimal PATH may lack.
export PATH="$PATH:/usr/sbin:/sbin"
if ! command -v dovecot >/dev/null 2>&1 || ! command -v openssl >/dev/null 2>&1; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends dovecot-imapd openssl
fi

# Debian's Chromium for the dashboard's real-browser tests (Playwright drives /usr/bin/chromium and never downloads a
# browser), with a CJK font so the Chinese page renders (and its screenshot out/test-results/dashboard.png is readable).
if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "WenQuanYi Micro Hei"; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-wqy-microhei
fi
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# Azurite, pinned in the root package-lock.json: the Pipeline and Functions tests start it themselves on free ports.
npm ci --no-audit --no-fund

dotnet restore Pilot1X.Functions.sln --locked-mode
dotnet build Pilot1X.Functions.sln -c Release --no-restore
log="$results/dotnet-test.log"
set +e
dotnet test Pilot1X.Functions.sln -c Release --no-build \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One summary line per test assembly: "Passed!  - Failed:     0, Passed:   487, Skipped:     0, Total: ..."
passed=0; failed=0; skipped=0; assemblies=0
while IFS= read -r line; do
  assemblies=$((assemblies + 1))
  p=$(sed -n 's/.*Passed: *\([0-9]*\),.*/\1/p' <<<"$line"); passed=$((passed + ${p:-0}))
  f=$(sed -n 's/.*Failed: *\([0-9]*\),.*/\1/p' <<<"$line"); failed=$((failed + ${f:-0}))
  n=$(sed -n 's/.*Skipped: *\([0-9]*\),.*/\1/p' <<<"$line"); skipped=$((skipped + ${n:-0}))
done < <(grep -E '^(Passed|Failed)! +- Failed:' "$log")
echo "test assemblies: ${assemblies}"
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$passed" -eq 0 ]; then
  echo "no test ran" >&2
  exit 1
fi
exit "$status"

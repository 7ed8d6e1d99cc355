#!/usr/bin/env bash
# MS outcomes benchmark: confirmed disability worsening (fixed and roving), SP conversion, PIRA, NEDA-3 and the
# annualised relapse rate on the study benchmark's synthetic MS CDM (MsStudyCdm) of N persons, on a fresh embedded
# PostgreSQL. Prints Markdown for BENCHMARKS.md.
# Usage: bench/outcomes.sh [persons]   (default 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
$(bench_java cohort-engine) org.myelin.cohort.outcome.OutcomeBenchmark "$@"

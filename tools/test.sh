#!/usr/bin/env bash
# `npm test`: every check main must pass, cheapest first. Nx runs the project targets (lint,
# typecheck, test, build) and serves unchanged ones from its cache in .nx (never committed, so a
# fresh clone, as in CI, runs everything). API and browser tests use the database in
# DATABASE_URL, else the embedded one, and are never cached.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n=== %s ===\n' "$1"; }
# Project targets: one line per task, the whole output of a failing one. Tests: their output, live.
nx() { node_modules/.bin/nx "$@" --outputStyle=static-failures-only; }
nx_live() { node_modules/.bin/nx "$@" --outputStyle=stream-without-prefixes; }

step "lint";              nx run-many -t lint
step "contexts own their tables"; tools/run-ts.sh tools/check-table-ownership.ts
step "type checks";       nx run-many -t typecheck
step "schema and client types are current"; nx run-many -t schema-check codegen-check
step "unit tests";        nx run-many -t test
step "build";             nx run-many -t build
database="the embedded database"; [ -n "${DATABASE_URL:-}" ] && database="the server in DATABASE_URL"
step "API tests on $database"; nx_live run api-e2e:e2e
step "contract";          nx_live run api-e2e:contract
step "browser tests";     nx_live run web-e2e:e2e

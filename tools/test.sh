#!/usr/bin/env bash
# `npm test`: every check main must pass, cheapest first. API and browser tests use the
# database in DATABASE_URL, else the embedded one.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n=== %s ===\n' "$1"; }

step "lint";              npm run --silent lint
step "type checks";       npm run --silent typecheck
step "schema is current"; npm run --silent schema:check
step "client types are current"; npm run --silent codegen:check
step "unit tests";        npm run --silent test:unit
step "build";             npm run --silent build
database="the embedded database"; [ -n "${DATABASE_URL:-}" ] && database="the server in DATABASE_URL"
step "API tests on $database"; npm run --silent test:api
step "contract";          npm run --silent contract
step "browser tests";     npm run --silent test:web

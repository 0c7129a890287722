#!/usr/bin/env bash
# Runs a TypeScript workspace script with SWC (decorator metadata; path aliases from tsconfig.base.json).
export SWC_NODE_PROJECT="${SWC_NODE_PROJECT:-$(dirname "$0")/../tsconfig.base.json}"
exec node -r @swc-node/register "$@"

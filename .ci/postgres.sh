#!/usr/bin/env bash
# Starts a local PostgreSQL for the tests that need a real database (webhook dedupe shared by two consumers),
# installing it from Debian's packages first when it is missing. Idempotent. Creates role and database "palomma".
set -euo pipefail

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $1"/"$2}' | grep -q "^${version}/main$"; then
  pg_createcluster "$version" main >/dev/null
fi
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done

psql_as_postgres() { su postgres -c "psql -v ON_ERROR_STOP=1 -qAt -c \"$1\""; }
if [ "$(psql_as_postgres "SELECT 1 FROM pg_roles WHERE rolname='palomma'")" != "1" ]; then
  psql_as_postgres "CREATE ROLE palomma LOGIN PASSWORD 'palomma'"
fi
if [ "$(psql_as_postgres "SELECT 1 FROM pg_database WHERE datname='palomma'")" != "1" ]; then
  psql_as_postgres "CREATE DATABASE palomma OWNER palomma"
fi
echo "PostgreSQL ready: jdbc:postgresql://127.0.0.1:5432/palomma (user palomma, password palomma)"

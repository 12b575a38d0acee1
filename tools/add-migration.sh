#!/usr/bin/env bash
# Adds an EF Core migration for both providers after a change to the mapping
# (src/Insertion.Persistence.EntityFrameworkCore/Mapping):
#   tools/add-migration.sh <Name>
# writes src/Insertion.Persistence.Sqlite/Migrations/<timestamp>_<Name>.cs and the same for
# PostgreSQL. The persistence tests fail while the mapping has changes no migration holds.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 <MigrationName>" >&2; exit 2; }
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dotnet tool restore >/dev/null
for p in Sqlite PostgreSql; do
  project="src/Insertion.Persistence.$p"
  dotnet ef migrations add "$1" --project "$project" --startup-project "$project" \
    --context InsertionDbContext --output-dir Migrations
done

#!/usr/bin/env bash
# Adds one EF Core migration for each database provider, under the same name:
#   tests/tools/add-migration.sh ReadingLists
# writes Data/Migrations/Sqlite/<stamp>_ReadingLists.cs and Data/Migrations/PostgreSQL/<stamp>_ReadingLists.cs.
# To redo a migration that exists for one provider only (e.g. after a merge), delete its files and its
# snapshot changes first (git checkout the snapshots), then run this. Needs no database: dotnet-ef builds
# each model through the design-time factories in Data/DesignTimeContexts.cs.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ $# -ne 1 ] || [[ ! "$1" =~ ^[A-Z][A-Za-z0-9]*$ ]]; then
    echo "usage: $0 MigrationName   (PascalCase, e.g. ReadingLists)" >&2
    exit 2
fi
name=$1
project=src/Anknytning.Web

dotnet tool restore >/dev/null
dotnet build "$project" --nologo -v quiet
for provider in Sqlite PostgreSQL; do
    case $provider in
        Sqlite) context=SqliteAppDbContext ;;
        PostgreSQL) context=PostgreSqlAppDbContext ;;
    esac
    dotnet tool run dotnet-ef migrations add "$name" --no-build --project "$project" --context "$context" \
        --output-dir "Data/Migrations/$provider" --namespace "Anknytning.Web.Data.Migrations.$provider"
done
echo "Added $name for Sqlite and PostgreSQL. Build, then run: dotnet test tests/Anknytning.Web.Tests --filter FullyQualifiedName~MigrationTests"

-- Run under the migration lock before any migration: the extensions (database-wide, in
-- public), the store's schema and the table that records applied migrations.
-- {{schema}} is replaced by the store's (validated) schema name.
create extension if not exists unaccent schema public;
create extension if not exists pg_trgm schema public;
create schema if not exists "{{schema}}";
create table if not exists "{{schema}}".schema_migrations (
  version    integer primary key,
  name       text not null,
  applied_at timestamptz not null default now()
);

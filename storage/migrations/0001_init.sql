-- vdp storage, version 1: what was fetched, what was extracted from it, and the crawl runs.
-- Every table lives in the store's schema (search_path); unaccent and pg_trgm live in public.

-- Text search that ignores diacritics: "chi thi" matches "Chỉ thị", "dong da" matches "Đống Đa".
create function vdp_unaccent(text) returns text
  language sql immutable parallel safe strict
  as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

create text search configuration vdp_vi (copy = simple);
alter text search configuration vdp_vi
  alter mapping for hword, hword_part, word, numword, numhword, hword_numpart
  with public.unaccent, simple;

-- The news sites vdp crawls; `committee` is the Party committee a site speaks for.
create table sites (
  id         serial primary key,
  code       text not null unique,
  name       text,
  committee  text,
  base_url   text,
  created_at timestamptz not null default now()
);

-- One row per fetched URL: what the server said last time (for conditional requests).
create table pages (
  id            serial primary key,
  url           text not null unique,
  final_url     text,
  status        integer,
  etag          text,
  last_modified text,
  content_hash  text,
  fetched_at    timestamptz not null,
  site_id       integer references sites (id)
);

-- The current version of each article: first seen (any version), seen in this version since,
-- last seen. `facts` keeps the record's findings as extracted
-- (directives, officials, dates, deadlines); the tables below make them queryable.
create table articles (
  id            serial primary key,
  canonical_url text not null unique,
  site_id       integer references sites (id),
  title         text,
  published     date,
  event_date    date,
  authors       text[] not null default '{}',
  text          text not null,
  facts         jsonb not null,
  content_hash  text not null,
  version       integer not null default 1,
  first_seen    timestamptz not null,
  version_since timestamptz not null,
  last_seen     timestamptz not null,
  loaded_at     timestamptz not null default now(),
  search        tsvector generated always as (
                  setweight(to_tsvector('vdp_vi', coalesce(title, '')), 'A') ||
                  setweight(to_tsvector('vdp_vi', text), 'B')) stored
);
create index articles_search_idx on articles using gin (search);
create index articles_published_idx on articles (published);
create index articles_site_idx on articles (site_id, published);

-- Earlier versions of an article, kept when a changed page replaced them.
create table article_versions (
  article_id   integer not null references articles (id) on delete cascade,
  version      integer not null,
  title        text,
  published    date,
  event_date   date,
  authors      text[] not null,
  text         text not null,
  facts        jsonb not null,
  content_hash text not null,
  first_seen   timestamptz not null,
  last_seen    timestamptz not null,
  replaced_at  timestamptz not null default now(),
  primary key (article_id, version)
);

-- Each unique body paragraph of an article, in order.
create table paragraphs (
  article_id integer not null references articles (id) on delete cascade,
  position   integer not null,
  hash       text not null,
  text       text not null,
  primary key (article_id, position)
);

-- How many articles of a site carry each paragraph: cross-page boilerplate has high counts.
-- `key` is the extractor's paragraph key (its lower-cased words), `hash` its SHA-1.
-- site_id 0 counts the articles loaded without a site.
create table paragraph_counts (
  site_id  integer not null,
  hash     text not null,
  key      text not null,
  articles integer not null,
  primary key (site_id, hash)
);

-- A document as vdp can tell it apart. A local number is not unique (every district has its
-- own 108-KH/QU, and numbering restarts each term), so a row is the canonical id plus the
-- issuing body (`body_key`, folded; '' when unknown) plus `period`: the term for central
-- Party documents, the year for national state documents, the issue date for local ones
-- ('' when unknown).
create table directives (
  id         serial primary key,
  doc_id     text not null,
  body_key   text not null,
  period     text not null,
  type       text,
  code       text,
  number     text,
  issuer     text,
  issued_by  text,
  issue_date date,
  term       text,
  title      text,
  unique (doc_id, body_key, period)
);

-- Every place an article names a document; `is_first` marks the first in each article.
-- `published` and `site_id` are the article's, copied for fast timelines.
create table directive_mentions (
  article_id   integer not null references articles (id) on delete cascade,
  ordinal      integer not null,
  directive_id integer not null references directives (id),
  is_first     boolean not null,
  start_offset integer not null,
  end_offset   integer not null,
  written      text not null,
  sentence     text not null,
  published    date,
  site_id      integer,
  primary key (article_id, ordinal)
);
create index directive_mentions_directive_idx on directive_mentions (directive_id, published, article_id);
create index directive_mentions_first_idx on directive_mentions (directive_id, published desc, article_id desc) where is_first;

-- People, one row per folded name (`name_key`); `search_name` is unaccented for fuzzy lookup.
create table officials (
  id          serial primary key,
  name        text not null,
  name_key    text not null unique,
  search_name text generated always as (lower(vdp_unaccent(name))) stored
);
create index officials_search_idx on officials using gin (search_name public.gin_trgm_ops);

-- A person in an article: the name and roles as written there, and each place named
-- (`spans`: [{start, end, text}], UTF-16 offsets into the article text).
create table official_mentions (
  article_id   integer not null references articles (id) on delete cascade,
  ordinal      integer not null,
  official_id  integer not null references officials (id),
  name         text not null,
  roles        text[] not null,
  start_offset integer,
  spans        jsonb not null,
  published    date,
  site_id      integer,
  primary key (article_id, ordinal)
);
create index official_mentions_official_idx on official_mentions (official_id, published);

-- Explicit calendar references: `value` as normalized (YYYY-MM-DD, YYYY-MM, YYYY-Qn) and the
-- days it covers.
create table dates (
  article_id   integer not null references articles (id) on delete cascade,
  ordinal      integer not null,
  value        text not null,
  starts_on    date,
  ends_on      date,
  start_offset integer not null,
  end_offset   integer not null,
  written      text not null,
  primary key (article_id, ordinal)
);
create index dates_starts_idx on dates (starts_on);

-- Tasks with a time limit: `due` as normalized, `due_by` the last day it allows.
create table deadlines (
  article_id   integer not null references articles (id) on delete cascade,
  ordinal      integer not null,
  due          text not null,
  due_by       date,
  task         text not null,
  start_offset integer not null,
  end_offset   integer not null,
  written      text not null,
  published    date,
  site_id      integer,
  primary key (article_id, ordinal)
);
create index deadlines_due_idx on deadlines (due_by);

-- One row per pipeline run: what it counted and what went wrong.
create table crawl_runs (
  id          serial primary key,
  site        text,
  started_at  timestamptz not null default now(),
  finished_at timestamptz,
  counts      jsonb not null default '{}',
  errors      jsonb not null default '[]'
);

-- The articles table for export, in key order after $1.
select id, canonical_url, site_id, title, published, event_date, authors, version, content_hash, first_seen, version_since, last_seen, loaded_at, text from articles where id > $1 order by id limit $2

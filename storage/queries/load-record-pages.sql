-- Fetches of URLs, with their records or on their own: the latest answer for each URL replaces the previous one.
insert into pages (url, final_url, status, etag, last_modified, content_hash, fetched_at, site_id)
select v.url, v.final_url, v.status, v.etag, v.last_modified, v.content_hash, coalesce(v.fetched_at, now()), v.site_id
from unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::int[])
  as v(url, final_url, status, etag, last_modified, content_hash, fetched_at, site_id)
on conflict (url) do update set
  final_url = excluded.final_url,
  status = excluded.status,
  etag = excluded.etag,
  last_modified = excluded.last_modified,
  content_hash = excluded.content_hash,
  fetched_at = excluded.fetched_at,
  site_id = coalesce(excluded.site_id, pages.site_id)

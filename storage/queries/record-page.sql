-- One fetch of a URL: the latest answer replaces the previous one.
with new_site as (
  insert into sites (code) select $8::text where $8::text is not null
  on conflict (code) do nothing
  returning id
)
insert into pages (url, final_url, status, etag, last_modified, content_hash, fetched_at, site_id)
values ($1, $2, $3, $4, $5, $6, $7, coalesce((select id from new_site), (select id from sites where code = $8::text)))
on conflict (url) do update set
  final_url = excluded.final_url,
  status = excluded.status,
  etag = excluded.etag,
  last_modified = excluded.last_modified,
  content_hash = excluded.content_hash,
  fetched_at = excluded.fetched_at,
  site_id = coalesce(excluded.site_id, pages.site_id)

-- Changed articles: the new version replaces the current one.
update articles a set
  site_id = coalesce(v.site_id, a.site_id),
  title = v.title,
  published = v.published,
  event_date = v.event_date,
  authors = array(select jsonb_array_elements_text(v.authors)),
  text = v.text,
  facts = v.facts,
  content_hash = v.content_hash,
  version = a.version + 1,
  version_since = coalesce(v.seen, now()),
  last_seen = greatest(a.last_seen, coalesce(v.seen, now())),
  loaded_at = now()
from unnest($1::int[], $2::int[], $3::text[], $4::date[], $5::date[], $6::jsonb[], $7::text[], $8::jsonb[],
            $9::text[], $10::timestamptz[])
  as v(id, site_id, title, published, event_date, authors, text, facts, content_hash, seen)
where a.id = v.id

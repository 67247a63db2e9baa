-- New articles. A URL another loader inserted meanwhile returns nothing (the batch retries).
insert into articles
  (canonical_url, site_id, title, published, event_date, authors, text, facts, content_hash,
   first_seen, last_seen, version_since)
select v.url, v.site_id, v.title, v.published, v.event_date, array(select jsonb_array_elements_text(v.authors)),
       v.text, v.facts, v.content_hash, coalesce(v.seen, now()), coalesce(v.seen, now()), coalesce(v.seen, now())
from unnest($1::text[], $2::int[], $3::text[], $4::date[], $5::date[], $6::jsonb[], $7::text[], $8::jsonb[],
            $9::text[], $10::timestamptz[])
  as v(url, site_id, title, published, event_date, authors, text, facts, content_hash, seen)
on conflict (canonical_url) do nothing
returning id, canonical_url as url

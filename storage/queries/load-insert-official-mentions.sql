insert into official_mentions
  (article_id, ordinal, official_id, name, roles, start_offset, spans, published, site_id)
select v.article_id, v.ordinal, v.official_id, v.name, array(select jsonb_array_elements_text(v.roles)),
       v.start_offset, v.spans, v.published, v.site_id
from unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::jsonb[], $6::int[], $7::jsonb[], $8::date[], $9::int[])
  as v(article_id, ordinal, official_id, name, roles, start_offset, spans, published, site_id)

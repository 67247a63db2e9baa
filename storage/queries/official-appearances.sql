-- The latest $2 articles naming each of people $1 (ids).
select o.id as "officialId", x."articleId", x.url, x.site, x.title, x.published, x.roles
from unnest($1::int[]) as o(id)
cross join lateral (
  select a.id as "articleId", a.canonical_url as url, s.code as site, a.title, a.published, m.roles
  from official_mentions m
  join articles a on a.id = m.article_id
  left join sites s on s.id = a.site_id
  where m.official_id = o.id
  order by m.published desc nulls last, m.article_id desc
  limit $2
) as x

-- Changed articles: their old paragraphs no longer count for the site.
update paragraph_counts c set articles = c.articles - x.n
from (
  select coalesce(a.site_id, 0) as site_id, p.hash, count(distinct p.article_id)::integer as n
  from paragraphs p
  join articles a on a.id = p.article_id
  where p.article_id = any($1::int[])
  group by 1, 2
) as x
where c.site_id = x.site_id and c.hash = x.hash

-- The articles that reference documents $1 (ids), newest first, with the first sentence
-- naming it: the $2 newest are picked from the index, then joined to their rows.
with newest as (
  select m.article_id, m.ordinal, m.published
  from directive_mentions m
  where m.directive_id = any($1::int[]) and m.is_first
  order by m.published desc nulls last, m.article_id desc
  limit $2
)
select m.directive_id as "directiveId", a.id as "articleId", a.canonical_url as url, s.code as site,
       a.title, a.published, m.written, m.sentence
from newest n
join directive_mentions m on m.article_id = n.article_id and m.ordinal = n.ordinal
join articles a on a.id = n.article_id
left join sites s on s.id = a.site_id
order by n.published desc nulls last, n.article_id desc

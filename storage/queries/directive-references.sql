-- The articles that reference documents $1 (ids), newest first, with the first sentence naming it.
select m.directive_id as "directiveId", a.id as "articleId", a.canonical_url as url, s.code as site,
       a.title, a.published, m.written, m.sentence
from directive_mentions m
join articles a on a.id = m.article_id
left join sites s on s.id = a.site_id
where m.directive_id = any($1::int[]) and m.is_first
order by m.published desc nulls last, m.article_id desc
limit $2

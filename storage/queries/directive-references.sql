-- `vdp directive`, 2 of 4: the $2 newest articles citing documents $1, with the first sentence
-- naming it (newest_first_mentions: bounded index ranges, undated last).
select m.directive_id as "directiveId", a.id as "articleId", a.canonical_url as url, s.code as site,
       a.title, a.published, m.written, m.sentence
from newest_first_mentions($1::integer[], $2::integer) n
join directive_mentions m on m.article_id = n.article_id and m.ordinal = n.ordinal
join articles a on a.id = n.article_id
left join sites s on s.id = a.site_id
order by n.published desc nulls last, n.article_id desc

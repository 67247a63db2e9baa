-- `vdp directive`, 2 of 4: the $2 newest articles citing documents $1, with the first sentence
-- naming it. Each document's newest references are one range of directive_mentions_first_idx
-- (undated last), read per document and merged, so the cost follows $2, not the archive.
select m.directive_id as "directiveId", a.id as "articleId", a.canonical_url as url, s.code as site,
       a.title, a.published, m.written, m.sentence
from (
  select n.*
  from unnest($1::integer[]) as doc(id)
  cross join lateral (
    select f.article_id, f.ordinal, f.published
    from directive_mentions f
    where f.directive_id = doc.id and f.is_first
    order by f.published desc nulls last, f.article_id desc
    limit $2
  ) n
  order by n.published desc nulls last, n.article_id desc
  limit $2
) n
join directive_mentions m on m.article_id = n.article_id and m.ordinal = n.ordinal
join articles a on a.id = n.article_id
left join sites s on s.id = a.site_id
order by n.published desc nulls last, n.article_id desc

-- `vdp directive`, 4 of 4: the $3 documents most often cited beside documents $1, counted in
-- distinct articles among the newest $2 citing ones; each first mention carries the other
-- documents its article cites (cited_with), so this reads one bounded index range per document.
select pair."docId", pair."issuedBy", count(*)::integer as articles
from (
  select distinct c.article_id, d.doc_id as "docId", d.issued_by as "issuedBy"
  from (
    select n.*
    from unnest($1::integer[]) as doc(id)
    cross join lateral (
      select f.article_id, f.published, f.cited_with
      from directive_mentions f
      where f.directive_id = doc.id and f.is_first
      order by f.published desc nulls last, f.article_id desc
      limit $2
    ) n
    order by n.published desc nulls last, n.article_id desc
    limit $2
  ) c
  cross join lateral unnest(c.cited_with) as other(directive_id)
  join directives d on d.id = other.directive_id
  where not (d.id = any($1::integer[]))
) pair
group by pair."docId", pair."issuedBy"
order by articles desc, pair."docId"
limit $3

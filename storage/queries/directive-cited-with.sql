-- `vdp directive`, 4 of 4: the $3 documents most often cited beside documents $1, counted in
-- distinct articles among the newest $2 citing ones; each first mention carries the other
-- documents its article cites (cited_with), so this reads one bounded index range per document.
select pair."docId", pair."issuedBy", count(*)::integer as articles
from (
  select distinct c.article_id, d.doc_id as "docId", d.issued_by as "issuedBy"
  from newest_first_mentions($1::integer[], $2::integer) c
  cross join lateral unnest(c.cited_with) as other(directive_id)
  join directives d on d.id = other.directive_id
  where not (d.id = any($1::integer[]))
) pair
group by pair."docId", pair."issuedBy"
order by articles desc, pair."docId"
limit $3

-- The documents most often cited in the same articles as documents $1 (ids), counted over
-- the newest $3 articles citing them (bounded work for a document cited everywhere).
with citing as (
  select m.article_id
  from directive_mentions m
  where m.directive_id = any($1::int[]) and m.is_first
  order by m.published desc nulls last, m.article_id desc
  limit $3
)
select d.doc_id as "docId", d.issued_by as "issuedBy", count(distinct other.article_id)::integer as articles
from citing c
join directive_mentions other on other.article_id = c.article_id and other.is_first
join directives d on d.id = other.directive_id
where not (other.directive_id = any($1::int[]))
group by d.doc_id, d.issued_by
order by articles desc, d.doc_id
limit $2

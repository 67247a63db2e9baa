-- The documents most often cited in the same articles as documents $1 (ids).
select d.doc_id as "docId", d.issued_by as "issuedBy", count(distinct other.article_id)::integer as articles
from directive_mentions m
join directive_mentions other on other.article_id = m.article_id and other.is_first
join directives d on d.id = other.directive_id
where m.directive_id = any($1::int[]) and m.is_first and not (other.directive_id = any($1::int[]))
group by d.doc_id, d.issued_by
order by articles desc, d.doc_id
limit $2

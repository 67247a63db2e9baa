-- The documents mentioned most, with how many articles mention them.
select d.doc_id as "docId", d.type, d.issued_by as "issuedBy", d.title,
       count(*)::integer as mentions, count(distinct m.article_id)::integer as articles
from directive_mentions m
join directives d on d.id = m.directive_id
group by d.id, d.doc_id, d.type, d.issued_by, d.title
order by mentions desc, articles desc, d.doc_id
limit $1

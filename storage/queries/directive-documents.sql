-- `vdp directive`, 1 of 4: the documents filed under canonical id $1 (one per issuing body and
-- period) with their mention and citing-article counts.
select d.id, d.doc_id as "docId", d.issued_by as "issuedBy", d.body_key as "bodyKey", d.period,
       d.term, d.issue_date as "issueDate", d.type, d.title,
       (select count(*) from directive_mentions m where m.directive_id = d.id)::integer as mentions,
       (select count(*) from directive_mentions m where m.directive_id = d.id and m.is_first)::integer as articles
from directives d
where d.doc_id = $1
order by d.body_key, d.period

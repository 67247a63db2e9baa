select d.id, d.doc_id as "docId", d.body_key as "bodyKey", d.period
from directives d
join unnest($1::text[], $2::text[], $3::text[]) as k(doc_id, body_key, period)
  on d.doc_id = k.doc_id and d.body_key = k.body_key and d.period = k.period

-- Documents not seen before; a known one only gains details it lacked.
insert into directives (doc_id, body_key, period, type, code, number, issuer, issued_by, issue_date, term, title)
select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                     $8::text[], $9::date[], $10::text[], $11::text[])
on conflict (doc_id, body_key, period) do update set
  title = coalesce(directives.title, excluded.title),
  issued_by = coalesce(directives.issued_by, excluded.issued_by),
  type = coalesce(directives.type, excluded.type),
  issue_date = coalesce(directives.issue_date, excluded.issue_date)
where (directives.title is null and excluded.title is not null)
   or (directives.issued_by is null and excluded.issued_by is not null)
   or (directives.type is null and excluded.type is not null)
   or (directives.issue_date is null and excluded.issue_date is not null)

insert into deadlines
  (article_id, ordinal, due, due_by, task, start_offset, end_offset, written, published, site_id)
select * from unnest($1::int[], $2::int[], $3::text[], $4::date[], $5::text[], $6::int[], $7::int[], $8::text[],
                     $9::date[], $10::int[])

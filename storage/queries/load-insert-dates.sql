insert into dates (article_id, ordinal, value, starts_on, ends_on, start_offset, end_offset, written)
select * from unnest($1::int[], $2::int[], $3::text[], $4::date[], $5::date[], $6::int[], $7::int[], $8::text[])

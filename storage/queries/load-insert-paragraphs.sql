insert into paragraphs (article_id, position, hash, text)
select * from unnest($1::int[], $2::int[], $3::text[], $4::text[])

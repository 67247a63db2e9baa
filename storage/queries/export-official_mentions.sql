-- The official_mentions table for export, in key order after ($1, $2).
select * from official_mentions where (article_id, ordinal) > ($1::int, $2::int) order by article_id, ordinal limit $3

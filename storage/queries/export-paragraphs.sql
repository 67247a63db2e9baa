-- The paragraphs table for export, in key order after ($1, $2).
select * from paragraphs where (article_id, position) > ($1::int, $2::int) order by article_id, position limit $3

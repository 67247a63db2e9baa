-- The article_versions table for export, in key order after ($1, $2).
select * from article_versions where (article_id, version) > ($1::int, $2::int) order by article_id, version limit $3

-- The crawl_runs table for export, in key order after $1.
select * from crawl_runs where id > $1 order by id limit $2

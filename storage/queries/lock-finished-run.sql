select id from crawl_runs where id = $1 and finished_at is not null for update

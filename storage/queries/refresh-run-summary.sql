update crawl_runs set counts = $2::jsonb, errors = $3::jsonb
where id = $1

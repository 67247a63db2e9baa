update crawl_runs set finished_at = now(), counts = $2::jsonb, errors = $3::jsonb
where id = $1

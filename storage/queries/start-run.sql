insert into crawl_runs (site) values ($1) returning id

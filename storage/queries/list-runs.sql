select id, site, started_at as "startedAt", finished_at as "finishedAt", counts, errors
from crawl_runs
order by id desc
limit $1

-- The articles a batch already has, locked until the batch commits.
select id, canonical_url as url, content_hash as "contentHash", last_seen as "lastSeen"
from articles
where canonical_url = any($1::text[])
order by id
for update

-- What the crawler sends back for conditional requests, for many URLs at once.
select url, etag, last_modified as "lastModified", content_hash as "contentHash"
from pages
where url = any($1::text[])

-- What the crawler sends back for a conditional request.
select etag, last_modified as "lastModified", content_hash as "contentHash"
from pages
where url = $1

-- Paragraph keys (the extractor's) that at least $2 articles of the site carry.
select c.key
from paragraph_counts c
join sites s on s.id = c.site_id
where s.code = $1 and c.articles >= $2

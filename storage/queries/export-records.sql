-- Whole articles for export, in id order after $1: text, paragraphs and every finding.
select a.id, a.canonical_url as url, s.code as site, a.title, a.published, a.event_date as "eventDate",
       a.authors, array(select p.text from paragraphs p where p.article_id = a.id order by p.position) as paragraphs,
       a.facts, a.text, a.version, a.content_hash as "contentHash", a.first_seen as "firstSeen",
       a.last_seen as "lastSeen"
from articles a
left join sites s on s.id = a.site_id
where a.id > $1
order by a.id
limit $2

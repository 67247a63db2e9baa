-- Changed articles: keep the version being replaced.
insert into article_versions
  (article_id, version, title, published, event_date, authors, text, facts, content_hash, first_seen, last_seen)
select id, version, title, published, event_date, authors, text, facts, content_hash, version_since, last_seen
from articles
where id = any($1::int[])
on conflict (article_id, version) do nothing

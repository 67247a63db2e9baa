-- The newest articles, with how many document mentions and officials each carries.
select a.title, a.published, a.canonical_url as url,
       (select count(*) from directive_mentions m where m.article_id = a.id)::integer as "directiveMentions",
       (select count(*) from official_mentions o where o.article_id = a.id)::integer as officials
from articles a
order by a.published desc nulls last, a.id desc
limit $1

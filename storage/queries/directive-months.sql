-- Mentions of documents $1 (ids) per month of publication.
select to_char(m.published, 'YYYY-MM') as month, count(*)::integer as mentions,
       count(distinct m.article_id)::integer as articles
from directive_mentions m
where m.directive_id = any($1::int[])
group by 1
order by 1 nulls last

-- `vdp directive`, 3 of 4: mentions and citing articles per month for documents $1.
select to_char(g.month, 'YYYY-MM') as month, sum(g.mentions)::integer as mentions, count(*)::integer as articles
from (
  select date_trunc('month', m.published) as month, m.article_id, count(*) as mentions
  from directive_mentions m
  where m.directive_id = any($1::integer[])
  group by 1, 2
) g
group by g.month
order by g.month nulls last

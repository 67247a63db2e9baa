-- The officials in the most articles, with the role of their latest mention.
select o.name, count(distinct m.article_id)::integer as articles,
       (array_agg(m.roles[1] order by m.published desc nulls last) filter (where cardinality(m.roles) > 0))[1] as role
from official_mentions m
join officials o on o.id = m.official_id
group by o.id, o.name
order by articles desc, o.name
limit $1

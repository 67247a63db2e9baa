-- Each role of people $1 (ids) as written, with the first and last publication it appears in.
select m.official_id as "officialId", r.role, min(m.published) as "from", max(m.published) as "to",
       count(distinct m.article_id)::integer as articles
from official_mentions m
cross join lateral unnest(m.roles) as r(role)
where m.official_id = any($1::int[])
group by m.official_id, r.role
order by m.official_id, min(m.published) nulls last, r.role

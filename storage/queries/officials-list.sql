-- People whose name contains $1 (diacritics and case ignored; null: everyone), most cited first.
select o.id, o.name, count(distinct m.article_id)::integer as articles,
       min(m.published) as "firstSeen", max(m.published) as "lastSeen"
from officials o
join official_mentions m on m.official_id = o.id
where $1::text is null
   or o.search_name like '%' || replace(replace(replace(lower(vdp_unaccent($1::text)), '\', '\\'), '%', '\%'), '_', '\_') || '%'
group by o.id, o.name
order by articles desc, o.name
limit $2

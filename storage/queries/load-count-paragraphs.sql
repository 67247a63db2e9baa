-- One more article of the site carries each of these paragraphs.
insert into paragraph_counts (site_id, hash, key, articles)
select * from unnest($1::int[], $2::text[], $3::text[], $4::int[])
on conflict (site_id, hash) do update set articles = paragraph_counts.articles + excluded.articles

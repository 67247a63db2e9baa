-- A site as the crawler configures it; fields left null keep what the store has.
insert into sites (code, name, committee, base_url)
values ($1, $2, $3, $4)
on conflict (code) do update set
  name = coalesce(excluded.name, sites.name),
  committee = coalesce(excluded.committee, sites.committee),
  base_url = coalesce(excluded.base_url, sites.base_url)
returning id

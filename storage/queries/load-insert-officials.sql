insert into officials (name, name_key)
select * from unnest($1::text[], $2::text[])
on conflict (name_key) do nothing

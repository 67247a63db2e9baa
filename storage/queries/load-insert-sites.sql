-- Sites named by a batch that the store does not know yet.
insert into sites (code)
select unnest($1::text[])
on conflict (code) do nothing

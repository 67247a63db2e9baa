select id, name_key as "nameKey" from officials where name_key = any($1::text[])

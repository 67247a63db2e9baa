-- The pages table for export, in key order after $1.
select * from pages where id > $1 order by id limit $2

-- The paragraph_counts table for export, in key order after ($1, $2).
select * from paragraph_counts where (site_id, hash) > ($1::int, $2::text) order by site_id, hash limit $3

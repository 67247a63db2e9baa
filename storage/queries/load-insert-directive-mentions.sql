insert into directive_mentions
  (article_id, ordinal, directive_id, is_first, start_offset, end_offset, written, sentence, published, site_id,
   cited_with)
select article_id, ordinal, directive_id, is_first, start_offset, end_offset, written, sentence, published, site_id,
       cited_with::integer[]
from unnest($1::int[], $2::int[], $3::int[], $4::boolean[], $5::int[], $6::int[], $7::text[],
            $8::text[], $9::date[], $10::int[], $11::text[])
  as t(article_id, ordinal, directive_id, is_first, start_offset, end_offset, written, sentence, published, site_id,
       cited_with)

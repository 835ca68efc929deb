select json_build_object('data', json_build_object('search', json_build_object('edges', coalesce(json_agg(
  json_build_object('score', m.score, 'snippet', json_build_object('text', case when m.score = 2 then d.title else left(d.body, 200) end),
    'node', json_build_object('__typename', d.entity_type)) order by m.score desc, m.recency desc, m.id desc), '[]'))))
from (select d.id, d.recency, case when (' ' || d.folded_title || ' ') like '% energy%' then 2 else 1 end as score
  from search_document d
  where d.words @@ cast('''energy'':*' as tsquery)
  order by score desc, d.recency desc, d.id desc limit 20) m
join search_document d on d.id = m.id;

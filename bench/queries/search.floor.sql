select json_build_object('data', json_build_object('search', json_build_object('edges', coalesce(json_agg(
  json_build_object('score', m.score, 'snippet', json_build_object('text', m.snippet),
    'node', json_build_object('__typename', m.entity_type)) order by m.score desc, m.recency desc, m.id desc), '[]'))))
from (select d.id, d.entity_type, d.recency, case when t.in_title then d.title else left(d.body, 200) end as snippet,
    case when t.in_title then 2 else 1 end as score
  from search_document d, lateral (select (' ' || d.folded_title || ' ') like '% energy%' as in_title) t
  where d.words @@ cast('''energy'':*' as tsquery)
  order by score desc, d.recency desc, d.id desc limit 20) m;

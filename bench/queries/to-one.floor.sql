select json_build_object('data', json_build_object('visits', json_build_object('edges', coalesce(json_agg(
  json_build_object('node', json_build_object('id', v.id, 'city', v.city, 'startDate', v.start_date,
    'visitor', json_build_object('name', s.name),
    'hostParliament', json_build_object('slug', h.slug, 'country', h.country_code),
    'occasion', case when e.id is not null then json_build_object('name', e.name) end)) order by v.id), '[]'))))
from (select id, city, start_date, visitor_id, host_parliament_id, occasion_id from visit order by id limit 100) v
join speaker s on s.id = v.visitor_id
join parliament h on h.id = v.host_parliament_id
left join event e on e.id = v.occasion_id;

select json_build_object('data', json_build_object('parliaments', json_build_object('edges', coalesce(json_agg(
  json_build_object('node', json_build_object('id', p.id, 'slug', p.slug, 'visitsMade', json_build_object('edges', (
    select coalesce(json_agg(json_build_object('node', json_build_object('id', v.id, 'city', v.city,
      'visitor', json_build_object('name', s.name), 'protocols', json_build_object('edges', (
        select coalesce(json_agg(json_build_object('node', json_build_object('id', r.id, 'title', r.title, 'parties', (
          select coalesce(json_agg(json_build_object('signatoryName', pp.signatory_name,
            'signatory', case when ps.id is not null then json_build_object('name', ps.name) end) order by pp.party_no), '[]')
          from protocol_party pp left join speaker ps on ps.id = pp.signatory_id
          where pp.protocol_id = r.id))) order by r.id), '[]')
        from (select id, title from protocol where visit_id = v.id order by id limit 3) r)))) order by v.id), '[]')
    from (select id, city, visitor_id from visit where visitor_parliament_id = p.id order by id limit 5) v
    join speaker s on s.id = v.visitor_id))))
  order by p.id), '[]'))))
from (select id, slug from parliament where id > :after order by id limit 10) p;

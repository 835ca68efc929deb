-- Instances that share a database load the seed one at a time: each load first locks this row
-- (select ... for update), so the next one sees what the first committed and adds only the rest.
create table seed_lock (
    id integer primary key
);
insert into seed_lock (id) values (1);

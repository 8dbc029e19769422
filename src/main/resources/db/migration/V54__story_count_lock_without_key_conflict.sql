-- Concurrent imports into one story and one outlet deadlocked: an import locks the outlet's counter, then the story's;
-- the work after an import (its claims, its story assignment) locked the story, then updated the article, and every
-- update of an article locked its outlet's counter even when the outlet stayed the same. So:
-- * an article update touches the outlet counters only when it moves articles between outlets;
-- * story rows are locked FOR NO KEY UPDATE, which, unlike FOR UPDATE, does not wait for the key-share locks that every
--   article insert holds on its story (the foreign key) until it commits.
create or replace function outlet_count_articles() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        update outlet o set article_count = o.article_count + n.added
        from (select outlet_id, count(*) as added from new_rows group by outlet_id) n where o.id = n.outlet_id;
    elsif tg_op = 'DELETE' then
        update outlet o set article_count = o.article_count - d.removed
        from (select outlet_id, count(*) as removed from old_rows group by outlet_id) d where o.id = d.outlet_id;
    else
        update outlet o set article_count = o.article_count + c.net
        from (select outlet_id, sum(n) as net from (
                  select outlet_id, 1 as n from new_rows
                  union all select outlet_id, -1 from old_rows) u
              group by outlet_id having sum(n) <> 0) c
        where o.id = c.outlet_id;
    end if;
    return null;
end $$;

create or replace function story_touch_articles() returns trigger language plpgsql as $$
begin
    perform 1 from story s where s.id in (select a.story_id from article a where a.id in (select article_id from changed_rows))
        order by s.id for no key update;
    update story s set changed_at = clock_timestamp()
    where s.id in (select a.story_id from article a where a.id in (select article_id from changed_rows));
    return null;
end $$;

create or replace function story_count_articles(changes jsonb) returns void language plpgsql as $$
begin
    insert into story_outlet as so (story_id, outlet_id, article_count)
    select (c ->> 's')::bigint, (c ->> 'o')::bigint, (c ->> 'n')::bigint from jsonb_array_elements(changes) c
    on conflict (story_id, outlet_id) do update set article_count = so.article_count + excluded.article_count;
    delete from story_outlet so using jsonb_array_elements(changes) c
    where so.story_id = (c ->> 's')::bigint and so.outlet_id = (c ->> 'o')::bigint and so.article_count <= 0;
    -- Story rows are locked in id order, so two imports touching the same stories wait for each other, never deadlock.
    perform 1 from story s where s.id in (select distinct (c ->> 's')::bigint from jsonb_array_elements(changes) c)
        order by s.id for no key update;
    update story s set
        changed_at = clock_timestamp(),
        article_count = coalesce((select sum(so.article_count) from story_outlet so where so.story_id = s.id), 0),
        outlet_count = (select count(*) from story_outlet so where so.story_id = s.id),
        first_published = (select min(a.published_on) from article a where a.story_id = s.id),
        last_published = (select max(a.published_on) from article a where a.story_id = s.id)
    where s.id in (select distinct (c ->> 's')::bigint from jsonb_array_elements(changes) c);
end $$;

-- Each claim's value becomes one JSON document beside the columns queries filter on (type, subject key), so a new kind
-- of claim needs no new columns. The flat per-type columns are folded into the document and dropped.

alter table claim add column value jsonb;
alter table claim add column source_key varchar(200);

update claim set value = jsonb_strip_nulls(case type
    when 'DATE' then jsonb_build_object('date', date_value, 'precision', date_precision)
    when 'TROOP_COUNT' then jsonb_build_object('min', count_min, 'max', count_max, 'qualifier', qualifier)
    when 'VOTE' then jsonb_build_object('chamber', chamber, 'votesFor', votes_for, 'votesAgainst', votes_against,
                                        'abstentions', abstentions, 'unanimous', coalesce(unanimous, false))
    end);

alter table claim alter column value set not null;
alter table claim add constraint claim_value_is_object check (jsonb_typeof(value) = 'object');

alter table claim
    drop column date_value,
    drop column date_precision,
    drop column count_min,
    drop column count_max,
    drop column qualifier,
    drop column chamber,
    drop column votes_for,
    drop column votes_against,
    drop column abstentions,
    drop column unanimous;

-- The kinds of claim are the engine's to name; the database only asks for a name.
alter table claim drop constraint claim_type_known;
alter table claim add constraint claim_type_named check (type ~ '^[A-Z][A-Z_]*$');

create index claim_subject_idx on claim (subject_key);
create index claim_source_idx on claim (source_key);

-- Whether the engine read the article, and why not when it did not (for example, no rules for its language).
alter table claim_extraction add column status varchar(20) not null default 'EXTRACTED';
alter table claim_extraction add column reason varchar(300);
alter table claim_extraction add constraint claim_extraction_status_known check (status in ('EXTRACTED', 'SKIPPED'));

-- Filter forms offer the outlets with the most articles: the first entries of this index, not a sort of every outlet.
create index outlet_size_idx on outlet (article_count desc, name);
-- Outlets and stories are named in filters by slug or by name in any case: both are index look-ups.
create index outlet_lower_name_idx on outlet (lower(name));
create index story_lower_name_idx on story (lower(name));

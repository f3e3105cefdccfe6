-- Editing divisions: publication status, remarks (备注) and a revision for optimistic locking.
--   status   DRAFT: proposed, seen only by officers; PUBLISHED: official; WITHDRAWN: a draft taken
--            back on the day it was made (kept for the record, never shown)
--   revision increases by one with every edit of the row; with the row id it is the ETag
alter table division_version
  add column status   text not null default 'PUBLISHED'
                      check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
  add column remarks  text,
  add column revision integer not null default 1 check (revision >= 1);

-- Who signed a side of a round (签认人): the signer's display name and jurisdiction as they were when
-- signing, next to the user name already kept in signed_by. A side is signed only by its own
-- people: the signer's jurisdiction is the side or lies inside it, i.e. starts with the side's
-- significant code digits (the code without its trailing levels of zeros). The application refuses
-- anyone else; the check below keeps the table from ever holding it.
--   signer_name          display name; older rows get their user name
--   signer_jurisdiction  12-digit code; null for rows recorded before it was kept
alter table round_signoff
  add column signer_name text,
  add column signer_jurisdiction varchar(12)
    check (signer_jurisdiction ~ '^[0-9]{12}$');

update round_signoff set signer_name = signed_by where signer_name is null;

alter table round_signoff
  alter column signer_name set not null,
  add constraint round_signoff_signer_of_side check (
    signer_jurisdiction is null
    or signer_jurisdiction like regexp_replace(side_code, '(0000000000|00000000|000000|000)$', '') || '%');

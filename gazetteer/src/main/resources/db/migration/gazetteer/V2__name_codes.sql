-- Place-name codes of new names: the county's 6-digit code, a dash and a number from this
-- sequence (names loaded from surveys keep the codes they come with).
create sequence place_name_code_seq start 1;
